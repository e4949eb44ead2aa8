"""stream.md: finished, pipeline, Readable.from, duplexPair, the predicates and
the default highWaterMark.  Orders checked against Node 24."""

import pytest

import nodehttp
from nodehttp import process, stream, timers
from nodehttp.stream import PassThrough, Readable, Transform, Writable



def source(chunks):
    chunks = list(chunks)
    r = Readable({'read': lambda n: r.push(chunks.pop(0) if chunks else None)})
    return r


def sink(log=None, name='sink'):
    def write(c, e, cb):
        if log is not None:
            log.append((name, c))
        cb()
    return Writable({'write': write})


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_after_reading_and_close():
    """The doc's example: finished() reports when the stream is done reading;
    since v14 it waits for 'close'."""
    log = []

    def main():
        rs = source([b'a', b'b'])
        rs.on('end', lambda: log.append('end'))
        rs.on('close', lambda: log.append('close'))
        finished(rs, lambda err=None: log.append(('finished', err)))
        rs.resume()

    finished = stream.finished
    nodehttp.run(main)
    assert log == ['end', 'close', ('finished', None)]


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_premature_close():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        stream.finished(r, lambda err: log.append((err.code, str(err))))
        r.destroy()

    nodehttp.run(main)
    assert log == [('ERR_STREAM_PREMATURE_CLOSE', 'Premature close')]


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_error():
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: cb(ValueError('bad'))})
        w.on('error', lambda e: log.append('error'))
        stream.finished(w, lambda err: log.append(('finished', str(err))))
        w.write('x')

    nodehttp.run(main)
    assert log == ['error', ('finished', 'bad')]


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_on_already_finished_stream():
    """"Callback will be invoked on streams which have already finished"."""
    log = []

    def main():
        w = sink()

        def on_close():
            stream.finished(w, lambda err=None: log.append(('late', err)))

        w.on('close', on_close)
        w.end()

    nodehttp.run(main)
    assert log == [('late', None)]


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_writable_false_option_on_duplex():
    log = []

    def main():
        d = stream.Duplex({'read': lambda n: None, 'write': lambda c, e, cb: cb()})
        stream.finished(d, {'writable': False}, lambda err=None: log.append(('finished', err)))
        d.push(None)
        d.resume()
        d.on('end', lambda: log.append('end'))

    nodehttp.run(main)
    # finished()'s own 'end' listener was added first.
    assert log == [('finished', None), 'end']


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_cleanup_removes_listeners():
    w = sink()
    before = {ev: w.listenerCount(ev) for ev in ('error', 'end', 'finish', 'close')}
    cleanup = stream.finished(w, lambda err=None: None)
    assert w.listenerCount('finish') == before['finish'] + 1
    cleanup()
    assert {ev: w.listenerCount(ev) for ev in ('error', 'end', 'finish', 'close')} == before


@pytest.mark.spec("stream.md", "stream.finished(stream[, options], callback)")
def test_finished_error_false_ignores_error_event():
    log = []

    def main():
        w = Writable({'autoDestroy': False, 'write': lambda c, e, cb: cb()})
        w.on('error', lambda e: log.append('error'))
        stream.finished(w, {'error': False}, lambda err=None: log.append(('finished', err)))
        w.emit('error', ValueError('x'))
        w.end()

    nodehttp.run(main)
    assert log == ['error', ('finished', None)]


@pytest.mark.spec("stream.md", "stream.pipeline(source[, ...transforms], destination, callback)")
def test_pipeline_success_order_and_return_value():
    log = []

    def main():
        src = source([b'a', b'b'])
        t = Transform({'transform': lambda c, e, cb: cb(None, c.upper())})
        dst = sink(log, 'dst')
        for name, s in (('src', src), ('t', t), ('dst', dst)):
            s.on('close', lambda name=name: log.append(name + ' close'))
        ret = stream.pipeline(src, t, dst, lambda err=None: log.append(('done', err)))
        log.append(ret is dst)

    nodehttp.run(main)
    assert log == [True, ('dst', b'A'), ('dst', b'B'), 'src close', 't close', 'dst close', ('done', None)]


@pytest.mark.spec("stream.md", "stream.pipeline(streams, callback)")
def test_pipeline_array_form_and_error_destroys_all():
    log = []

    def main():
        src = source([b'a', b'b', b'c'])

        def transform(c, e, cb):
            if c == b'b':
                return cb(ValueError('transform failed'))
            cb(None, c)

        t = Transform({'transform': transform})
        dst = sink()
        for name, s in (('src', src), ('t', t), ('dst', dst)):
            s.on('close', lambda name=name: log.append(name + ' close'))
        stream.pipeline([src, t, dst], lambda err: log.append(('done', str(err), src.destroyed, dst.destroyed)))

    nodehttp.run(main)
    assert log == ['t close', 'src close', 'dst close', ('done', 'transform failed', True, True)]


