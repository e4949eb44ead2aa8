"""stream.md, "Readable streams" and "Implementing a readable stream".

Event lists are asserted whole; expected orders were checked against Node 24.
"""

import pytest

import nodehttp
from nodehttp import process, stream, timers
from nodehttp.stream import PassThrough, Readable, Writable



def source(chunks, **opts):
    """A Readable that pushes `chunks` one per _read, then EOF."""
    chunks = list(chunks)

    def read(n):
        r.push(chunks.pop(0) if chunks else None)

    opts.setdefault('read', read)
    r = Readable(opts)
    return r


def watch(s, log, events=('pause', 'resume', 'readable', 'end', 'error', 'close')):
    for ev in events:
        if ev == 'error':
            s.on('error', lambda e: log.append('error:' + str(getattr(e, 'code', None) or e)))
        else:
            s.on(ev, lambda *a, ev=ev: log.append(ev))


@pytest.mark.spec("stream.md", "Two reading modes")
def test_readable_starts_paused_and_data_listener_starts_flowing():
    log = []

    def main():
        r = source([b'a', b'b'])
        log.append(('initial', r.readableFlowing, r.isPaused()))
        r.on('data', lambda d: log.append(d))
        r.on('end', lambda: log.append('end'))
        log.append(('after on data', r.readableFlowing))

    nodehttp.run(main)
    assert log == [('initial', None, False), ('after on data', True), b'a', b'b', 'end']


@pytest.mark.spec("stream.md", "Two reading modes")
def test_readable_resume_without_listener_loses_data():
    """"when the readable.resume() method is called without a listener attached
    to the 'data' event" the data is lost; 'end' still comes."""
    log = []

    def main():
        r = source([b'a', b'b'])
        r.on('end', lambda: log.append(('end', r.readableLength)))
        r.resume()

    nodehttp.run(main)
    assert log == [('end', 0)]


@pytest.mark.spec("stream.md", "Three states")
def test_readable_three_states_doc_example():
    log = []

    def main():
        pass_ = PassThrough()
        writable = Writable({'write': lambda c, e, cb: cb()})
        pass_.pipe(writable)
        pass_.unpipe(writable)
        log.append(pass_.readableFlowing)
        pass_.on('data', lambda chunk: log.append(chunk))
        log.append(pass_.readableFlowing)
        pass_.write('ok')
        process.nextTick(lambda: (log.append('resume'), pass_.resume(), log.append(pass_.readableFlowing)))

    nodehttp.run(main)
    assert log == [False, False, 'resume', True, b'ok']


@pytest.mark.spec("stream.md", "stream.Readable > Event: 'close'")
def test_readable_close_after_end():
    log = []

    def main():
        r = source([b'x'])
        watch(r, log, ('end', 'close'))
        r.resume()

    nodehttp.run(main)
    assert log == ['end', 'close']


@pytest.mark.spec("stream.md", "stream.Readable > Event: 'close'")
def test_readable_emit_close_false():
    log = []

    def main():
        r = source([b'x'], emitClose=False)
        watch(r, log, ('end', 'close'))
        r.resume()

    nodehttp.run(main)
    assert log == ['end']


@pytest.mark.spec("stream.md", "Event: 'data'")
def test_readable_data_from_read_call():
    """"The 'data' event will also be emitted whenever the readable.read()
    method is called and a chunk of data is available"."""
    log = []
    r = Readable({'read': lambda n: None})
    r.push('abc')
    r.on('readable', lambda: None)
    r.on('data', lambda d: log.append(d))
    assert r.read(2) == b'ab'
    assert log == [b'ab']


@pytest.mark.spec("stream.md", "Event: 'data'")
def test_readable_data_strings_after_set_encoding():
    log = []

    def main():
        r = source([b'h\xc3', b'\xa9'])
        r.setEncoding('utf8')
        r.on('data', lambda d: log.append(d))

    nodehttp.run(main)
    assert log == ['h', 'é']


