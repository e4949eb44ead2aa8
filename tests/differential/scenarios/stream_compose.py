# compose() and Duplex.from(): data, end/finish/close order, errors inside a
# composed chain, one-sided wrappers and their AbortError on early destroy.
import nodehttp

from nodehttp.stream import Duplex, Readable, Writable, PassThrough, Transform, compose


def j(v):
    return {True: 'true', False: 'false', None: 'null'}.get(v, v) if not isinstance(v, int) or isinstance(v, bool) else v


def log(*a):
    print(*[j(x) for x in a])


def upper():
    return Transform({'transform': lambda c, e, cb: cb(None, c.decode().upper())})


def exclaim():
    return Transform({'transform': lambda c, e, cb: cb(None, c.decode() + '!')})


def s1(next_):
    d = compose(upper(), exclaim())
    d.on('data', lambda c: log('compose data', c.decode()))
    d.on('end', lambda: log('compose end'))
    d.on('finish', lambda: log('compose finish'))
    d.on('close', lambda: (log('compose close'), next_()))
    log('write ret', d.write('ab'))
    d.end('cd')


def s2(next_):
    got = []
    w = Writable({'write': lambda c, e, cb: (got.append(c.decode()), cb())})
    r = Readable({'read': lambda n: None})
    d = Duplex.from_({'readable': r, 'writable': w})
    log('pair', isinstance(d, Duplex), d.readable, d.writable)
    d.on('data', lambda c: log('pair data', c.decode()))
    d.on('end', lambda: log('pair end'))
    d.on('finish', lambda: log('pair finish', ','.join(got)))
    d.on('close', lambda: (log('pair close'), next_()))
    d.write('to-w')
    d.end()
    r.push('from-r')
    r.push(None)


def s3(next_):
    d = getattr(Duplex, 'from')(['x', 'y'])
    log('iterable', d.readable, d.writable, d.readableObjectMode)
    d.on('data', lambda c: log('iter data', c))
    d.on('close', lambda: (log('iter close'), next_()))


def s4(next_):
    pt = PassThrough()
    log('same duplex', Duplex.from_(pt) is pt)
    d = compose(upper(), Transform({'transform': lambda c, e, cb: cb(Exception('inner failed'))}))
    d.on('error', lambda e: log('compose error', str(e)))
    d.on('close', lambda: (log('compose close 2'), next_()))
    d.resume()
    d.write('x')


def s5(next_):
    r = Readable({'read': lambda n: None})
    d = Duplex.from_(r)
    log('readable only', d.readable, d.writable)
    d.on('error', lambda e: log('err', e.name))
    d.on('close', lambda: (log('r destroyed', r.destroyed), next_()))
    d.destroy()


STEPS = [s1, s2, s3, s4, s5]


def main():
    i = [0]

    def next_():
        if i[0] < len(STEPS):
            fn = STEPS[i[0]]
            i[0] += 1
            fn(next_)

    next_()


nodehttp.run(main)
