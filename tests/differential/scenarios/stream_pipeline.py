# stream.pipeline(): success calls back after the destination finished;
# an error in the middle destroys every stream and reports the first error.
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


def src(name, items):
    def read(n):
        r.push(items.pop(0) if items else None)
    r = stream.Readable({'read': read})
    r.on('close', lambda: log(name, 'src close'))
    return r


def upper(name, fail_on=None):
    def transform(c, e, cb):
        if c.decode() == fail_on:
            return cb(Exception('transform failed'))
        cb(None, c.decode().upper())
    t = stream.Transform({'transform': transform})
    t.on('close', lambda: log(name, 'transform close'))
    return t


def sink(name):
    got = []

    def write(c, e, cb):
        got.append(c.decode())
        cb()

    w = stream.Writable({'write': write})
    w.on('finish', lambda: log(name, 'sink finish', ','.join(got)))
    w.on('close', lambda: log(name, 'sink close'))
    return w


def main():
    def ok_done(err):
        log('ok done', 'undefined' if err is None else err)
        s = sink('bad')
        stream.pipeline(src('bad', ['a', 'b', 'c']), upper('bad', 'b'), s,
                        lambda err: log('bad done', str(err), s.destroyed))

    last = stream.pipeline(src('ok', ['a', 'b']), upper('ok'), sink('ok'), ok_done)
    log('returns last', last.writable)


nodehttp.run(main)
