"""stream.md, "Writable streams" and "Implementing a writable stream".

Each test records the events into a list and asserts the whole list; the
expected orders were checked against Node 24.
"""

import pytest

import nodehttp
from nodehttp import process, stream, timers
from nodehttp.stream import Writable



def watch(s, log, events=('drain', 'prefinish', 'finish', 'error', 'close'), prefix=''):
    for ev in events:
        if ev == 'error':
            s.on('error', lambda e: log.append(prefix + 'error:' + str(getattr(e, 'code', None) or e)))
        else:
            s.on(ev, lambda *a, ev=ev: log.append(prefix + ev))


def sink(**opts):
    got = []

    def write(chunk, encoding, cb):
        got.append(chunk)
        cb()

    opts.setdefault('write', write)
    return Writable(opts), got


@pytest.mark.spec("stream.md", "stream.Writable > Event: 'close'")
def test_writable_close_is_last_event():
    """"The event indicates that no more events will be emitted"."""
    log = []

    def main():
        w, _ = sink()
        watch(w, log)
        w.end('x', lambda: log.append('end-cb'))

    nodehttp.run(main)
    assert log == ['prefinish', 'end-cb', 'finish', 'close']


@pytest.mark.spec("stream.md", "stream.Writable > Event: 'close'")
def test_writable_close_not_emitted_with_emit_close_false():
    log = []

    def main():
        w, _ = sink(emitClose=False)
        watch(w, log)
        w.destroy()
        process.nextTick(lambda: log.append('tick'))

    nodehttp.run(main)
    assert log == ['tick']


@pytest.mark.spec("stream.md", "Event: 'drain'")
def test_writable_drain_after_write_returned_false():
    """"If a call to stream.write(chunk) returns false, the 'drain' event will be
    emitted when it is appropriate to resume writing data to the stream"."""
    log = []

    def main():
        w = Writable({'highWaterMark': 4, 'write': lambda c, e, cb: timers.setTimeout(cb, 1)})
        w.on('drain', lambda: log.append(('drain', w.writableLength, w.writableNeedDrain)))
        log.append(w.write('ab'))
        log.append(w.write('cd'))
        log.append(w.writableNeedDrain)
        log.append(w.write('e'))

    nodehttp.run(main)
    assert log == [True, False, True, False, ('drain', 0, False)]


@pytest.mark.spec("stream.md", "Event: 'drain'")
def test_writable_no_drain_when_ending():
    log = []

    def main():
        w = Writable({'highWaterMark': 1, 'write': lambda c, e, cb: timers.setTimeout(cb, 1)})
        watch(w, log)
        log.append(w.write('ab'))
        w.end()

    nodehttp.run(main)
    assert log == [False, 'prefinish', 'finish', 'close']


@pytest.mark.spec("stream.md", "stream.Writable > Event: 'error'")
def test_writable_error_then_close_and_nothing_else():
    """"The stream is closed when the 'error' event is emitted unless the
    autoDestroy option was set to false"; "After 'error', no further events
    other than 'close' should be emitted"."""
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: cb(ValueError('bad'))})
        watch(w, log)
        w.write('a', lambda err: log.append('cb:' + str(err)))
        w.write('b', lambda err: log.append('cb2:' + str(err)))
        w.end()

    nodehttp.run(main)
    assert log == ['cb:bad', 'cb2:bad', 'error:bad', 'close']


@pytest.mark.spec("stream.md", "stream.Writable > Event: 'error'")
def test_writable_error_without_autodestroy_keeps_stream_open():
    log = []

    def main():
        w = Writable({'autoDestroy': False, 'write': lambda c, e, cb: cb(ValueError('bad'))})
        watch(w, log)
        w.write('a')
        process.nextTick(lambda: log.append(('destroyed', w.destroyed, str(w.errored))))

    nodehttp.run(main)
    assert log == ['error:bad', ('destroyed', False, 'bad')]


