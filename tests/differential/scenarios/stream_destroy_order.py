# destroy(err): 'error' then 'close' on the next tick, destroy callback first;
# destroy() without error: only 'close'; emitClose false; errored/closed.
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


def msg(e):
    return None if e is None else str(e)


def watch(name, s):
    for ev in ['error', 'close', 'end', 'finish']:
        def on(e=None, ev=ev):
            log(name, ev, msg(e) if ev == 'error' else '', s.destroyed, s.closed, msg(s.errored))
        s.on(ev, on)


def main():
    r = stream.Readable({'read': lambda: None})
    watch('r', r)
    r.destroy(Exception('boom'), lambda err: log('r destroy cb', msg(err)))
    log('r sync', r.destroyed, r.closed, msg(r.errored), r.readableAborted)
    r.destroy(Exception('again'))

    def w_destroy(err, cb):
        log('w _destroy', 'null' if err is None else err)
        timers.setImmediate(cb)

    w = stream.Writable({'write': lambda c, e, cb: None, 'destroy': w_destroy})
    watch('w', w)
    w.write('x', lambda err: log('w write cb', err and err.code))
    w.write('y', lambda err: log('w write cb 2', err and err.code))
    w.destroy()
    log('w sync', w.destroyed, w.closed, w.writableAborted)

    d = stream.Duplex({'read': lambda: None, 'write': lambda c, e, cb: cb(), 'emitClose': False})
    watch('d', d)
    d.destroy(Exception('dup'))
    log('d sync', d.destroyed, d.readableAborted, d.writableEnded)

    w2 = stream.Writable({'write': lambda c, e, cb: cb(Exception('write failed'))})
    watch('w2', w2)
    w2.write('a', lambda err: log('w2 write cb', msg(err)))
    log('w2 sync', msg(w2.errored), w2.writable)
    process.nextTick(lambda: log('tick1'))
    timers.setImmediate(lambda: log('immediate'))


nodehttp.run(main)
