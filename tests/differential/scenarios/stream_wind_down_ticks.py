# The end-of-stream / autoDestroy / 'close' sequence of a Readable and of
# http.IncomingMessage, with user ticks and microtasks queued around each
# step (nodehttp coalesces ticks only where nothing can run in between).
import nodehttp as http
from nodehttp import process, timers
from nodehttp.stream import Readable

L = []


def s_(v):
    if v is None:
        return ''
    if v is True:
        return 'true'
    if v is False:
        return 'false'
    if isinstance(v, bytes):
        return v.decode()
    return str(v)


def log(*a):
    L.append(' '.join(s_(x) for x in a))


def on_exit(code=0):
    for line in L:
        print(line)


def flags(s):
    return '/'.join(s_(x) for x in (s.readableEnded, s.destroyed, s.closed))


def watch(name, s):
    def on_end():
        log(name, 'end', flags(s))
        process.nextTick(lambda: log(name, 'tick after end', flags(s)))
        process.queueMicrotask(lambda: log(name, 'micro after end', flags(s)))

    def on_close():
        log(name, 'close', flags(s))
        process.nextTick(lambda: log(name, 'tick after close'))

    s.on('end', on_end)
    s.on('close', on_close)


def noread(n):
    pass


def main():
    process.on('exit', on_exit)

    # 1. resume() of an ended stream, a 'resume' listener queuing a tick
    #    between the read(0)/flow reads.
    a = Readable({'read': noread})
    watch('a', a)
    a.push('x')
    a.push(None)

    def on_resume():
        log('a resume')
        process.nextTick(lambda: log('a tick in resume', flags(a)))

    a.on('resume', on_resume)
    a.resume()
    a.on('data', lambda d: log('a data', d))

    # 2. read() repeatedly after the end, ticks in between.
    b = Readable({'read': noread})
    watch('b', b)
    b.push(None)

    def b_reads():
        log('b read', b.read())
        process.nextTick(lambda: log('b tick 1', flags(b)))
        log('b read', b.read(0))
        log('b read', b.read())
        process.nextTick(lambda: log('b tick 2', flags(b)))

    process.nextTick(b_reads)

    # 3. unshift after push(None), before 'end'.
    c = Readable({'read': noread})
    watch('c', c)
    c.push('p')
    c.push(None)

    def onr():
        while True:
            d = c.read()
            if d is None:
                break
            log('c read', d)
            if d == b'p':
                c.unshift('q')
                process.nextTick(lambda: log('c tick after unshift', c.readableLength))

    c.on('readable', onr)

    # 4. http: request and response wind-down on a keep-alive connection.
    def http_part():
        n = [0]

        def on_request(req, res):
            n[0] += 1
            k = n[0]
            watch('req%d' % k, req)

            def on_finish():
                log('res%d' % k, 'finish', flags(req))
                process.nextTick(lambda: log('res%d' % k, 'tick after finish', flags(req)))

            res.on('finish', on_finish)
            res.on('close', lambda: log('res%d' % k, 'close', flags(req)))
            if k == 2:
                req.resume()
            if k == 3:
                req.on('data', lambda d: log('req3 data', d))
            res.end('ok%d' % k)

        server = http.createServer(on_request)

        def on_listening():
            agent = http.Agent({'keepAlive': True})
            i = [0]

            def one():
                i[0] += 1
                m = i[0]
                opts = {'port': server.address()['port'], 'host': '127.0.0.1', 'agent': agent,
                        'method': 'POST' if m == 3 else 'GET'}

                def on_response(res):
                    watch('cres%d' % m, res)
                    res.on('data', lambda d: log('cres%d' % m, 'data', d))

                    def on_end():
                        if m < 3:
                            one()
                        else:
                            agent.destroy()
                            server.close()

                    res.on('end', on_end)

                r = http.request(opts, on_response)
                r.on('close', lambda: log('creq%d' % m, 'close'))
                if m == 3:
                    r.end('body')
                else:
                    r.end()

            one()

        server.listen(0, '127.0.0.1', on_listening)

    timers.setTimeout(http_part, 5)


http.run(main)
