# Transform: _transform pushes, _flush pushes the tail; the order of
# 'prefinish', 'finish', 'data', 'end', 'close'; PassThrough.
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


def main():
    def transform(chunk, enc, cb):
        log('transform', chunk.decode(), enc)
        cb(None, chunk.decode().upper())

    def flush(cb):
        log('flush')
        t.push('tail')
        cb(None, 'last')

    t = stream.Transform({'transform': transform, 'flush': flush})
    for ev in ['prefinish', 'finish', 'end', 'close']:
        t.on(ev, lambda ev=ev: log('t', ev))
    t.on('data', lambda c: log('t data', c.decode()))
    t.write('ab')
    t.write('cd', lambda: log('t write cb'))
    t.end(lambda: log('t end cb'))

    p = stream.PassThrough()
    for ev in ['prefinish', 'finish', 'end', 'close']:
        p.on(ev, lambda ev=ev: log('p', ev))
    p.end('through')
    p.on('data', lambda c: log('p data', c.decode()))


nodehttp.run(main)
