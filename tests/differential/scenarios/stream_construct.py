# _construct(): runs on the next tick; writes and reads wait for its
# callback; destroy() during construction waits; a construct error destroys.
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
    def w_construct(cb):
        log('w construct')

        def done():
            log('w constructed')
            cb()
        timers.setTimeout(done, 2)

    def w_write(c, e, cb):
        log('w write', c.decode())
        cb()

    def w_final(cb):
        log('w final')
        cb()

    w = stream.Writable({'construct': w_construct, 'write': w_write, 'final': w_final})
    for ev in ['prefinish', 'finish', 'close']:
        w.on(ev, lambda ev=ev: log('w', ev))
    log('w write ret', w.write('1'), w.writableLength)
    w.end('2')

    def r_construct(cb):
        log('r construct')
        process.nextTick(cb)

    def r_read(n):
        log('r read', n)
        r.push('x')
        r.push(None)

    r = stream.Readable({'construct': r_construct, 'read': r_read})
    r.on('data', lambda d: log('r data', d.decode()))
    r.on('end', lambda: log('r end'))
    r.on('close', lambda: log('r close'))

    def d_construct(cb):
        log('d construct')
        timers.setTimeout(cb, 20)

    def d_destroy(err, cb):
        log('d _destroy', err and str(err))
        cb(err)

    d = stream.Duplex({'construct': d_construct, 'destroy': d_destroy})
    d.on('error', lambda e: log('d error', str(e)))
    d.on('close', lambda: log('d close'))
    d.destroy(Exception('early'))
    log('d destroyed', d.destroyed)

    e = stream.Writable({'construct': lambda cb: cb(Exception('construct failed')), 'write': lambda c, en, cb: cb()})
    e.on('error', lambda err: log('e error', str(err)))
    e.on('close', lambda: log('e close'))
    e.write('q', lambda err: log('e write cb', err and str(err)))
    process.nextTick(lambda: log('tick'))


nodehttp.run(main)
