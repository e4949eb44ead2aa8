# end(cb): the callback runs before 'finish' when finishing synchronously,
# gets the error when the stream errors, and an async _final delays both.
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


def main():
    a = stream.Writable({'write': lambda c, e, cb: cb()})
    a.on('finish', lambda: log('a finish'))
    a.on('close', lambda: log('a close'))
    a.end('x', lambda: log('a end cb'))
    log('a sync', a.writableEnded, a.writableFinished)

    def b_final(cb):
        log('b final')
        timers.setTimeout(lambda: cb(Exception('final failed')), 1)

    b = stream.Writable({'write': lambda c, e, cb: cb(), 'final': b_final})
    b.on('error', lambda err: log('b error', str(err)))
    b.on('finish', lambda: log('b finish'))
    b.on('close', lambda: log('b close', str(b.errored)))
    b.end(lambda err: log('b end cb', err and str(err)))

    def c_final(cb):
        log('c final')
        cb()

    c = stream.Writable({'write': lambda ch, e, cb: timers.setTimeout(cb, 2), 'final': c_final})
    c.on('prefinish', lambda: log('c prefinish'))
    c.on('finish', lambda: log('c finish'))
    c.write('1')
    c.end(lambda: log('c end cb 1'))
    c.end(lambda: log('c end cb 2'))
    d = stream.Writable({'autoDestroy': False, 'emitClose': True, 'write': lambda ch, e, cb: cb()})
    d.on('finish', lambda: log('d finish', d.destroyed))
    d.on('close', lambda: log('d close'))
    d.end()

    def later():
        log('d later', d.destroyed)
        d.destroy()

    timers.setTimeout(later, 10)


nodehttp.run(main)
