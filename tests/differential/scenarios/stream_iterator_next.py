# readable[Symbol.asyncIterator]() / readable.iterator() driven by hand with next():
# chunks one microtask apart, the end after 'close', early return() destroys
# unless destroyOnReturn is false, errors reject, a bare destroy() is a premature close.
# Python: nodehttp.stream.iterator.iterator(readable[, options]).
import nodehttp
from nodehttp import timers
from nodehttp.stream import Readable, PassThrough
from nodehttp.stream.iterator import iterator


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def sv(v):
    if v is None:
        return 'undefined'
    if isinstance(v, bytes):
        return v.decode()
    return str(v)


def show(t):
    return lambda r: log('%s %s %s' % (t, b(r['done']), sv(r['value'])))


def fail(t):
    return lambda e: log('%s rejected %s %s' % (t, getattr(e, 'code', None) or 'undefined', e))


def main():
    r = Readable.from_(['a', 'b', 'c'], {'objectMode': True})
    it = iterator(r)
    log('same fn true function')
    it.next().then(show('1'))
    it.next().then(show('2'))
    it.next().then(show('3'))
    it.next().then(show('4'))
    r.on('end', lambda: log('end'))
    r.on('close', lambda: log('close'))

    def t1():
        p = PassThrough()
        it2 = iterator(p)
        p.on('close', lambda: log('p close destroyed=%s' % b(p.destroyed)))
        p.write('x')

        def got(r):
            log('p1 %s %s' % (b(r['done']), sv(r['value'])))
            it2.return_().then(show('ret'))
        it2.next().then(got)

        def t2():
            q = PassThrough()
            it3 = iterator(q, {'destroyOnReturn': False})
            q.write('y')

            def gotq(r):
                log('q1 %s' % sv(r['value']))
                it3.return_().then(lambda r: log('q ret %s destroyed=%s' % (b(r['done']), b(q.destroyed))))
            it3.next().then(gotq)
            e = PassThrough()
            it4 = iterator(e)
            it4.next().then(show('e1'), fail('e1'))
            e.destroy(Exception('kaput'))
            it4.next().then(show('e2'), fail('e2'))
            f = PassThrough()
            it5 = iterator(f)
            it5.next().then(show('f1'), fail('f1'))
            f.destroy()
        timers.setTimeout(t2, 5)
    timers.setTimeout(t1, 5)


nodehttp.run(main)