@pytest.mark.spec("stream.md", "stream.Writable > Event: 'finish'")
def test_writable_finish_after_all_data_flushed():
    log = []

    def main():
        def write(chunk, enc, cb):
            log.append(chunk)
            timers.setTimeout(cb, 1)

        w = Writable({'write': write})
        watch(w, log)
        for i in range(3):
            w.write('hello, #%d!' % i)
        w.end('end')

    nodehttp.run(main)
    assert log == [b'hello, #0!', b'hello, #1!', b'hello, #2!', b'end', 'prefinish', 'finish', 'close']


@pytest.mark.spec("stream.md", "Event: 'pipe'")
def test_writable_pipe_event_gets_source():
    log = []

    def main():
        w, _ = sink()
        r = stream.Readable({'read': lambda n: None})
        w.on('pipe', lambda src: log.append(src is r))
        r.pipe(w)
        log.append('sync')

    nodehttp.run(main)
    assert log == [True, 'sync']


@pytest.mark.spec("stream.md", "Event: 'unpipe'")
def test_writable_unpipe_event_on_unpipe_and_on_error():
    log = []

    def main():
        w, _ = sink()
        r = stream.Readable({'read': lambda n: None})
        w.on('unpipe', lambda src: log.append(('unpipe', src is r)))
        r.pipe(w)
        r.unpipe(w)
        w2 = Writable({'write': lambda c, e, cb: cb(ValueError('x'))})
        r2 = stream.Readable({'read': lambda n: None})
        w2.on('unpipe', lambda src: log.append(('unpipe2', src is r2)))
        w2.on('error', lambda e: log.append('error'))
        r2.pipe(w2)
        r2.push('data')

    nodehttp.run(main)
    assert log == [('unpipe', True), ('unpipe2', True), 'error']


@pytest.mark.spec("stream.md", "writable.cork()")
def test_writable_cork_buffers_until_uncork_as_writev():
    log = []

    def main():
        def writev(chunks, cb):
            log.append(('writev', [c['chunk'] for c in chunks]))
            cb()

        w = Writable({'write': lambda c, e, cb: (log.append(('write', c)), cb()), 'writev': writev})
        w.cork()
        w.write('a')
        w.write('b')
        log.append(('corked', w.writableCorked, w.writableLength))
        process.nextTick(w.uncork)

    nodehttp.run(main)
    assert log == [('corked', 1, 2), ('writev', [b'a', b'b'])]


@pytest.mark.spec("stream.md", "writable.uncork()")
def test_writable_uncork_needs_as_many_calls_as_cork():
    """"If the writable.cork() method is called multiple times on a stream, the
    same number of calls to writable.uncork() must be called to flush"."""
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: (log.append(c), cb())})
        w.cork()
        w.cork()
        w.write('data ')
        w.uncork()
        log.append(('after one', w.writableCorked))
        w.uncork()
        log.append(('after two', w.writableCorked))

    nodehttp.run(main)
    assert log == [('after one', 1), b'data ', ('after two', 0)]


@pytest.mark.spec("stream.md", "writable.cork()")
def test_writable_end_flushes_corked_data():
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: (log.append(c), cb())})
        w.cork()
        w.cork()
        w.write('x')
        w.end('y')
        log.append(('corked', w.writableCorked))

    nodehttp.run(main)
    assert log == [b'x', b'y', ('corked', 0)]


@pytest.mark.spec("stream.md", "writable.destroy([error])")
def test_writable_destroy_with_error_emits_error_then_close():
    log = []

    def main():
        w = Writable()
        err = ValueError('foo error')
        w.destroy(err)
        w.on('error', lambda e: log.append(('error', e is err)))
        w.on('close', lambda: log.append('close'))
        log.append(('sync', w.destroyed, w.errored is err))

    nodehttp.run(main)
    assert log == [('sync', True, True), ('error', True), 'close']


@pytest.mark.spec("stream.md", "writable.destroy([error])")
def test_writable_write_after_destroy_is_err_stream_destroyed():
    log = []

    def main():
        w = Writable()
        w.destroy()
        w.on('error', lambda e: log.append('wont happen'))
        w.write('foo', lambda error: log.append((error.code, error.message)))
        w.destroy(ValueError('ignored'))  # no-op once destroyed

    nodehttp.run(main)
    assert log == [('ERR_STREAM_DESTROYED', 'Cannot call write after a stream was destroyed')]