@pytest.mark.spec("stream.md", "stream.pipeline(source[, ...transforms], destination, callback)")
def test_pipeline_premature_close_of_destination():
    log = []

    def main():
        src = Readable({'read': lambda n: None})
        dst = sink()
        stream.pipeline(src, dst, lambda err: log.append((err.code, src.destroyed)))
        src.push('x')
        timers.setTimeout(lambda: dst.destroy(), 1)

    nodehttp.run(main)
    assert log == [('ERR_STREAM_PREMATURE_CLOSE', True)]


@pytest.mark.spec("stream.md", "stream.pipeline(source[, ...transforms], destination, callback)")
def test_pipeline_needs_two_streams_and_a_callback():
    with pytest.raises(TypeError) as info:
        stream.pipeline(source([]), sink())
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    with pytest.raises(TypeError) as info:
        stream.pipeline(source([]), lambda err=None: None)
    assert info.value.code == 'ERR_MISSING_ARGS'
    assert str(info.value) == 'The "streams" argument must be specified'


@pytest.mark.spec("stream.md", "stream.pipeline(source[, ...transforms], destination, callback)")
def test_pipeline_from_iterable_source():
    log = []

    def main():
        dst = sink(log, 'dst')
        stream.pipeline(iter([b'x', b'y']), dst, lambda err=None: log.append(('done', err)))

    nodehttp.run(main)
    assert log == [('dst', b'x'), ('dst', b'y'), ('done', None)]


@pytest.mark.spec("stream.md", "stream.isErrored(stream)")
@pytest.mark.spec("stream.md", "stream.isReadable(stream)")
@pytest.mark.spec("stream.md", "stream.isWritable(stream)")
def test_predicates():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        w = sink()
        log.append((stream.isReadable(r), stream.isWritable(r), stream.isErrored(r),
                    stream.isReadable(object()), stream.isWritable(object())))
        log.append((stream.isReadable(w), stream.isWritable(w), stream.isErrored(w)))
        r.on('error', lambda e: None)
        r.destroy(ValueError('x'))
        log.append(('after destroy', stream.isReadable(r), stream.isErrored(r)))
        process.nextTick(lambda: log.append(('tick', stream.isErrored(r))))
        w.end()
        log.append(('after end', stream.isWritable(w)))

    nodehttp.run(main)
    assert log == [(True, None, False, None, None), (None, True, False),
                   ('after destroy', False, False), ('after end', False), ('tick', True)]


@pytest.mark.spec("stream.md", "stream.Readable.from(iterable[, options])")
def test_readable_from_iterable():
    log = []

    def generate():
        yield 'hello'
        yield 'streams'

    def main():
        readable = Readable.from_(generate())
        log.append((readable.readableObjectMode, readable.readableHighWaterMark))
        readable.on('data', lambda chunk: log.append(chunk))
        readable.on('end', lambda: log.append('end'))

    nodehttp.run(main)
    assert log == [(True, 1), 'hello', 'streams', 'end']


@pytest.mark.spec("stream.md", "stream.Readable.from(iterable[, options])")
def test_readable_from_string_is_one_chunk_and_from_alias():
    log = []

    def main():
        r = getattr(Readable, 'from')('whole string')
        r.on('data', lambda c: log.append(c))

    nodehttp.run(main)
    assert log == ['whole string']


@pytest.mark.spec("stream.md", "stream.Readable.from(iterable[, options])")
def test_readable_from_null_item_is_error():
    log = []

    def main():
        r = Readable.from_([1, None, 2])
        r.on('data', lambda d: log.append(d))
        r.on('error', lambda e: log.append((e.code, str(e))))
        r.on('close', lambda: log.append('close'))

    nodehttp.run(main)
    assert log == [1, ('ERR_STREAM_NULL_VALUES', 'May not write null values to stream'), 'close']


@pytest.mark.spec("stream.md", "stream.Readable.from(iterable[, options])")
def test_readable_from_object_mode_false():
    log = []

    def main():
        r = Readable.from_(['x', 'y'], {'objectMode': False})
        r.on('data', lambda d: log.append(d))

    nodehttp.run(main)
    assert log == [b'x', b'y']


@pytest.mark.spec("stream.md", "stream.duplexPair([options])")
def test_duplex_pair_is_connected_both_ways():
    log = []

    def main():
        a, b = stream.duplexPair()
        b.on('data', lambda d: log.append('b data ' + d.decode()))

        def b_end():
            log.append('b end')
            b.end('bye')

        b.on('end', b_end)
        a.on('data', lambda d: log.append('a data ' + d.decode()))
        a.on('end', lambda: log.append('a end'))
        for n, s in (('a', a), ('b', b)):
            for ev in ('finish', 'close'):
                s.on(ev, lambda n=n, ev=ev: log.append(n + ' ' + ev))
        a.write('hello', lambda: log.append('a write cb'))
        a.end()

    nodehttp.run(main)
    assert log == ['a write cb', 'b data hello', 'b end', 'a data bye', 'a finish', 'a end',
                   'b finish', 'a close', 'b close']