@pytest.mark.spec("stream.md", "stream.Readable > Event: 'end'")
def test_readable_end_not_emitted_until_consumed():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.push('data')
        r.push(None)
        r.on('end', lambda: log.append('end'))

        def later():
            log.append(('before read', r.readableEnded))
            r.read()

        timers.setTimeout(later, 5)

    nodehttp.run(main)
    assert log == [('before read', False), 'end']


@pytest.mark.spec("stream.md", "stream.Readable > Event: 'error'")
def test_readable_error_on_invalid_chunk():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        watch(r, log, ('error', 'close'))
        r.push(5)

    nodehttp.run(main)
    assert log == ['error:ERR_INVALID_ARG_TYPE', 'close']


@pytest.mark.spec("stream.md", "Event: 'pause'")
@pytest.mark.spec("stream.md", "Event: 'resume'")
def test_readable_pause_resume_events_only_on_change():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        watch(r, log, ('pause', 'resume'))
        r.pause()      # flowing None -> False: 'pause'
        r.pause()      # already False: nothing
        r.resume()     # 'resume' on the next tick
        r.resume()

    nodehttp.run(main)
    assert log == ['pause', 'resume']


@pytest.mark.spec("stream.md", "Event: 'readable'")
def test_readable_readable_loop_then_end():
    log = []

    def main():
        r = source([b'ab', b'cd'])

        def onreadable():
            while True:
                d = r.read()
                log.append(d)
                if d is None:
                    break

        r.on('readable', onreadable)
        r.on('end', lambda: log.append('end'))

    nodehttp.run(main)
    # Both chunks are buffered by the time 'readable' fires (Node 24).
    assert log == [b'abcd', None, None, None, 'end']


@pytest.mark.spec("stream.md", "Event: 'readable'")
def test_readable_empty_stream_readable_null_then_end():
    """The doc's empty-file example prints "readable: null" then "end"."""
    log = []

    def main():
        rr = source([])
        rr.on('readable', lambda: log.append('readable: %s' % rr.read()))
        rr.on('end', lambda: log.append('end'))

    nodehttp.run(main)
    assert log == ['readable: None', 'end']


@pytest.mark.spec("stream.md", "Event: 'readable'")
def test_readable_readable_takes_precedence_over_data():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.on('data', lambda d: log.append(('data', d)))

        def onreadable():
            log.append(('readable', r.readableFlowing))
            r.read()

        r.on('readable', onreadable)
        r.push('x')

        def remove():
            r.removeListener('readable', onreadable)
            r.push('y')

        timers.setTimeout(remove, 2)

    nodehttp.run(main)
    # With 'readable' removed and a 'data' listener, the stream flows.
    assert log == [('readable', False), ('data', b'x'), ('data', b'y')]


@pytest.mark.spec("stream.md", "readable.destroy([error])")
def test_readable_destroy_with_error():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        watch(r, log, ('error', 'close', 'end'))
        r.push('unread')
        r.destroy(ValueError('boom'))
        log.append(('sync', r.destroyed, r.readableAborted, str(r.errored)))
        r.push('ignored')

    nodehttp.run(main)
    assert log == [('sync', True, True, 'boom'), 'error:boom', 'close']


@pytest.mark.spec("stream.md", "readable.closed")
@pytest.mark.spec("stream.md", "readable.destroyed")
def test_readable_closed_and_destroyed():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.on('close', lambda: log.append(('close', r.closed, r.destroyed)))
        log.append(('start', r.closed, r.destroyed))
        r.destroy()
        log.append(('destroyed', r.closed, r.destroyed))

    nodehttp.run(main)
    assert log == [('start', False, False), ('destroyed', True, True), ('close', True, True)]


@pytest.mark.spec("stream.md", "readable.isPaused()")
def test_readable_is_paused_doc_example():
    readable = Readable({'read': lambda n: None})
    assert readable.isPaused() is False
    readable.pause()
    assert readable.isPaused() is True
    readable.resume()
    assert readable.isPaused() is False
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.pause()")
def test_readable_pause_stops_data_then_resume():
    log = []

    def main():
        r = Readable({'read': lambda n: None})

        def ondata(chunk):
            log.append(('data', chunk))
            r.pause()
            log.append('pause')

            def go():
                log.append('resume')
                r.resume()

            timers.setTimeout(go, 2)

        r.on('data', ondata)
        r.push('a')
        r.push('b')
        r.push(None)

    nodehttp.run(main)
    assert log == [('data', b'a'), 'pause', 'resume', ('data', b'b'), 'pause', 'resume']


