# once('data') starts flowing; once('readable') cycles; removing a 'readable'
# listener resumes a stream that has 'data' listeners; removeAllListeners.
import nodehttp
from nodehttp import process, stream, timers


def j(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return v


def log(*parts):
    print(*[j(p) for p in parts])


def main():
    r = stream.Readable({'read': lambda n: None})
    r.once('data', lambda d: log('once data', d.decode(), r.readableFlowing))
    r.push('a')
    r.push('b')

    def later():
        log('after once', r.readableFlowing, r.readableLength, r.listenerCount('data'))
        r2 = stream.Readable({'read': lambda n: None})
        n = [0]

        def on_readable():
            n[0] += 1
            d = r2.read()
            log('readable', n[0], d.decode() if d is not None else 'null')
            if n[0] < 3:
                k = n[0]

                def again():
                    r2.once('readable', on_readable)
                    r2.push('z%d' % k)

                timers.setTimeout(again, 1)
            else:
                r2.push(None)
                r2.resume()

        r2.once('readable', on_readable)
        r2.push('z0')

        def r2_end():
            log('r2 end')
            r3 = stream.Readable({'read': lambda n: None})
            r3.on('data', lambda d: log('r3 data', d.decode()))

            def onr():
                d = r3.read()
                log('r3 readable', d.decode() if d is not None else 'null')

            r3.on('readable', onr)
            r3.push('p')

            def remove():
                r3.removeListener('readable', onr)
                log('r3 flowing after remove', r3.readableFlowing)
                r3.push('q')
                process.nextTick(lambda: log('r3 flowing next tick', r3.readableFlowing))

            timers.setTimeout(remove, 2)

        r2.on('end', r2_end)

    timers.setTimeout(later, 3)


nodehttp.run(main)
