"""stream.md, "Duplex and transform streams", "Implementing a duplex stream",
"Implementing a transform stream".  Orders checked against Node 24."""

import pytest

import nodehttp
from nodehttp import process, timers
from nodehttp.stream import Duplex, PassThrough, Transform



def watch(s, log, events, prefix=''):
    for ev in events:
        if ev == 'error':
            s.on('error', lambda e: log.append(prefix + 'error:' + str(e)))
        else:
            s.on(ev, lambda *a, ev=ev: log.append(prefix + ev))


@pytest.mark.spec("stream.md", "duplex.allowHalfOpen")
def test_duplex_allow_half_open_default_true_keeps_writable_open():
    log = []

    def main():
        d = Duplex({'read': lambda n: None, 'write': lambda c, e, cb: cb()})
        log.append(d.allowHalfOpen)
        watch(d, log, ('end', 'finish', 'close'))
        d.push(None)
        d.resume()
        timers.setTimeout(lambda: (log.append(('writable', d.writable)), d.end()), 2)

    nodehttp.run(main)
    assert log == [True, 'end', ('writable', True), 'finish', 'close']


@pytest.mark.spec("stream.md", "duplex.allowHalfOpen")
def test_duplex_allow_half_open_false_ends_writable_after_end():
    log = []

    def main():
        d = Duplex({'allowHalfOpen': False, 'read': lambda n: None,
                    'write': lambda c, e, cb: cb(), 'final': lambda cb: (log.append('final'), cb())})
        watch(d, log, ('end', 'prefinish', 'finish', 'close'))
        d.push(None)
        d.resume()

    nodehttp.run(main)
    assert log == ['end', 'final', 'prefinish', 'finish', 'close']


@pytest.mark.spec("stream.md", "duplex.allowHalfOpen")
def test_duplex_allow_half_open_can_be_changed_before_end():
    log = []

    def main():
        d = Duplex({'read': lambda n: None, 'write': lambda c, e, cb: cb()})
        d.allowHalfOpen = False
        watch(d, log, ('end', 'finish', 'close'))
        d.push(None)
        d.resume()

    nodehttp.run(main)
    assert log == ['end', 'finish', 'close']


@pytest.mark.spec("stream.md", "new stream.Duplex(options)")
def test_duplex_options_per_side():
    d = Duplex({'readableObjectMode': True, 'writableHighWaterMark': 7, 'readableHighWaterMark': 3})
    assert (d.readableObjectMode, d.writableObjectMode) == (True, False)
    assert (d.readableHighWaterMark, d.writableHighWaterMark) == (3, 7)
    d2 = Duplex({'highWaterMark': 5, 'readableHighWaterMark': 3, 'objectMode': True, 'writableObjectMode': False})
    assert (d2.readableHighWaterMark, d2.writableHighWaterMark) == (5, 5)
    assert (d2.readableObjectMode, d2.writableObjectMode) == (True, True)
    with pytest.raises(TypeError) as info:
        Duplex({'readableHighWaterMark': 1.5})
    assert str(info.value) == "The property 'options.readableHighWaterMark' is invalid. Received 1.5"


@pytest.mark.spec("stream.md", "new stream.Duplex(options)")
def test_duplex_readable_false_and_writable_false():
    log = []

    def main():
        r_only = Duplex({'writable': False, 'read': lambda n: None})
        w_only = Duplex({'readable': False, 'write': lambda c, e, cb: cb()})
        log.append((r_only.writable, r_only.writableEnded, r_only.writableFinished, r_only.readable))
        log.append((w_only.readable, w_only.readableEnded, w_only.writable))
        watch(r_only, log, ('end', 'close'), 'r:')
        watch(w_only, log, ('finish', 'close'), 'w:')
        r_only.push(None)
        r_only.resume()
        w_only.end()

    nodehttp.run(main)
    assert log == [(False, True, True, True), (False, True, True),
                   'w:finish', 'r:end', 'w:close', 'r:close']


@pytest.mark.spec("stream.md", "An example duplex stream")
def test_duplex_subclass_wraps_a_source():
    log = []

    class MyDuplex(Duplex):
        def __init__(self, options=None):
            super().__init__(options)
            self.sent = []

        def _write(self, chunk, encoding, callback):
            self.sent.append(chunk)
            callback()

        def _read(self, size):
            self.push(b'from source')
            self.push(None)

    def main():
        d = MyDuplex()
        d.on('data', lambda c: log.append(c))
        d.on('close', lambda: log.append(('close', d.sent)))
        d.end('to sink')

    nodehttp.run(main)
    assert log == [b'from source', ('close', [b'to sink'])]


@pytest.mark.spec("stream.md", "Object mode duplex streams")
def test_duplex_object_mode_on_one_side():
    log = []

    def main():
        def transform(chunk, encoding, callback):
            callback(None, int(chunk.decode()) ** 2)

        t = Transform({'readableObjectMode': True, 'transform': transform})
        t.on('data', lambda v: log.append(v))
        t.write(b'3')
        t.end('4')

    nodehttp.run(main)
    assert log == [9, 16]


@pytest.mark.spec("stream.md", "Class: stream.Transform")
@pytest.mark.spec("stream.md", "transform._transform(chunk, encoding, callback)")
def test_transform_callback_value_is_pushed():
    log = []

    def main():
        def t1(data, encoding, callback):
            t.push(data)
            callback()

        t = Transform({'transform': t1})
        u = Transform({'transform': lambda data, enc, cb: cb(None, data)})
        t.on('data', lambda d: log.append(('t', d)))
        u.on('data', lambda d: log.append(('u', d)))
        t.end('same')
        u.end('same')

    nodehttp.run(main)
    assert log == [('t', b'same'), ('u', b'same')]


