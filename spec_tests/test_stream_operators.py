"""stream.md, the Readable operators (`readable.map()` ... `readable.reduce()`).

Promise results are thenables (API.md); expected values from Node 24
(tests/differential/scenarios/stream_operators.js prints the same cases).
"""

import pytest

import nodehttp
from nodehttp import timers
from nodehttp._util import Thenable
from nodehttp.stream import Readable


def src(n):
    return Readable.from_(list(range(1, n + 1)))


def settle(make):
    """Run the loop with make() -> thenable; return ('ok', value) or ('err', error)."""
    out = []
    nodehttp.run(lambda: make().then(lambda v: out.append(('ok', v)), lambda e: out.append(('err', e))))
    return out[0]


@pytest.mark.spec("stream.md", "readable.map(fn[, options])")
def test_map():
    assert settle(lambda: src(4).map(lambda x: x * 2).toArray()) == ('ok', [2, 4, 6, 8])


@pytest.mark.spec("stream.md", "readable.map(fn[, options])")
def test_map_waits_for_thenables_and_rejects_on_throw():
    def later(v):
        t = Thenable()
        timers.setTimeout(lambda: t._resolve(v), 1)
        return t

    assert settle(lambda: src(3).map(lambda x: later(x + 10)).toArray()) == ('ok', [11, 12, 13])

    def boom(x):
        if x == 2:
            raise ValueError('map failed')
        return x

    kind, err = settle(lambda: src(3).map(boom).toArray())
    assert (kind, str(err)) == ('err', 'map failed')
    with pytest.raises(TypeError) as info:
        src(1).map(5)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'


@pytest.mark.spec("stream.md", "readable.filter(fn[, options])")
def test_filter():
    assert settle(lambda: src(6).filter(lambda x: x % 2).toArray()) == ('ok', [1, 3, 5])


@pytest.mark.spec("stream.md", "readable.flatMap(fn[, options])")
def test_flat_map():
    assert settle(lambda: src(3).flatMap(lambda x: [x, x]).toArray()) == ('ok', [1, 1, 2, 2, 3, 3])


@pytest.mark.spec("stream.md", "readable.drop(limit[, options])")
def test_drop():
    assert settle(lambda: src(5).drop(2).toArray()) == ('ok', [3, 4, 5])


@pytest.mark.spec("stream.md", "readable.take(limit[, options])")
def test_take_destroys_the_source():
    s = src(5)
    assert settle(lambda: s.take(2).toArray()) == ('ok', [1, 2])
    assert s.destroyed is True
    with pytest.raises(ValueError) as info:
        src(1).take(-1)
    assert str(info.value) == 'The value of "number" is out of range. It must be >= 0. Received -1'


@pytest.mark.spec("stream.md", "readable.forEach(fn[, options])")
def test_for_each():
    seen = []
    assert settle(lambda: src(3).forEach(lambda x: seen.append(x))) == ('ok', None)
    assert seen == [1, 2, 3]


@pytest.mark.spec("stream.md", "readable.toArray([options])")
def test_to_array_of_byte_stream_reads_whole_buffer():
    def make():
        b = Readable({'read': lambda n: None})
        b.push('ab')
        b.push('cd')
        b.push(None)
        return b.toArray()

    assert settle(make) == ('ok', [b'abcd'])


@pytest.mark.spec("stream.md", "readable.some(fn[, options])")
def test_some_stops_early():
    s = src(5)
    assert settle(lambda: s.some(lambda x: x == 2)) == ('ok', True)
    assert s.destroyed is True
    assert settle(lambda: src(3).some(lambda x: x > 5)) == ('ok', False)


@pytest.mark.spec("stream.md", "readable.find(fn[, options])")
def test_find():
    assert settle(lambda: src(5).find(lambda x: x > 3)) == ('ok', 4)
    assert settle(lambda: src(2).find(lambda x: x > 3)) == ('ok', None)


@pytest.mark.spec("stream.md", "readable.every(fn[, options])")
def test_every():
    assert settle(lambda: src(3).every(lambda x: x > 0)) == ('ok', True)
    assert settle(lambda: src(3).every(lambda x: x > 1)) == ('ok', False)


@pytest.mark.spec("stream.md", "readable.reduce(fn[, initial[, options]])")
def test_reduce():
    assert settle(lambda: src(4).reduce(lambda a, b: a + b)) == ('ok', 10)
    assert settle(lambda: src(4).reduce(lambda a, b: a + b, 100)) == ('ok', 110)
    kind, err = settle(lambda: src(0).reduce(lambda a, b: a + b))
    assert (kind, err.code, err.name, err.message) == \
        ('err', 'ERR_MISSING_ARGS', 'TypeError', 'Reduce of an empty stream requires an initial value')