@pytest.mark.spec("stream.md", "readable.pipe(destination[, options])")
def test_readable_pipe_ends_destination_unless_end_false():
    log = []

    def main():
        a = source([b'1'])
        wa = Writable({'write': lambda c, e, cb: cb()})
        wa.on('finish', lambda: log.append('wa finish'))
        a.pipe(wa)
        b = source([b'2'])
        wb = Writable({'write': lambda c, e, cb: cb()})
        wb.on('finish', lambda: log.append('wb finish'))
        b.on('end', lambda: log.append(('b end', wb.writableEnded)))
        assert b.pipe(wb, {'end': False}) is wb

    nodehttp.run(main)
    assert log == [('b end', False), 'wa finish']


@pytest.mark.spec("stream.md", "readable.pipe(destination[, options])")
def test_readable_pipe_backpressure_pauses_source():
    log = []

    def main():
        n = [0]

        def read(size):
            n[0] += 1
            src.push(b'x' * 4 if n[0] <= 4 else None)

        src = Readable({'read': read, 'highWaterMark': 4})
        dst = Writable({'highWaterMark': 4, 'write': lambda c, e, cb: timers.setTimeout(cb, 1)})
        src.on('pause', lambda: log.append('pause'))
        dst.on('drain', lambda: log.append('drain'))
        dst.on('finish', lambda: log.append('finish'))
        src.pipe(dst)

    nodehttp.run(main)
    # The last write is flushed by end(): no 'drain' while ending.
    assert log == ['pause', 'drain', 'pause', 'drain', 'pause', 'drain', 'pause', 'finish']


@pytest.mark.spec("stream.md", "readable.read([size])")
def test_readable_read_sizes():
    r = Readable({'read': lambda n: None})
    r.push('abcdef')
    r.push('gh')
    assert r.read(0) is None
    assert r.read(3) == b'abc'
    assert r.read(10) is None          # not enough and not ended
    assert r.readableLength == 5
    assert r.read() == b'defgh'        # everything
    r.push(None)
    assert r.read() is None
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.read([size])")
def test_readable_read_more_than_buffered_after_end_returns_rest():
    r = Readable({'read': lambda n: None})
    r.push('abc')
    r.push(None)
    assert r.read(10) == b'abc'
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.read([size])")
def test_readable_read_size_over_1gib_is_out_of_range():
    r = Readable({'read': lambda n: None})
    with pytest.raises(ValueError) as info:
        r.read(2 ** 31)
    assert info.value.code == 'ERR_OUT_OF_RANGE'
    assert str(info.value) == ('The value of "size" is out of range. It must be <= 1GiB. '
                               'Received 2147483648')


@pytest.mark.spec("stream.md", "readable.read([size])")
def test_readable_read_object_mode_one_item():
    r = Readable({'objectMode': True, 'read': lambda n: None})
    r.push({'a': 1})
    r.push(2)
    assert r.read(5) == {'a': 1}
    assert r.read() == 2


@pytest.mark.spec("stream.md", "readable.readable")
def test_readable_readable_property():
    log = []

    def main():
        r = source([b'a'])
        log.append(r.readable)
        r.on('end', lambda: log.append(r.readable))
        r.resume()

    nodehttp.run(main)
    assert log == [True, False]