@pytest.mark.spec("stream.md", "writable.destroy([error])")
def test_writable_destroy_fails_buffered_writes():
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: timers.setTimeout(cb, 1)})
        w.write('a', lambda err: log.append(('a', err)))
        w.write('b', lambda err: log.append(('b', err.code)))
        w.end(lambda err: log.append(('end', err.code)))
        w.on('close', lambda: log.append('close'))
        w.destroy()

    nodehttp.run(main)
    # The write in progress completes; the queued one and end() fail.
    assert log == ['close', ('a', None), ('b', 'ERR_STREAM_DESTROYED'), ('end', 'ERR_STREAM_DESTROYED')]


@pytest.mark.spec("stream.md", "writable.closed")
def test_writable_closed_after_close():
    log = []

    def main():
        w, _ = sink()
        w.on('close', lambda: log.append(('close', w.closed)))
        log.append(('start', w.closed))
        w.end()

    nodehttp.run(main)
    assert log == [('start', False), ('close', True)]


@pytest.mark.spec("stream.md", "writable.destroyed")
def test_writable_destroyed_after_destroy():
    w = Writable()
    assert w.destroyed is False
    w.destroy()
    assert w.destroyed is True
    nodehttp.run()


@pytest.mark.spec("stream.md", "writable.end([chunk[, encoding]][, callback])")
def test_writable_end_then_write_is_write_after_end():
    log = []

    def main():
        w, got = sink()
        w.on('error', lambda e: log.append(('error', e.code, e.message)))
        w.write('hello, ')
        w.end('world!')
        log.append(w.write('more', lambda err: log.append(('cb', err.code))))

    nodehttp.run(main)
    assert log == [False, ('cb', 'ERR_STREAM_WRITE_AFTER_END'),
                   ('error', 'ERR_STREAM_WRITE_AFTER_END', 'write after end')]


@pytest.mark.spec("stream.md", "writable.end([chunk[, encoding]][, callback])")
def test_writable_end_callback_on_finish_or_error():
    """"The callback is invoked before 'finish' or on error"."""
    log = []

    def main():
        w, _ = sink()
        w.on('finish', lambda: log.append('finish'))
        w.end(lambda err=None: log.append(('cb', err)))

        def final(cb):
            cb(ValueError('nope'))

        w2 = Writable({'write': lambda c, e, cb: cb(), 'final': final})
        w2.on('error', lambda e: log.append('error2'))
        w2.end(lambda err=None: log.append(('cb2', str(err))))

    nodehttp.run(main)
    # end() on a stream that errored inside _final calls back after 'error'.
    assert log == [('cb', None), 'finish', 'error2', ('cb2', 'nope')]


@pytest.mark.spec("stream.md", "writable.end([chunk[, encoding]][, callback])")
def test_writable_end_after_finish_is_already_finished():
    log = []

    def main():
        w, _ = sink()

        def on_finish():
            w.end(lambda err: log.append((err.code, err.message)))

        w.on('finish', on_finish)
        w.end()

    nodehttp.run(main)
    assert log == [('ERR_STREAM_ALREADY_FINISHED', 'Cannot call end after a stream was finished')]


@pytest.mark.spec("stream.md", "writable.setDefaultEncoding(encoding)")
def test_writable_set_default_encoding():
    log = []

    def main():
        w, got = sink()
        assert w.setDefaultEncoding('hex') is w
        w.write('6869')
        w.end()
        log.extend(got)
        with pytest.raises(Exception) as info:
            w.setDefaultEncoding('nope')
        log.append((info.value.code, str(info.value)))

    nodehttp.run(main)
    assert log == [b'hi', ('ERR_UNKNOWN_ENCODING', 'Unknown encoding: nope')]


@pytest.mark.spec("stream.md", "writable.writable")
def test_writable_writable_property():
    w, _ = sink()
    assert w.writable is True
    w.end()
    assert w.writable is False
    w2, _ = sink()
    w2.destroy()
    assert w2.writable is False
    nodehttp.run()


