# pipeline(): which streams are destroyed and with what, when the source
# errors, the destination errors, the source is destroyed early, and a
# Readable that already ended is piped; the callback's error each time.
import json

import nodehttp
from nodehttp import stream, timers


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


def watch(name, s):
    for ev in ['end', 'finish', 'close']:
        s.on(ev, lambda ev=ev: log(name, ev))
    s.on('error', lambda e: log(name, 'error', getattr(e, 'code', None) or str(e)))


def source_error(done):
    src = stream.Readable({'read': lambda n: src.destroy(Exception('src broke'))})
    mid = stream.PassThrough()
    dst = stream.Writable({'write': lambda c, e, cb: cb()})
    watch('src', src)
    watch('mid', mid)
    watch('dst', dst)

    def cb(err):
        log('cb', str(err), mid.destroyed, dst.destroyed)
        done()

    stream.pipeline(src, mid, dst, cb)


def destination_error(done):
    src = stream.Readable({'read': lambda n: src.push('x')})
    dst = stream.Writable({'write': lambda c, e, cb: cb(Exception('dst broke'))})
    watch('src', src)
    watch('dst', dst)

    def cb(err):
        log('cb', str(err), src.destroyed)
        done()

    stream.pipeline(src, dst, cb)


def source_destroyed_early(done):
    src = stream.Readable({'read': lambda n: None})
    dst = stream.Writable({'write': lambda c, e, cb: cb()})
    watch('src', src)
    watch('dst', dst)

    def cb(err):
        log('cb', err.code, dst.destroyed)
        done()

    stream.pipeline(src, dst, cb)
    src.push('a')
    timers.setImmediate(lambda: src.destroy())


def already_ended(done):
    src = stream.Readable({'read': lambda n: None})
    src.push(None)
    src.resume()

    def on_end():
        dst = stream.Writable({'write': lambda c, e, cb: cb()})
        watch('dst', dst)

        def cb(err=None):
            log('cb', err.code if err else 'ok')
            done()

        stream.pipeline(src, dst, cb)

    src.on('end', on_end)


def object_mode_chain(done):
    src = stream.Readable.from_([1, 2, 3])
    got = []

    def write(c, e, cb):
        got.append(c)
        cb()

    dst = stream.Writable({'objectMode': True, 'write': write})
    watch('dst', dst)

    def cb(err=None):
        log('cb', 'undefined' if err is None else err, json.dumps(got, separators=(',', ':')))
        done()

    stream.pipeline(src, dst, cb)


CASES = [('sourceError', source_error), ('destinationError', destination_error),
         ('sourceDestroyedEarly', source_destroyed_early), ('alreadyEnded', already_ended),
         ('objectModeChain', object_mode_chain)]


def main():
    i = [0]

    def next_case():
        if i[0] >= len(CASES):
            return
        name, case = CASES[i[0]]
        i[0] += 1
        log('== ' + name)
        case(next_case)

    next_case()


nodehttp.run(main)