@pytest.mark.spec("stream.md", "stream.getDefaultHighWaterMark(objectMode)")
@pytest.mark.spec("stream.md", "stream.setDefaultHighWaterMark(objectMode, value)")
def test_default_high_water_mark_get_set():
    assert stream.getDefaultHighWaterMark(False) == 65536
    assert stream.getDefaultHighWaterMark(True) == 16
    try:
        stream.setDefaultHighWaterMark(False, 1024)
        stream.setDefaultHighWaterMark(True, 4)
        assert Readable().readableHighWaterMark == 1024
        assert Writable({'objectMode': True}).writableHighWaterMark == 4
    finally:
        stream.setDefaultHighWaterMark(False, 65536)
        stream.setDefaultHighWaterMark(True, 16)
    with pytest.raises(ValueError) as info:
        stream.setDefaultHighWaterMark(False, -1)
    assert str(info.value) == ('The value of "value" is out of range. It must be >= 0 && '
                               '<= 9007199254740991. Received -1')
    with pytest.raises(TypeError) as info:
        stream.setDefaultHighWaterMark(False, 'a')
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'


@pytest.mark.spec("stream.md", "Buffering")
def test_buffering_write_false_until_drained_passthrough():
    """Both Duplex sides keep their own buffer; write() reports the writable one."""
    p = PassThrough({'highWaterMark': 4})
    assert p.write('ab') is True
    assert p.readableLength == 2
    # 'cde' moves to the readable side (5 > 4) and its callback is held, so it
    # still counts on the writable side: 3 < 4.
    assert p.write('cde') is True
    assert (p.writableLength, p.readableLength) == (3, 5)
    assert p.write('f') is False
    nodehttp.run()


@pytest.mark.spec("stream.md", "stream.pipeline(source[, ...transforms], destination[, options])")
@pytest.mark.spec("stream.md", "stream.pipeline(streams[, options])")
def test_promises_pipeline_resolves_after_finish():
    log = []

    def main():
        dst = sink(log, 'dst')
        dst.on('finish', lambda: log.append('finish'))
        stream.promises.pipeline(source([b'a']), dst).then(lambda v: log.append(('ok', v)))
        bad = Writable({'write': lambda c, e, cb: cb(ValueError('no'))})
        stream.promises.pipeline([source([b'b']), bad]).then(None, lambda e: log.append(('rejected', str(e))))

    nodehttp.run(main)
    assert log == [('dst', b'a'), 'finish', ('rejected', 'no'), ('ok', None)]


@pytest.mark.spec("stream.md", "stream.finished(stream[, options])")
def test_promises_finished():
    log = []

    def main():
        r = source([b'a'])
        stream.promises.finished(r).then(lambda v: log.append(('ok', v)))
        r.resume()
        r2 = Readable({'read': lambda n: None})
        stream.promises.finished(r2).then(None, lambda e: log.append(('rejected', e.code)))
        r2.destroy()

    nodehttp.run(main)
    assert log == [('rejected', 'ERR_STREAM_PREMATURE_CLOSE'), ('ok', None)]


@pytest.mark.spec("stream.md", "stream.compose(...streams)")
def test_compose_chain():
    log = []

    def main():
        up = Transform({'transform': lambda c, e, cb: cb(None, c.upper())})
        bang = Transform({'transform': lambda c, e, cb: cb(None, c + b'!')})
        d = stream.compose(up, bang)
        d.on('data', lambda c: log.append(c))
        for ev in ('end', 'finish', 'close'):
            d.on(ev, lambda ev=ev: log.append(ev))
        log.append(d.write('ab'))
        d.end('cd')

    nodehttp.run(main)
    assert log == [True, b'AB!', b'CD!', 'end', 'finish', 'close']


@pytest.mark.spec("stream.md", "stream.Duplex.from(src)")
def test_duplex_from_pair_iterable_and_stream():
    log = []

    def main():
        got = []
        w = Writable({'write': lambda c, e, cb: (got.append(c), cb())})
        r = Readable({'read': lambda n: None})
        d = stream.Duplex.from_({'readable': r, 'writable': w})
        d.on('data', lambda c: log.append(('data', c)))
        d.on('finish', lambda: log.append(('finish', got)))
        d.on('end', lambda: log.append('end'))
        d.write('to-w')
        d.end()
        r.push('from-r')
        r.push(None)
        it = getattr(stream.Duplex, 'from')(['x', 'y'])
        log.append(('iterable', it.readable, it.writable))
        p = PassThrough()
        log.append(('same', stream.Duplex.from_(p) is p))

    nodehttp.run(main)
    assert log == [('iterable', True, False), ('same', True), ('data', b'from-r'),
                   ('finish', [b'to-w']), 'end']


@pytest.mark.spec("stream.md", "readable.compose(stream[, options])")
def test_readable_compose_method():
    log = []

    def main():
        d = Readable.from_([b'a', b'b'], {'objectMode': False}).compose(
            Transform({'transform': lambda c, e, cb: cb(None, c.upper())}))
        d.on('data', lambda c: log.append(c))
        d.on('end', lambda: log.append(('end', d.writable)))

    nodehttp.run(main)
    assert log == [b'A', b'B', ('end', False)]