@pytest.mark.spec("stream.md", "readable.readableAborted")
def test_readable_readable_aborted():
    r = Readable({'read': lambda n: None})
    assert r.readableAborted is False
    r.destroy()
    assert r.readableAborted is True
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.readableDidRead")
@pytest.mark.spec("stream.md", "stream.Readable.isDisturbed(stream)")
def test_readable_did_read_and_is_disturbed():
    r = Readable({'read': lambda n: None})
    assert (r.readableDidRead, stream.isDisturbed(r), Readable.isDisturbed(r)) == (False, False, False)
    r.push('x')
    r.read()
    assert (r.readableDidRead, stream.isDisturbed(r)) == (True, True)
    r2 = Readable({'read': lambda n: None})
    r2.destroy()
    assert stream.isDisturbed(r2) is True
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.readableEncoding")
@pytest.mark.spec("stream.md", "readable.setEncoding(encoding)")
def test_readable_encoding_property():
    r = Readable({'read': lambda n: None})
    assert r.readableEncoding is None
    assert r.setEncoding('UTF-8') is r
    assert r.readableEncoding == 'utf8'
    assert Readable({'encoding': 'hex', 'read': lambda n: None}).readableEncoding == 'hex'
    with pytest.raises(Exception) as info:
        r.setEncoding('nope')
    assert (info.value.code, str(info.value)) == ('ERR_UNKNOWN_ENCODING', 'Unknown encoding: nope')


@pytest.mark.spec("stream.md", "readable.setEncoding(encoding)")
def test_readable_set_encoding_keeps_split_characters():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.setEncoding('utf8')
        r.on('data', lambda d: log.append(d))
        for b in (b'\xe2', b'\x82', b'\xac!', b'\xf0\x9f\x98', b'\x80'):
            r.push(b)
        r.push(None)

    nodehttp.run(main)
    assert log == ['€!', '😀']


@pytest.mark.spec("stream.md", "readable.setEncoding(encoding)")
def test_readable_set_encoding_converts_buffered_bytes():
    r = Readable({'read': lambda n: None})
    r.push(b'\xc3\xa9t\xc3')
    r.setEncoding('utf8')
    assert r.readableLength == 2
    r.push(b'\xa9')
    assert r.read() == 'été'
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.readableEnded")
@pytest.mark.spec("stream.md", "readable.readableFlowing")
@pytest.mark.spec("stream.md", "readable.readableLength")
def test_readable_ended_flowing_length():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.push('abc')
        log.append((r.readableEnded, r.readableFlowing, r.readableLength))
        r.push(None)
        r.on('end', lambda: log.append((r.readableEnded, r.readableFlowing, r.readableLength)))
        r.resume()

    nodehttp.run(main)
    assert log == [(False, None, 3), (True, True, 0)]


@pytest.mark.spec("stream.md", "readable.errored")
def test_readable_errored():
    r = Readable({'read': lambda n: None})
    assert r.errored is None
    err = ValueError('e')
    r.on('error', lambda e: None)
    r.destroy(err)
    assert r.errored is err
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.readableHighWaterMark")
@pytest.mark.spec("stream.md", "readable.readableObjectMode")
def test_readable_high_water_mark_and_object_mode():
    assert Readable().readableHighWaterMark == 65536
    assert Readable({'objectMode': True}).readableHighWaterMark == 16
    assert Readable({'highWaterMark': 5}).readableHighWaterMark == 5
    assert Readable().readableObjectMode is False
    assert Readable(objectMode=True).readableObjectMode is True


@pytest.mark.spec("stream.md", "readable.resume()")
def test_readable_resume_to_end_without_reading():
    """Doc example: `getReadableStreamSomehow().resume().on('end', ...)`."""
    log = []

    def main():
        r = source([b'a', b'b'])
        r.resume().on('end', lambda: log.append('Reached the end, but did not read anything.'))

    nodehttp.run(main)
    assert log == ['Reached the end, but did not read anything.']


@pytest.mark.spec("stream.md", "readable.resume()")
def test_readable_resume_no_effect_with_readable_listener():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.on('readable', lambda: log.append('readable'))
        r.resume()
        log.append(r.readableFlowing)

    nodehttp.run(main)
    assert log == [False]