@pytest.mark.spec("stream.md", "writable.writableAborted")
def test_writable_writable_aborted():
    w, _ = sink()
    w2, _ = sink()
    w.destroy()
    assert w.writableAborted is True
    w2.end()
    log = []
    w2.on('finish', lambda: log.append(w2.writableAborted))
    nodehttp.run()
    assert log == [False]
    assert w2.writableAborted is False


@pytest.mark.spec("stream.md", "writable.writableEnded")
def test_writable_writable_ended_set_by_end_before_finish():
    w = Writable({'write': lambda c, e, cb: timers.setTimeout(cb, 1)})
    w.write('x')
    assert w.writableEnded is False
    w.end()
    assert (w.writableEnded, w.writableFinished) == (True, False)
    nodehttp.run()
    assert w.writableFinished is True


@pytest.mark.spec("stream.md", "writable.writableCorked")
def test_writable_writable_corked_counts():
    w, _ = sink()
    assert w.writableCorked == 0
    w.cork()
    w.cork()
    assert w.writableCorked == 2
    w.uncork()
    assert w.writableCorked == 1
    nodehttp.run()


@pytest.mark.spec("stream.md", "writable.errored")
def test_writable_errored():
    w, _ = sink()
    assert w.errored is None
    err = ValueError('x')
    w.on('error', lambda e: None)
    w.destroy(err)
    assert w.errored is err
    nodehttp.run()


@pytest.mark.spec("stream.md", "writable.writableFinished")
def test_writable_writable_finished_set_before_finish_event():
    log = []
    w, _ = sink()
    w.on('finish', lambda: log.append(w.writableFinished))
    w.end()
    assert w.writableFinished is False
    nodehttp.run()
    assert log == [True]


@pytest.mark.spec("stream.md", "writable.writableHighWaterMark")
def test_writable_high_water_mark_values():
    assert Writable().writableHighWaterMark == 65536
    assert Writable({'objectMode': True}).writableHighWaterMark == 16
    assert Writable({'highWaterMark': 3}).writableHighWaterMark == 3
    assert Writable(highWaterMark=0).writableHighWaterMark == 0


@pytest.mark.spec("stream.md", "writable.writableLength")
def test_writable_writable_length_counts_queued_bytes():
    w = Writable({'write': lambda c, e, cb: None})
    w.write('abc')
    w.write(b'de')
    assert w.writableLength == 5
    o = Writable({'objectMode': True, 'write': lambda c, e, cb: None})
    o.write({'a': 1})
    o.write('abc')
    assert o.writableLength == 2


@pytest.mark.spec("stream.md", "writable.writableNeedDrain")
def test_writable_need_drain():
    w = Writable({'highWaterMark': 2, 'write': lambda c, e, cb: None})
    assert w.writableNeedDrain is False
    w.write('abc')
    assert w.writableNeedDrain is True


@pytest.mark.spec("stream.md", "writable.writableObjectMode")
def test_writable_object_mode_property():
    assert Writable().writableObjectMode is False
    assert Writable({'objectMode': True}).writableObjectMode is True


@pytest.mark.spec("stream.md", "writable.write(chunk[, encoding][, callback])")
def test_writable_write_return_value_and_callback_order():
    """"The return value is true if the internal buffer is less than the
    highWaterMark"; the callback is called asynchronously, before 'error'."""
    log = []

    def main():
        w = Writable({'highWaterMark': 3, 'write': lambda c, e, cb: cb()})
        log.append(w.write('ab', lambda err=None: log.append(('cb', err))))
        # measured after _write called back synchronously: nothing is queued
        log.append(w.write('abc'))
        log.append('sync')

    nodehttp.run(main)
    assert log == [True, True, 'sync', ('cb', None)]


@pytest.mark.spec("stream.md", "writable.write(chunk[, encoding][, callback])")
def test_writable_write_encodings():
    w, got = sink()
    w.write('héllo', 'latin1')
    w.write('aGk=', 'base64')
    w.write('6869', 'hex')
    w.write('hé')
    w.write('A', 'utf16le')
    w.write(bytearray(b'ba'))
    w.write(memoryview(b'mv'))
    assert got == [b'h\xe9llo', b'hi', b'hi', b'h\xc3\xa9', b'A\x00', b'ba', b'mv']