@pytest.mark.spec("stream.md", "transform._transform(chunk, encoding, callback)")
def test_transform_never_called_in_parallel():
    log = []

    def main():
        def transform(chunk, enc, cb):
            log.append(('start', chunk))
            timers.setTimeout(lambda: (log.append(('done', chunk)), cb()), 1)

        t = Transform({'transform': transform})
        t.write('a')
        t.write('b')
        t.end()
        t.resume()

    nodehttp.run(main)
    assert log == [('start', b'a'), ('done', b'a'), ('start', b'b'), ('done', b'b')]


@pytest.mark.spec("stream.md", "transform._transform(chunk, encoding, callback)")
def test_transform_decode_strings_false_gets_string_and_encoding():
    log = []
    t = Transform({'decodeStrings': False, 'transform': lambda c, e, cb: (log.append((c, e)), cb())})
    t.write('txt')
    t.write(b'raw')
    # Nothing is pushed, so the readable side never holds the callback back.
    assert log == [('txt', 'utf8'), (b'raw', 'buffer')]
    nodehttp.run()


@pytest.mark.spec("stream.md", "Implementing a transform stream > Event: 'end'")
@pytest.mark.spec("stream.md", "Implementing a transform stream > Event: 'finish'")
@pytest.mark.spec("stream.md", "transform._flush(callback)")
def test_transform_flush_end_finish_order():
    log = []

    def main():
        def flush(cb):
            log.append('flush')
            t.push('tail')
            cb(None, 'last')

        t = Transform({'transform': lambda c, e, cb: cb(None, c), 'flush': flush})
        watch(t, log, ('prefinish', 'finish', 'end', 'close'))
        t.on('data', lambda d: log.append(d))
        t.end('x')

    nodehttp.run(main)
    # Node 24: 'end' (readable side) comes before 'finish' here.
    assert log == [b'x', 'flush', b'tail', b'last', 'prefinish', 'end', 'finish', 'close']


@pytest.mark.spec("stream.md", "Implementing a transform stream > Event: 'end'")
@pytest.mark.spec("stream.md", "Implementing a transform stream > Event: 'finish'")
def test_transform_error_means_no_end_or_finish():
    log = []

    def main():
        t = Transform({'transform': lambda c, e, cb: cb(ValueError('bad input'))})
        watch(t, log, ('finish', 'end', 'error', 'close'))
        t.resume()
        t.end('x')

    nodehttp.run(main)
    assert log == ['error:bad input', 'close']


@pytest.mark.spec("stream.md", "transform._flush(callback)")
def test_transform_flush_error():
    log = []

    def main():
        t = Transform({'transform': lambda c, e, cb: cb(), 'flush': lambda cb: cb(ValueError('flush failed'))})
        watch(t, log, ('finish', 'end', 'error', 'close'))
        t.resume()
        t.end()

    nodehttp.run(main)
    assert log == ['error:flush failed', 'close']


@pytest.mark.spec("stream.md", "transform.destroy([error])")
def test_transform_destroy():
    log = []

    def main():
        t = PassThrough()
        watch(t, log, ('finish', 'end', 'error', 'close'))
        t.destroy(ValueError('gone'))
        t.destroy(ValueError('ignored'))
        log.append(t.destroyed)

    nodehttp.run(main)
    assert log == [True, 'error:gone', 'close']


@pytest.mark.spec("stream.md", "transform.destroy([error])")
def test_transform_destroy_emit_close_false():
    log = []

    def main():
        t = PassThrough({'emitClose': False})
        watch(t, log, ('close',))
        t.destroy()
        process.nextTick(lambda: log.append('tick'))

    nodehttp.run(main)
    assert log == ['tick']


@pytest.mark.spec("stream.md", "new stream.Transform([options])")
def test_transform_subclass():
    log = []

    class Upper(Transform):
        def _transform(self, chunk, encoding, callback):
            callback(None, chunk.upper())

        def _flush(self, callback):
            self.push(b'!')
            callback()

    def main():
        u = Upper()
        u.on('data', lambda d: log.append(d))
        u.write('ab')
        u.end('c')

    nodehttp.run(main)
    assert log == [b'AB', b'C', b'!']


@pytest.mark.spec("stream.md", "new stream.Transform([options])")
def test_transform_missing_transform_throws():
    t = Transform()
    with pytest.raises(Exception) as info:
        t.write('x')
    assert info.value.code == 'ERR_METHOD_NOT_IMPLEMENTED'
    assert str(info.value) == 'The _transform() method is not implemented'


@pytest.mark.spec("stream.md", "Class: stream.PassThrough")
def test_passthrough_passes_bytes():
    log = []

    def main():
        p = PassThrough()
        p.on('data', lambda d: log.append(d))
        p.on('end', lambda: log.append('end'))
        p.write('a')
        p.end(b'b')

    nodehttp.run(main)
    assert log == [b'a', b'b', 'end']


@pytest.mark.spec("stream.md", "Implementing a transform stream")
def test_transform_backpressure_holds_write_callback():
    """The write callback waits while the readable side is over its highWaterMark."""
    log = []

    def main():
        t = PassThrough({'highWaterMark': 2})
        log.append(t.write('abc', lambda: log.append('cb1')))
        log.append(t.write('d', lambda: log.append('cb2')))

        def later():
            log.append(('read', t.read()))

        timers.setTimeout(later, 2)

    nodehttp.run(main)
    # The first chunk's callback is not held (nothing was buffered before it);
    # the second waits for _read.
    assert log == [False, False, 'cb1', ('read', b'abcd'), 'cb2']
