# stream.finished(): normal completion, premature close, error; the callback
# runs after 'close' when the stream emits one.
import nodehttp
from nodehttp import stream


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


def u(err):
    return 'undefined' if err is None else err


def main():
    finished = stream.finished
    r = stream.Readable({'read': lambda: None})
    r.on('close', lambda: log('r close'))
    r.on('end', lambda: log('r end'))
    finished(r, lambda err: log('r finished', u(err and err.code)))
    r.resume()
    r.push('a')
    r.push(None)

    r2 = stream.Readable({'read': lambda: None})
    r2.on('close', lambda: log('r2 close'))
    finished(r2, lambda err: log('r2 finished', err and err.code, err and err.message))
    r2.push('a')
    r2.destroy()

    w = stream.Writable({'write': lambda c, e, cb: cb()})
    w.on('finish', lambda: log('w finish'))
    w.on('close', lambda: log('w close'))
    finished(w, lambda err: log('w finished', u(err)))
    w.end('x')

    w2 = stream.Writable({'write': lambda c, e, cb: cb(Exception('bad'))})
    w2.on('error', lambda e: log('w2 error', str(e)))
    finished(w2, lambda err: log('w2 finished', str(err)))
    w2.write('x')

    w3 = stream.Writable({'autoDestroy': False, 'write': lambda c, e, cb: cb()})
    w3.on('finish', lambda: log('w3 finish'))
    cleanup = finished(w3, lambda err: log('w3 finished', u(err)))
    log('cleanup', 'function' if callable(cleanup) else type(cleanup))
    w3.end()

    r4 = stream.Readable({'read': lambda: None})
    r4.push(None)
    r4.resume()

    def r4_end():
        log('r4 end')
        finished(r4, lambda err: log('r4 finished late', u(err)))

    r4.on('end', r4_end)


nodehttp.run(main)
