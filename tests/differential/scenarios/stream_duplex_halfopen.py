# Duplex: allowHalfOpen true keeps the writable side open after 'end';
# false ends it; autoDestroy waits for both sides.
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


def make(name, allow_half_open):
    def write(chunk, enc, cb):
        log(name, 'write', chunk.decode())
        cb()

    def final(cb):
        log(name, 'final')
        cb()

    d = stream.Duplex({'allowHalfOpen': allow_half_open, 'read': lambda: None, 'write': write, 'final': final})
    for ev in ['end', 'prefinish', 'finish', 'close']:
        d.on(ev, lambda ev=ev: log(name, ev, d.readableEnded, d.writableEnded, d.writableFinished, d.destroyed))
    d.on('data', lambda c: log(name, 'data', c.decode()))
    return d


def main():
    a = make('half', True)
    b = make('full', False)
    a.push('x')
    a.push(None)
    b.push('y')
    b.push(None)
    b.write('z')

    def later():
        log('half writable', a.writable, a.allowHalfOpen, b.allowHalfOpen)
        a.end('late')

    timers.setTimeout(later, 5)


nodehttp.run(main)
