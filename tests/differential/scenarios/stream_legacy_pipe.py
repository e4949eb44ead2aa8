# The legacy Stream base class and its old-style pipe(): 'data' -> write(),
# a false return pauses the source, 'drain' resumes it, 'end' ends the
# destination, 'close' destroys it, errors are rethrown when unhandled.
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


def source(name):
    s = stream.Stream()
    s.readable = True
    s.pause = lambda: log(name, 'pause')
    s.resume = lambda: log(name, 'resume')
    return s


def main():
    a = source('a')

    def write(c, e, cb):
        log('w write', c.decode())
        timers.setImmediate(cb)

    w = stream.Writable({'highWaterMark': 2, 'write': write})
    for ev in ['pipe', 'drain', 'finish', 'close']:
        w.on(ev, lambda *x, ev=ev: log('w', ev))
    log('pipe ret', a.pipe(w) is w)
    a.emit('data', b'x')
    a.emit('data', b'yz')

    def later():
        a.emit('end')
        b = source('b')
        w2 = stream.Writable({'write': lambda c, e, cb: cb()})
        for ev in ['finish', 'close']:
            w2.on(ev, lambda ev=ev: log('w2', ev))
        b.pipe(w2)
        b.emit('close')
        c = source('c')
        w3 = stream.Writable({'write': lambda ch, e, cb: cb()})
        c.pipe(w3, {'end': False})
        c.emit('end')

        def after():
            log('w3 ended', w3.writableEnded, 'c listeners', c.listenerCount('data'), c.listenerCount('end'))
            c.on('error', lambda e: log('c error', str(e)))
            c.pipe(w3)
            c.emit('error', Exception('boom'))
            log('after error listeners', c.listenerCount('data'))

        timers.setImmediate(after)

    w.once('drain', lambda: timers.setImmediate(later))


nodehttp.run(main)
