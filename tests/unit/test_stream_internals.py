"""Unit tests of stream internals: buffers, bookkeeping counters, hooks."""

from hypothesis import given, settings, strategies as st

import nodehttp
from nodehttp import stream, timers
from nodehttp.stream import Duplex, Readable, Writable
from nodehttp.stream.readable import _compute_new_high_water_mark
from nodehttp.stream.writable import fit_n


def test_writable_buffer_compaction_keeps_order():
    """More than 256 buffered writes flushed one by one keep their order."""
    got = []
    pending = []

    def write(chunk, enc, cb):
        got.append(chunk)
        pending.append(cb)

    w = Writable({'write': write, 'highWaterMark': 1})
    for i in range(600):
        w.write(b'%d' % i)
    assert w._writableState.bufferedRequestCount == 599
    while pending:
        pending.pop(0)()
    assert got == [b'%d' % i for i in range(600)]
    assert w.writableLength == 0
    assert w._writableState.buffered == [] and w._writableState.bufferedIndex == 0
    nodehttp.run()


def test_writable_writev_batches_everything_buffered_while_writing():
    calls = []
    cbs = []

    def write(chunk, enc, cb):
        calls.append(('write', chunk))
        cbs.append(cb)

    def writev(chunks, cb):
        calls.append(('writev', [c['chunk'] for c in chunks]))
        cbs.append(cb)

    w = Writable({'write': write, 'writev': writev})
    done = []
    for i in range(4):
        w.write(b'%d' % i, lambda err=None, i=i: done.append(i))
    cbs.pop(0)()
    cbs.pop(0)()
    assert calls == [('write', b'0'), ('writev', [b'1', b'2', b'3'])]
    nodehttp.run()
    assert done == [0, 1, 2, 3]
    assert w._writableState.pendingcb == 0


def test_writable_pending_callbacks_reach_zero_before_finish():
    seen = []

    def main():
        w = Writable({'write': lambda c, e, cb: timers.setTimeout(cb, 1)})
        w.on('finish', lambda: seen.append(w._writableState.pendingcb))
        for _ in range(5):
            w.write('x', lambda: None)
        w.end()

    nodehttp.run(main)
    assert seen == [0]


@given(st.lists(st.binary(min_size=0, max_size=20), max_size=30),
       st.lists(st.integers(min_value=1, max_value=25), max_size=30))
@settings(max_examples=200, deadline=None)
def test_readable_read_n_returns_exactly_the_pushed_bytes(chunks, sizes):
    r = Readable({'read': lambda n: None, 'highWaterMark': 1 << 20})
    for c in chunks:
        r.push(c)
    r.push(None)
    out = []
    for n in sizes:
        got = r.read(n)
        if got is not None:
            assert len(got) == n or r.readableLength == 0
            out.append(got)
    rest = r.read()
    if rest is not None:
        out.append(rest)
    assert b''.join(out) == b''.join(chunks)
    assert r.readableLength == 0


def test_readable_string_buffer_partial_reads():
    r = Readable({'read': lambda n: None, 'encoding': 'utf8'})
    r.push('héllo')
    r.push(' wörld')
    assert r.read(3) == 'hél'
    assert r.read(5) == 'lo wö'
    assert r.read() == 'rld'


def test_compute_new_high_water_mark_rounds_up_to_power_of_two():
    assert [_compute_new_high_water_mark(n) for n in (1, 5, 16, 17, 65537)] == [1, 8, 16, 32, 131072]
    r = Readable({'read': lambda n: None})
    r.read(100000)
    assert r.readableHighWaterMark == 131072


def test_fit_n_keeps_callables_that_take_enough_arguments():
    def three(a, b, c):
        return (a, b, c)

    def none():
        return 'none'

    assert fit_n(three, 3) is three
    assert fit_n(none, 1)('ignored') == 'none'
    assert fit_n(lambda *a: a, 2) is not None


def test_option_hooks_with_fewer_parameters_are_called_like_js():
    log = []

    def main():
        r = Readable({'read': lambda: log.append('read'), 'destroy': lambda err, cb: (log.append('d'), cb())})
        r.read(0)
        r.destroy()
        w = Writable({'write': lambda chunk: log.append(chunk), 'final': lambda: log.append('final')})
        w.write('x')

    nodehttp.run(main)
    assert log == ['read', 'd', b'x']


def test_readable_buffer_and_writable_buffer_views():
    r = Readable({'read': lambda n: None})
    r.push('ab')
    r.push('c')
    assert list(r.readableBuffer) == [b'ab', b'c']
    w = Writable({'write': lambda c, e, cb: None})
    w.write('a')
    w.write('b')
    w.write('c')
    assert w.writableBuffer == [b'b', b'c']


def test_undestroy_resets_both_sides():
    d = Duplex({'read': lambda n: None, 'write': lambda c, e, cb: cb()})
    d.on('error', lambda e: None)
    d.destroy(ValueError('x'))
    nodehttp.run()
    assert d.destroyed and d.closed
    d._undestroy()
    assert (d.destroyed, d.closed, d.errored, d.readable, d.writable) == (False, False, None, True, True)


def test_subclass_of_duplex_is_instance_of_both():
    d = Duplex()
    assert isinstance(d, Readable) and isinstance(d, Writable) and isinstance(d, stream.Stream)


def test_legacy_stream_pipe():
    log = []

    def main():
        src = stream.Stream()
        src.readable = True
        dst = Writable({'write': lambda c, e, cb: (log.append(c), cb())})
        dst.on('finish', lambda: log.append('finish'))
        assert src.pipe(dst) is dst
        src.emit('data', b'a')
        src.emit('end')

    nodehttp.run(main)
    assert log == [b'a', 'finish']


def test_write_after_end_returns_false_and_errors_once():
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: cb()})
        w.on('error', lambda e: log.append(e.code))
        w.end()
        log.append(w.write('a'))
        log.append(w.write('b'))

    nodehttp.run(main)
    assert log == [False, False, 'ERR_STREAM_WRITE_AFTER_END']


def test_push_returns_false_when_destroyed():
    r = Readable({'read': lambda n: None})
    r.destroy()
    assert r.push('x') is False
    nodehttp.run()


def test_writev_chunks_carry_all_buffers_flag():
    seen = []
    cbs = []

    def writev(chunks, cb):
        seen.append((isinstance(chunks, list), chunks.allBuffers, len(chunks)))
        cb()

    def run_case(second):
        w = Writable({'write': lambda c, e, cb: cbs.append(cb), 'writev': writev, 'decodeStrings': False})
        w.write(b'first')
        w.write(b'a')
        w.write(second)
        cbs.pop()()

    run_case(b'b')
    run_case('text')
    assert seen == [(True, True, 2), (True, False, 2)]
    nodehttp.run()
