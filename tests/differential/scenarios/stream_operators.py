# Readable operators: map/filter/flatMap/drop/take return streams; forEach/
# toArray/some/find/every/reduce return promises (thenables in Python).
import json
import nodehttp
from nodehttp import stream, timers
from nodehttp._util import Thenable
Readable = stream.Readable


def src(n):
    return Readable.from_(list(range(1, n + 1)))


def resolved(v):
    t = Thenable()
    t._resolve(v)
    return t


def js(v):
    return json.dumps(v, separators=(',', ':'))


def jsv(v):
    return {True: 'true', False: 'false', None: 'undefined'}.get(v, v) if not isinstance(v, int) or isinstance(v, bool) else v


def main():
    steps = []

    def step(fn):
        steps.append(fn)
        return fn

    @step
    def s1(next_):
        src(4).map(lambda x: x * 2).toArray().then(lambda v: (print('map', js(v)), next_()))

    @step
    def s2(next_):
        src(3).map(lambda x: resolved(x + 10)).toArray().then(lambda v: (print('map async', js(v)), next_()))

    @step
    def s3(next_):
        src(6).filter(lambda x: x % 2).toArray().then(lambda v: (print('filter', js(v)), next_()))

    @step
    def s4(next_):
        src(3).flatMap(lambda x: [x, x]).toArray().then(lambda v: (print('flatMap', js(v)), next_()))

    @step
    def s5(next_):
        src(5).drop(2).toArray().then(lambda v: (print('drop', js(v)), next_()))

    @step
    def s6(next_):
        s = src(5)

        def after(v):
            print('take', js(v))
            timers.setImmediate(lambda: (print('take src destroyed', jsv(s.destroyed)), next_()))
        s.take(2).toArray().then(after)

    @step
    def s7(next_):
        seen = []
        src(3).forEach(lambda x: seen.append(x) and None).then(lambda v: (print('forEach', jsv(v), js(seen)), next_()))

    @step
    def s8(next_):
        s2 = src(5)

        def a(v1):
            def b(v2):
                print('some', jsv(v1), jsv(v2))
                timers.setImmediate(lambda: (print('some src destroyed', jsv(s2.destroyed)), next_()))
            src(3).some(lambda x: x > 5).then(b)
        s2.some(lambda x: x == 2).then(a)

    @step
    def s9(next_):
        src(5).find(lambda x: x > 3).then(lambda a: src(2).find(lambda x: x > 3).then(
            lambda b: (print('find', jsv(a), jsv(b)), next_())))

    @step
    def s10(next_):
        src(3).every(lambda x: x > 0).then(lambda a: src(3).every(lambda x: x > 1).then(
            lambda b: (print('every', jsv(a), jsv(b)), next_())))

    @step
    def s11(next_):
        src(4).reduce(lambda a, b: a + b).then(lambda a: src(4).reduce(lambda a, b: a + b, 100).then(
            lambda b: (print('reduce', a, b), next_())))

    @step
    def s12(next_):
        src(0).reduce(lambda a, b: a + b).then(None, lambda e: (print('reduce empty', e.code, e.name, e.message), next_()))

    @step
    def s13(next_):
        b = Readable({'read': lambda n: None})
        b.push('ab')
        b.push('cd')
        b.push(None)
        b.toArray().then(lambda v: (print('bytes toArray', js([x.decode() for x in v])), next_()))

    @step
    def s14(next_):
        try:
            src(1).map(5)
        except Exception as e:
            print('map bad fn', e.code)
        try:
            src(1).take(-1)
        except Exception as e:
            print('take bad', e.code, e.message)

        def f(x):
            if x == 2:
                raise Exception('map failed')
            return x
        src(3).map(f).toArray().then(None, lambda e: (print('map throws', e), next_()))

    i = [0]

    def next_():
        if i[0] < len(steps):
            fn = steps[i[0]]
            i[0] += 1
            fn(next_)

    next_()


nodehttp.run(main)