@pytest.mark.spec("stream.md", "readable.unpipe([destination])")
def test_readable_unpipe_all_and_one():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        w1 = Writable({'write': lambda c, e, cb: cb()})
        w2 = Writable({'write': lambda c, e, cb: cb()})
        w1.on('unpipe', lambda s: log.append(('unpipe w1', s is r)))
        w2.on('unpipe', lambda s: log.append(('unpipe w2', s is r)))
        r.pipe(w1)
        r.pipe(w2)
        r.unpipe(w1)
        log.append(r.readableFlowing)
        r.unpipe()
        log.append(r.readableFlowing)
        assert r.unpipe() is r

    nodehttp.run(main)
    assert log == [('unpipe w1', True), True, ('unpipe w2', True), False]


@pytest.mark.spec("stream.md", "readable.unshift(chunk[, encoding])")
def test_readable_unshift_puts_data_back_in_front():
    r = Readable({'read': lambda n: None})
    r.push('world')
    head = r.read(2)
    r.unshift(b'hello ' + head)
    assert r.read() == b'hello world'
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.unshift(chunk[, encoding])")
def test_readable_unshift_after_end_is_error():
    log = []

    def main():
        r = source([])
        r.on('error', lambda e: log.append((e.code, str(e))))
        r.on('end', lambda: r.unshift('late'))
        r.resume()

    nodehttp.run(main)
    assert log == [('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'stream.unshift() after end event')]


@pytest.mark.spec("stream.md", "readable.wrap(stream)")
def test_readable_wrap_old_style_stream():
    log = []

    def main():
        old = stream.Stream()
        old.pause = lambda: log.append('old pause')
        old.resume = lambda: log.append('old resume')
        r = Readable({'highWaterMark': 2}).wrap(old)
        r.on('data', lambda d: log.append(d))
        r.on('end', lambda: log.append('end'))
        old.emit('data', b'abc')
        old.emit('end')

    nodehttp.run(main)
    assert log == ['old pause', b'abc', 'end']


@pytest.mark.spec("stream.md", "new stream.Readable([options])")
def test_readable_constructor_defaults():
    s = Readable()._readableState
    assert (s.highWaterMark, s.encoding, s.objectMode, s.emitClose, s.autoDestroy) == \
        (65536, None, False, True, True)


@pytest.mark.spec("stream.md", "readable._construct(callback)")
def test_readable_construct_before_read():
    log = []

    def main():
        def construct(cb):
            log.append('construct')
            timers.setTimeout(lambda: (log.append('constructed'), cb()), 1)

        def read(n):
            log.append(('read', n))
            r.push('x')
            r.push(None)

        r = Readable({'construct': construct, 'read': read})
        r.on('data', lambda d: log.append(d))
        r.on('end', lambda: log.append('end'))

    nodehttp.run(main)
    assert log == ['construct', 'constructed', ('read', 65536), b'x', 'end']


@pytest.mark.spec("stream.md", "readable._read(size)")
def test_readable_read_called_with_high_water_mark_and_not_again_until_push():
    log = []

    def main():
        def read(size):
            log.append(('_read', size))
            timers.setTimeout(lambda: r.push(None), 1)

        r = Readable({'read': read, 'highWaterMark': 100})
        r.read()
        r.read()
        r.on('end', lambda: log.append('end'))
        r.resume()

    nodehttp.run(main)
    assert log == [('_read', 100), 'end']


@pytest.mark.spec("stream.md", "readable._read(size)")
def test_readable_missing_read_is_not_implemented_error():
    log = []

    def main():
        r = Readable()
        r.on('error', lambda e: log.append((e.code, str(e))))
        r.read()

    nodehttp.run(main)
    assert log == [('ERR_METHOD_NOT_IMPLEMENTED', 'The _read() method is not implemented')]


@pytest.mark.spec("stream.md", "readable._destroy(err, callback)")
def test_readable_destroy_hook_receives_error():
    log = []

    def main():
        def destroy(err, cb):
            log.append(('_destroy', str(err)))
            timers.setTimeout(lambda: cb(err), 1)

        r = Readable({'read': lambda n: None, 'destroy': destroy})
        watch(r, log, ('error', 'close'))
        r.destroy(ValueError('x'))
        log.append(('closed yet', r.closed))

    nodehttp.run(main)
    assert log == [('_destroy', 'x'), ('closed yet', False), 'error:x', 'close']


@pytest.mark.spec("stream.md", "readable.push(chunk[, encoding])")
def test_readable_push_return_value_tracks_high_water_mark():
    r = Readable({'read': lambda n: None, 'highWaterMark': 4})
    assert r.push('ab') is True
    assert r.push('cd') is False
    assert r.push(None) is False
    nodehttp.run()


@pytest.mark.spec("stream.md", "readable.push(chunk[, encoding])")
def test_readable_push_after_eof_is_error():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.on('error', lambda e: log.append((e.code, str(e))))
        r.push(None)
        r.push('late')

    nodehttp.run(main)
    assert log == [('ERR_STREAM_PUSH_AFTER_EOF', 'stream.push() after EOF')]


@pytest.mark.spec("stream.md", "readable.push(chunk[, encoding])")
def test_readable_push_string_with_encoding():
    r = Readable({'read': lambda n: None})
    r.push('6869', 'hex')
    r.push('aGk=', 'base64')
    r.push('é', 'latin1')
    assert r.read() == b'hihi\xe9'
    nodehttp.run()


@pytest.mark.spec("stream.md", "Errors while reading")
def test_readable_errors_via_destroy_in_read():
    log = []

    def main():
        def read(n):
            r.destroy(ValueError('read failed'))

        r = Readable({'read': read})
        watch(r, log, ('error', 'close', 'end'))
        r.resume()

    nodehttp.run(main)
    assert log == ['error:read failed', 'close']


@pytest.mark.spec("stream.md", "Errors while reading")
def test_readable_exception_thrown_in_read_destroys():
    log = []

    def main():
        def read(n):
            raise ValueError('thrown')

        r = Readable({'read': read})
        watch(r, log, ('error', 'close'))
        r.resume()

    nodehttp.run(main)
    assert log == ['error:thrown', 'close']


@pytest.mark.spec("stream.md", "An example counting stream")
def test_readable_counter_example():
    got = []

    class Counter(Readable):
        def __init__(self, opt=None):
            super().__init__(opt)
            self._max = 1000
            self._index = 1

        def _read(self, size):
            i = self._index
            self._index += 1
            if i > self._max:
                self.push(None)
            else:
                self.push(str(i).encode('ascii'))

    def main():
        c = Counter()
        c.on('data', lambda d: got.append(d))

    nodehttp.run(main)
    assert len(got) == 1000 and got[0] == b'1' and got[-1] == b'1000'


@pytest.mark.spec("stream.md", "readable.read(0)")
def test_readable_read_zero_triggers_refresh_only():
    log = []

    def main():
        r = Readable({'read': lambda n: (log.append('_read'), r.push('x'))})
        log.append(r.read(0))
        log.append(r.readableLength)

    nodehttp.run(main)
    assert log[:3] == ['_read', None, 1]


@pytest.mark.spec("stream.md", "readable.push('')")
def test_readable_push_empty_string_ends_reading_without_data():
    log = []

    def main():
        def read(n):
            log.append('_read')
            r.push('')

        r = Readable({'read': read, 'highWaterMark': 1})
        r.on('data', lambda d: log.append(d))
        r.read(0)
        process.nextTick(lambda: log.append(('length', r.readableLength)))

    nodehttp.run(main)
    assert log[0] == '_read'
    assert ('length', 0) in log
    assert all(isinstance(x, (str, tuple)) for x in log)  # no 'data'


@pytest.mark.spec("stream.md", "highWaterMark discrepancy after calling readable.setEncoding()")
def test_readable_high_water_mark_counts_characters_after_set_encoding():
    r = Readable({'read': lambda n: None, 'highWaterMark': 4})
    r.setEncoding('utf8')
    assert r.push('éé') is True          # 2 characters, 4 bytes
    assert r.readableLength == 2
    assert r.push('éé') is False
    nodehttp.run()