@pytest.mark.spec("stream.md", "writable.write(chunk[, encoding][, callback])")
def test_writable_write_bad_chunks_throw():
    w, _ = sink()
    with pytest.raises(TypeError) as info:
        w.write(None)
    assert info.value.code == 'ERR_STREAM_NULL_VALUES'
    assert str(info.value) == 'May not write null values to stream'
    with pytest.raises(TypeError) as info:
        w.write(5)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert str(info.value) == ('The "chunk" argument must be of type string or an instance of '
                               'Buffer, TypedArray, or DataView. Received type number (5)')
    with pytest.raises(TypeError) as info:
        w.write('a', 'bogus')
    assert info.value.code == 'ERR_UNKNOWN_ENCODING'
    assert str(info.value) == 'Unknown encoding: bogus'


@pytest.mark.spec("stream.md", "Object mode")
def test_writable_object_mode_accepts_any_value():
    got = []
    w = Writable({'objectMode': True, 'write': lambda c, e, cb: (got.append((c, e)), cb())})
    w.write(5)
    w.write({'a': 1})
    w.write('s')
    w.write('t', 'latin1')
    assert got == [(5, None), ({'a': 1}, None), ('s', None), ('t', 'latin1')]


@pytest.mark.spec("stream.md", "new stream.Writable([options])")
def test_writable_constructor_defaults():
    w = Writable()
    s = w._writableState
    assert (s.highWaterMark, s.decodeStrings, s.defaultEncoding, s.objectMode, s.emitClose,
            s.autoDestroy) == (65536, True, 'utf8', False, True, True)


@pytest.mark.spec("stream.md", "new stream.Writable([options])")
def test_writable_constructor_rejects_bad_high_water_mark():
    with pytest.raises(TypeError) as info:
        Writable({'highWaterMark': -1})
    assert info.value.code == 'ERR_INVALID_ARG_VALUE'
    assert str(info.value) == "The property 'options.highWaterMark' is invalid. Received -1"


@pytest.mark.spec("stream.md", "new stream.Writable([options])")
def test_writable_subclass_hooks():
    log = []

    class MyWritable(Writable):
        def _write(self, chunk, encoding, callback):
            log.append(('write', chunk, encoding))
            callback()

        def _final(self, callback):
            log.append('final')
            callback()

        def _destroy(self, err, callback):
            log.append(('destroy', err))
            callback(err)

    def main():
        w = MyWritable()
        w.on('close', lambda: log.append('close'))
        w.end('x')

    nodehttp.run(main)
    assert log == [('write', b'x', 'buffer'), 'final', ('destroy', None), 'close']


@pytest.mark.spec("stream.md", "writable._construct(callback)")
def test_writable_construct_delays_writes():
    log = []

    def main():
        def construct(cb):
            log.append('construct')
            timers.setTimeout(lambda: (log.append('constructed'), cb()), 1)

        w = Writable({'construct': construct, 'write': lambda c, e, cb: (log.append(c), cb())})
        w.on('finish', lambda: log.append('finish'))
        log.append(('ret', w.write('a')))
        w.end('b')

    nodehttp.run(main)
    assert log == [('ret', True), 'construct', 'constructed', b'a', b'b', 'finish']


@pytest.mark.spec("stream.md", "writable._construct(callback)")
def test_writable_construct_error_destroys():
    log = []

    def main():
        w = Writable({'construct': lambda cb: cb(ValueError('c')), 'write': lambda c, e, cb: cb()})
        w.on('error', lambda e: log.append(('error', str(e))))
        w.on('close', lambda: log.append('close'))

    nodehttp.run(main)
    assert log == [('error', 'c'), 'close']


@pytest.mark.spec("stream.md", "writable._write(chunk, encoding, callback)")
def test_writable_write_callback_sync_is_deferred():
    """"...the callback ... must be called synchronously inside of
    writable._write() or asynchronously"; a synchronous callback is deferred."""
    log = []

    def main():
        def write(c, e, cb):
            log.append('in _write')
            cb()
            log.append('after cb')

        w = Writable({'write': write})
        w.write('x', lambda: log.append('user cb'))
        log.append('after write')

    nodehttp.run(main)
    assert log == ['in _write', 'after cb', 'after write', 'user cb']


@pytest.mark.spec("stream.md", "writable._write(chunk, encoding, callback)")
def test_writable_callback_called_twice_is_multiple_callback():
    log = []

    def main():
        w = Writable({'write': lambda c, e, cb: (cb(), cb())})
        w.on('error', lambda e: log.append((e.code, str(e))))
        w.write('x')

    nodehttp.run(main)
    assert log == [('ERR_MULTIPLE_CALLBACK', 'Callback called multiple times')]


@pytest.mark.spec("stream.md", "writable._write(chunk, encoding, callback)")
def test_writable_missing_write_throws_not_implemented():
    w = Writable()
    with pytest.raises(Exception) as info:
        w.write('x')
    assert info.value.code == 'ERR_METHOD_NOT_IMPLEMENTED'
    assert str(info.value) == 'The _write() method is not implemented'


@pytest.mark.spec("stream.md", "writable._writev(chunks, callback)")
def test_writable_writev_gets_chunk_dicts():
    log = []

    def main():
        def writev(chunks, cb):
            log.append(chunks)
            cb()

        w = Writable({'write': lambda c, e, cb: timers.setTimeout(cb, 1), 'writev': writev,
                      'decodeStrings': False})
        w.write('first')
        w.write('a', 'latin1')
        w.write(b'b')
        w.end()

    nodehttp.run(main)
    assert log == [[{'chunk': 'a', 'encoding': 'latin1'}, {'chunk': b'b', 'encoding': 'buffer'}]]


@pytest.mark.spec("stream.md", "writable._destroy(err, callback)")
def test_writable_destroy_hook_can_change_error():
    log = []

    def main():
        w = Writable({'destroy': lambda err, cb: cb(ValueError('replaced'))})
        w.on('error', lambda e: log.append(str(e)))
        w.on('close', lambda: log.append('close'))
        w.destroy(ValueError('original'), lambda err: log.append(('cb', str(err))))

    nodehttp.run(main)
    assert log == [('cb', 'replaced'), 'replaced', 'close']


@pytest.mark.spec("stream.md", "writable._final(callback)")
def test_writable_final_runs_before_prefinish_and_finish():
    log = []

    def main():
        def final(cb):
            log.append('final')
            timers.setTimeout(cb, 1)

        w = Writable({'write': lambda c, e, cb: (log.append('write'), cb()), 'final': final})
        watch(w, log)
        w.end('x')

    nodehttp.run(main)
    assert log == ['write', 'final', 'prefinish', 'finish', 'close']


@pytest.mark.spec("stream.md", "Errors while writing")
def test_writable_errors_through_callback_become_error_event():
    log = []

    def main():
        def write(chunk, encoding, callback):
            if b'a' in chunk:
                callback(ValueError('chunk is invalid'))
            else:
                callback()

        w = Writable({'write': write})
        w.on('error', lambda e: log.append(('error', str(e))))
        w.on('close', lambda: log.append('close'))
        w.write('bbb', lambda err=None: log.append(('cb1', err)))
        w.write('abc', lambda err=None: log.append(('cb2', str(err))))

    nodehttp.run(main)
    assert log == [('cb1', None), ('cb2', 'chunk is invalid'), ('error', 'chunk is invalid'), 'close']


@pytest.mark.spec("stream.md", "Decoding buffers in a writable stream")
def test_writable_decode_strings_false_passes_strings():
    got = []
    w = Writable({'decodeStrings': False,
                  'write': lambda c, e, cb: (got.append((c, e)), cb())})
    w.write('text')
    w.write('x', 'latin1')
    w.write(b'raw')
    assert got == [('text', 'utf8'), ('x', 'latin1'), (b'raw', 'buffer')]
