"""`stream.Readable` (doc: stream.md "Readable streams", "Implementing a readable stream").

Theory of operation (the behaviour of node lib/internal/streams/readable.js):

- Data enters through `push(chunk)` (or `unshift`).  A chunk pushed while the
  stream flows, with an empty buffer, from outside `_read` (`sync` false) and
  with a `'data'` listener is emitted at once; otherwise it is appended to
  `buffer` and `length` grows.  `push` returns false once `length` reaches
  `highWaterMark`: the source should stop until `_read` is called again.
- `read(n)` decides whether to call `_read(highWaterMark)` (buffer below the
  mark, not already reading, not ended), then takes `n` bytes (or one object)
  from the buffer and emits them as `'data'`.  `read(0)` only refills.
- Flowing mode (`'data'` listener, `resume()`, `pipe()`) is a loop of
  `read()` calls started on the next tick (`resume_`), and continued by
  `'readable'`-style wakeups (`emit_readable_`) and by `maybe_read_more`.
- `'readable'` is emitted on a later tick when data is buffered or the
  stream ended; adding a `'readable'` listener switches flowing off.
- `push(None)` marks `ended`; `'end'` is emitted (on a later tick) only once
  `length` is back to zero, then `autoDestroy` destroys the stream.
"""

from collections import deque as _deque
from functools import partial as _partial

from .. import errors as _errors
from .. import process as _process
from ..events import EventEmitter as _EventEmitter
from ..loop import _ticks
from .._util import opts as _opts
from . import destroy as _d
from ._encoding import StringDecoder, decode as _decode, encode as _encode, normalize as _normalize
from .legacy import Stream
from .state import _default_hwm, get_high_water_mark
from .writable import install_hooks

_tick = _ticks.append  # process.nextTick without the argument check
_ee_emit = _EventEmitter.emit

_MAX_HWM = 0x40000000  # 1 GiB: read(n) larger than this is out of range


class ReadableState:
    """The readable side's state (`stream._readableState`), flags named as in Node."""

    __slots__ = (
        'objectMode', 'highWaterMark', 'buffer', 'length', 'pipes', 'flowing', 'ended',
        'endEmitted', 'reading', 'constructed', 'sync', 'needReadable', 'emittedReadable',
        'readableListening', 'resumeScheduled', 'errorEmitted', 'emitClose', 'autoDestroy',
        'destroyed', 'errored', 'closed', 'closeEmitted', 'defaultEncoding',
        'awaitDrainWriters', 'multiAwaitDrain', 'readingMore', 'dataEmitted', 'decoder',
        'encoding', 'paused', 'readable', 'pending_destroy', 'dataListening', 'end_tick',
    )

    def __init__(self, options, stream, is_duplex=False):
        _init_state(self)
        if options:
            # object mode: any value can be pushed; read() returns one value
            self.objectMode = bool(options.get('objectMode') or (is_duplex and options.get('readableObjectMode')))
            # buffer level at which push() starts returning false
            self.highWaterMark = get_high_water_mark(options, 'readableHighWaterMark', is_duplex, self.objectMode)
            self.emitClose = options.get('emitClose') is not False
            self.autoDestroy = options.get('autoDestroy') is not False
            enc = options.get('defaultEncoding')
            if enc is not None and _normalize(enc) is None:
                raise _errors.ERR_UNKNOWN_ENCODING(enc)
            self.defaultEncoding = enc or 'utf8'
            enc = options.get('encoding')
            if enc:
                self.decoder = StringDecoder(enc)
                self.encoding = enc  # as given (Node keeps 'binary'; setEncoding normalizes)


def _init_state(self):
    """A ReadableState's fields as a stream without options has them (the
    constructor's first step; ``_new(ReadableState)`` + this is
    ``ReadableState(None, stream)`` without the class call and its __init__
    frame, for http.IncomingMessage._fast_new)."""
    self.objectMode = False       # object mode: any value can be pushed; read() returns one value
    self.highWaterMark = _default_hwm[0]  # buffer level at which push() starts returning false
    self.buffer = _deque()        # chunks pushed but not yet read
    self.length = 0               # bytes (chars after setEncoding, or objects) in buffer
    self.pipes = []               # pipe() destinations
    self.flowing = None           # None: no consumer yet; True: flowing; False: paused
    self.ended = False            # push(None) was called
    self.endEmitted = False       # 'end' was emitted
    self.reading = False          # _read was called and has not pushed yet
    self.constructed = True       # _construct has completed
    # True while inside _read; a push then is buffered and announced on a
    # later tick.  Starts True so the first push is never emitted in place.
    self.sync = True
    self.needReadable = False     # emit 'readable' when data arrives
    self.emittedReadable = False  # a 'readable' emission is scheduled
    self.readableListening = False  # there is a 'readable' listener
    self.resumeScheduled = False  # resume_ is queued on nextTick
    self.errorEmitted = False     # 'error' was emitted
    self.emitClose = True
    self.autoDestroy = True
    self.destroyed = False        # destroy() was called
    self.errored = None           # first error seen
    self.closed = False           # _destroy has called back
    self.closeEmitted = False     # 'close' was emitted
    self.defaultEncoding = 'utf8'
    self.awaitDrainWriters = None  # pipe destinations we wait 'drain' from
    self.multiAwaitDrain = False  # awaitDrainWriters is a set (several pipes)
    self.readingMore = False      # maybe_read_more_ is queued
    self.dataEmitted = False      # 'data' was emitted at least once
    self.decoder = None           # StringDecoder after setEncoding
    self.encoding = None          # setEncoding's encoding
    self.paused = None            # pause()/resume() was called last (Node's kPaused)
    self.readable = None          # False for a Duplex made with readable=False
    self.pending_destroy = None   # destroy() waiting for _construct
    # a 'data' listener was added (cleared when removeListener leaves none)
    self.dataListening = False
    self.end_tick = None          # the last _end_readable_nt tick queued (see _end_readable)


def _add_chunk_checked(stream, state, chunk, encoding, add_to_front):
    """Node's readableAddChunk: validate, convert, then buffer or emit a chunk."""
    if not state.objectMode:
        t = type(chunk)
        if t is bytes:
            pass
        elif t is str:
            encoding = encoding or state.defaultEncoding
            if state.encoding != encoding:
                if add_to_front and state.encoding:
                    # unshift(str) on a decoding stream keeps it a string.
                    chunk = _decode(_encode(chunk, encoding), state.encoding)
                else:
                    chunk = _encode(chunk, encoding)
                    encoding = ''
        elif chunk is None:
            pass
        elif isinstance(chunk, (bytes, bytearray, memoryview)):
            chunk = bytes(chunk)
        elif isinstance(chunk, str):
            chunk = _encode(str(chunk), encoding or state.defaultEncoding)
        else:
            _d.error_or_destroy(stream, _errors.ERR_INVALID_ARG_TYPE(
                'chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk))
            return False
        if type(chunk) is bytes:
            encoding = ''
    if chunk is None:
        state.reading = False
        _on_eof_chunk(stream, state)
    elif state.objectMode or len(chunk) > 0:
        if add_to_front:
            if state.endEmitted:
                _d.error_or_destroy(stream, _errors.ERR_STREAM_UNSHIFT_AFTER_END_EVENT())
            elif state.destroyed or state.errored:
                return False
            else:
                _add_chunk(stream, state, chunk, True)
        elif state.ended:
            _d.error_or_destroy(stream, _errors.ERR_STREAM_PUSH_AFTER_EOF())
        elif state.destroyed or state.errored:
            return False
        else:
            state.reading = False
            if state.decoder is not None and not encoding:
                chunk = state.decoder.write(chunk)
                if state.objectMode or len(chunk) != 0:
                    _add_chunk(stream, state, chunk, False)
                else:
                    maybe_read_more(stream, state)
            else:
                _add_chunk(stream, state, chunk, False)
    elif not add_to_front:
        state.reading = False
        maybe_read_more(stream, state)
    return not state.ended and (state.length < state.highWaterMark or state.length == 0)


def _add_chunk(stream, state, chunk, add_to_front):
    if state.flowing and state.length == 0 and not state.sync and state.dataListening:
        # Fast path: a flowing stream with nothing buffered hands the chunk
        # straight to the 'data' listeners.
        if state.multiAwaitDrain:
            state.awaitDrainWriters.clear()
        else:
            state.awaitDrainWriters = None
        state.dataEmitted = True
        stream.emit('data', chunk)
    else:
        state.length += 1 if state.objectMode else len(chunk)
        if add_to_front:
            state.buffer.appendleft(chunk)
        else:
            state.buffer.append(chunk)
        if state.needReadable:
            emit_readable(stream)
    maybe_read_more(stream, state)


def _on_eof_chunk(stream, state):
    if state.ended:
        return
    if state.decoder is not None:
        chunk = state.decoder.end()
        if chunk:
            state.buffer.append(chunk)
            state.length += 1 if state.objectMode else len(chunk)
    state.ended = True
    if state.sync:
        # EOF from inside _read: announce it on a later tick.
        emit_readable(stream)
    else:
        state.needReadable = False
        state.emittedReadable = True
        _emit_readable_(stream)


def emit_readable(stream):
    state = stream._readableState
    state.needReadable = False
    if not state.emittedReadable:
        state.emittedReadable = True
        _tick(_partial(_emit_readable_, stream))


def _emit_readable_(stream):
    state = stream._readableState
    if not state.destroyed and not state.errored and (state.length or state.ended):
        if type(stream).emit is not _ee_emit or stream._events.get('readable') is not None:
            # (EventEmitter.emit of an event nobody listens to does nothing:
            # skipped, as it mostly is for 'readable' in flowing mode)
            stream.emit('readable')
        state.emittedReadable = False
    # Only ever set here, never cleared (Node 24 ORs the flag in).
    if not state.flowing and not state.ended and state.length <= state.highWaterMark:
        state.needReadable = True
    _flow(stream)


def maybe_read_more(stream, state):
    """Refill the buffer up to highWaterMark on a later tick."""
    # Not while a _read is outstanding (Node 24; matters for unshift()).
    if not state.readingMore and not state.reading and state.constructed:
        state.readingMore = True
        _tick(_partial(_maybe_read_more_, stream, state))


def _maybe_read_more_(stream, state):
    # Keep calling _read while it pushes synchronously and the buffer is below
    # the mark (or flowing and empty); stop when a read adds nothing.
    while (not state.reading and not state.ended
           and (state.length < state.highWaterMark or (state.flowing and state.length == 0))):
        n = state.length
        stream.read(0)
        if n == state.length:
            break
    state.readingMore = False


def _how_much_to_read(n, state):
    # n is None for read() without a size (JS NaN).
    if n is not None and n <= 0:
        return 0
    if state.length == 0 and state.ended:
        return 0
    if state.objectMode:
        return 1
    if n is None:
        if state.flowing and state.length:
            return len(state.buffer[0])
        return state.length
    if n <= state.length:
        return n
    return state.length if state.ended else 0


def _from_list(n, state):
    """Take n bytes/chars (or one object) from the head of the buffer."""
    if state.length == 0:
        return None
    buf = state.buffer
    if state.objectMode:
        # (empty only after setEncoding() on an object-mode stream, where Node
        # hands out `undefined`; there is no Python counterpart)
        return buf.popleft() if buf else None
    if not n or n >= state.length:
        if len(buf) == 1:
            ret = buf[0]
        elif state.decoder is not None:
            ret = ''.join(buf)
        else:
            ret = b''.join(buf)
        buf.clear()
        return ret
    first = buf[0]
    if n < len(first):
        buf[0] = first[n:]
        return first[:n]
    if n == len(first):
        return buf.popleft()
    parts = []
    while n > 0:
        first = buf[0]
        if len(first) <= n:
            parts.append(buf.popleft())
            n -= len(first)
        else:
            parts.append(first[:n])
            buf[0] = first[n:]
            n = 0
    return ('' if state.decoder is not None else b'').join(parts)


def _end_readable(stream):
    state = stream._readableState
    if not state.endEmitted:
        state.ended = True
        tick = state.end_tick
        if tick is not None and _ticks and _ticks[-1] is tick:
            # The tick queued last is this stream's own end tick: a second one
            # would run right after it, with nothing in between, and see the
            # state it leaves ('end' emitted, or nothing changed), i.e. do
            # nothing.  (flow/read(0) calls this several times per stream.)
            return
        state.end_tick = tick = _partial(_end_readable_nt, state, stream)
        _tick(tick)


def _end_readable_nt(state, stream):
    state.end_tick = None  # (the partial refers to state: no cycle left behind)
    if not state.errored and not state.closeEmitted and not state.endEmitted and state.length == 0:
        state.endEmitted = True
        stream.emit('end')
        w = stream._writableState
        if w is not None and stream.writable and getattr(stream, 'allowHalfOpen', True) is False:
            # allowHalfOpen false: the readable side ending ends the writable side.
            _process.nextTick(_end_writable_nt, stream)
        elif state.autoDestroy:
            if w is None or (w.autoDestroy and (w.finished or w.writable is False)):
                stream.destroy()


def _end_writable_nt(stream):
    # Still writable now (an error or end() may have come in between)?
    if stream.writable and not stream.writableEnded and not stream.destroyed:
        stream.end()


def _read_last_chunk(stream, state):
    """read() of an ended stream's one buffered chunk (no decoder, not in
    object mode): what the full path does for it -- take it all, queue the
    end, emit 'data' -- returning the chunk."""
    state.emittedReadable = False
    ret = state.buffer.popleft()
    state.length -= len(ret)
    if state.multiAwaitDrain:
        state.awaitDrainWriters.clear()
    else:
        state.awaitDrainWriters = None
    _end_readable(stream)
    if not state.errorEmitted and not state.closeEmitted:
        state.dataEmitted = True
        stream.emit('data', ret)
    return ret


def _flow(stream):
    state = stream._readableState
    if type(stream).read is _own_read:
        while state.flowing:
            if state.ended:
                if not state.length:
                    # read() at the end with nothing buffered returns None
                    # at once: its first lines, inlined (every message read
                    # to its end comes here, often after its last chunk)
                    state.emittedReadable = False
                    if not state.endEmitted:
                        tick = state.end_tick
                        if tick is None or not _ticks or _ticks[-1] is not tick:
                            _end_readable(stream)
                    return
                buf = state.buffer
                if len(buf) == 1 and state.decoder is None and not state.objectMode:
                    # read() of the one chunk left (read's shortcut for it,
                    # without read's other checks: a message whose body came
                    # with its end); it returns the chunk, so the loop goes on
                    _read_last_chunk(stream, state)
                    continue
            if stream.read() is None:
                return
        return
    while state.flowing and stream.read() is not None:
        pass


def _resume_(stream, state):
    own = state.ended and type(stream).read is _own_read   # (read()'s shortcuts apply)
    if own and not state.length and not state.reading:
        # A stream at its end with nothing buffered (a dumped bodyless
        # request): read(0) there only makes sure the end tick is queued.
        if not state.endEmitted:
            tick = state.end_tick
            if tick is None or not _ticks or _ticks[-1] is not tick:
                _end_readable(stream)
        state.resumeScheduled = False
        if type(stream).emit is not _ee_emit or stream._events.get('resume') is not None:
            # (EventEmitter.emit of an event nobody listens to does nothing)
            stream.emit('resume')
        if state.ended and not state.length and type(stream).read is _own_read:
            # _flow's read() and the read(0) after it, for the same state:
            # (a 'resume' listener may have paused it: then neither runs)
            if state.flowing:
                state.emittedReadable = False
                if not state.endEmitted:
                    tick = state.end_tick
                    if tick is None or not _ticks or _ticks[-1] is not tick:
                        _end_readable(stream)
            return
        _flow(stream)
        if state.flowing and not state.reading:
            stream.read(0)
        return
    if not state.reading:
        if own and not state.needReadable:
            # read(0) of an ended stream with data buffered and nothing to
            # announce returns None at once (read's shortcut), inlined
            pass
        else:
            stream.read(0)
    state.resumeScheduled = False
    if type(stream).emit is not _ee_emit or stream._events.get('resume') is not None:
        # (EventEmitter.emit of an event nobody listens to does nothing)
        stream.emit('resume')
    _flow(stream)
    if state.flowing and not state.reading:
        if state.ended and not state.length and type(stream).read is _own_read:
            # read(0) at the end with nothing buffered (read's first lines,
            # inlined): it only makes sure the end tick is queued
            if not state.endEmitted:
                tick = state.end_tick
                if tick is None or not _ticks or _ticks[-1] is not tick:
                    _end_readable(stream)
        else:
            stream.read(0)


def _n_reading_next_tick(stream):
    stream.read(0)


def _update_readable_listening(stream):
    state = stream._readableState
    state.readableListening = stream.listenerCount('readable') > 0
    if state.resumeScheduled and state.paused is False:
        # a resume() is pending: flowing again (the 'readable' listener is gone)
        state.flowing = True
    elif state.dataListening:
        stream.resume()
    elif not state.readableListening:
        state.flowing = None


def _after_construct(stream):
    state = stream._readableState
    if state.needReadable:
        maybe_read_more(stream, state)


def _make_after_construct(stream):
    return lambda: _after_construct(stream)


class Readable(Stream):
    """`stream.Readable` (stream.md "Class: stream.Readable")."""

    _construct = None

    def __init__(self, options=None, **kwargs):
        options = _opts(options, kwargs) if kwargs else (options or {})
        self._readableState = ReadableState(options, self, False)
        install_hooks(self, options, READABLE_HOOKS)
        Stream.__init__(self, options)
        if self._construct is not None:
            _d.construct(self, _make_after_construct(self))

    # -- producer side ----------------------------------------------------
    def push(self, chunk, encoding=None):
        """`readable.push(chunk[, encoding])`."""
        state = self._readableState
        if (type(chunk) is bytes and chunk and not state.objectMode and state.decoder is None
                and not state.ended and not state.destroyed and not state.errored):
            # the hot path (a socket's data): same steps as _add_chunk_checked
            state.reading = False
            _add_chunk(self, state, chunk, False)
            return not state.ended and (state.length < state.highWaterMark or state.length == 0)
        if chunk is None:
            # EOF: _add_chunk_checked's first step for it
            state.reading = False
            _on_eof_chunk(self, state)
            return False
        return _add_chunk_checked(self, state, chunk, encoding, False)

    def unshift(self, chunk, encoding=None):
        """`readable.unshift(chunk[, encoding])`."""
        return _add_chunk_checked(self, self._readableState, chunk, encoding, True)

    def _read(self, n):
        raise _errors.ERR_METHOD_NOT_IMPLEMENTED('_read()')

    def _destroy(self, err, cb):
        cb(err)

    destroy = _d.destroy
    _undestroy = _d.undestroy

    # -- consumer side ----------------------------------------------------
    def read(self, n=None):
        """`readable.read([size])`."""
        state = self._readableState
        if state.ended and state.length == 0 and (n is None or (n.__class__ is int and n == 0)):
            # Nothing left (the end of every message): what the full path
            # below does for read() and read(0) here.
            if n is None:
                state.emittedReadable = False
            if not state.endEmitted:
                tick = state.end_tick
                if tick is None or not _ticks or _ticks[-1] is not tick:
                    _end_readable(self)
            return None
        if state.ended:
            # Ended with data buffered (a message whose body came with its end).
            if n is None:
                buf = state.buffer
                if len(buf) == 1 and state.decoder is None and not state.objectMode:
                    # read() of the one chunk left: the full path below
                    # takes all of it (_how_much_to_read, _from_list), does
                    # not call _read (ended) and queues the end.
                    return _read_last_chunk(self, state)
            elif n.__class__ is int and n == 0 and not state.needReadable:
                # read(0): nothing to announce, nothing to read (the full
                # path returns at "n == 0 and state.ended").
                return None
        if n is not None and type(n) is not int:
            n = _parse_int(n)
        n_orig = n
        if n is not None and n > state.highWaterMark:
            state.highWaterMark = _compute_new_high_water_mark(n)
        if n != 0:
            state.emittedReadable = False
        # read(0) with enough buffered (or ended) only announces 'readable'/'end'.
        if n == 0 and state.needReadable and (
                (state.length >= state.highWaterMark if state.highWaterMark != 0 else state.length > 0)
                or state.ended):
            if state.length == 0 and state.ended:
                _end_readable(self)
            else:
                emit_readable(self)
            return None
        n = _how_much_to_read(n, state)
        if n == 0 and state.ended:
            if state.length == 0:
                _end_readable(self)
            return None
        do_read = state.needReadable
        if state.length == 0 or state.length - n < state.highWaterMark:
            do_read = True
        if state.ended or state.reading or state.destroyed or state.errored or not state.constructed:
            do_read = False
        elif do_read:
            state.reading = True
            state.sync = True
            if state.length == 0:
                state.needReadable = True
            try:
                self._read(state.highWaterMark)
            except Exception as e:
                _d.error_or_destroy(self, e)
            state.sync = False
            # _read pushed synchronously: recompute how much can be returned.
            if not state.reading:
                n = _how_much_to_read(n_orig, state)
        ret = _from_list(n, state) if n > 0 else None
        if ret is None:
            if state.length <= state.highWaterMark:
                state.needReadable = True
            n = 0
        else:
            state.length -= n
            if state.multiAwaitDrain:
                state.awaitDrainWriters.clear()
            else:
                state.awaitDrainWriters = None
        if state.length == 0:
            if not state.ended:
                state.needReadable = True
            if n_orig != n and state.ended:
                _end_readable(self)
        if ret is not None and not state.errorEmitted and not state.closeEmitted:
            state.dataEmitted = True
            self.emit('data', ret)
        return ret

    def setEncoding(self, enc):
        """`readable.setEncoding(encoding)`: buffered bytes are decoded too."""
        # DEVIATION: lengths of decoded text (readableLength, read(n)) count
        # Python code points; JS counts UTF-16 code units, so a character
        # outside the BMP counts 2 in Node and 1 here.
        state = self._readableState
        decoder = StringDecoder(enc)
        state.decoder = decoder
        state.encoding = decoder.encoding
        content = ''.join(decoder.write(data) if type(data) is not str else data
                          for data in state.buffer)
        state.buffer.clear()
        if content:
            state.buffer.append(content)
        state.length = len(content)
        return self

    def on(self, ev, fn):
        res = Stream.on(self, ev, fn)
        if ev == 'data' or ev == 'readable':
            self._listener_added(ev)
        return res

    def once(self, ev, fn):
        # Node's once() goes through this.on(), so once('data') also starts
        # flowing; the core EventEmitter adds the wrapper directly.
        res = Stream.once(self, ev, fn)
        if ev == 'data' or ev == 'readable':
            self._listener_added(ev)
        return res

    def _listener_added(self, ev):
        state = self._readableState
        if ev == 'data':
            state.dataListening = True
            # Update readableListening so that resume() may be a no-op
            # (supports once('readable')).
            if self.listenerCount('readable') > 0:
                state.readableListening = True
            # A 'data' listener starts flowing unless pause() was called explicitly.
            if state.flowing is not False:
                self.resume()
        elif not state.endEmitted and not state.readableListening:
            # A 'readable' listener stops flowing; data is pulled with read().
            state.readableListening = state.needReadable = True
            state.flowing = False
            state.emittedReadable = False
            if state.length:
                emit_readable(self)
            elif not state.reading:
                _process.nextTick(_n_reading_next_tick, self)

    addListener = on

    def removeListener(self, ev, fn):
        res = Stream.removeListener(self, ev, fn)
        if ev == 'readable':
            # Re-evaluated on the next tick so once('readable') cycles work.
            _process.nextTick(_update_readable_listening, self)
        elif ev == 'data' and self.listenerCount('data') == 0:
            self._readableState.dataListening = False
        return res

    off = removeListener

    def removeAllListeners(self, ev=None):
        res = Stream.removeAllListeners(self, ev) if ev is not None else Stream.removeAllListeners(self)
        if ev == 'readable' or ev is None:
            _process.nextTick(_update_readable_listening, self)
        return res

    def resume(self):
        """`readable.resume()`."""
        state = self._readableState
        if not state.flowing:
            # With a 'readable' listener, resume() has no effect on flowing.
            state.flowing = not state.readableListening
            if not state.resumeScheduled:
                state.resumeScheduled = True
                _tick(_partial(_resume_, self, state))
        state.paused = False
        return self

    def pause(self):
        """`readable.pause()`."""
        state = self._readableState
        if state.flowing is not False:
            state.flowing = False
            self.emit('pause')
        state.paused = True
        return self

    def iterator(self, options=None, **kwargs):
        """readable.iterator([options]): a hand-driven async iterator (stream/iterator.py)."""
        from .iterator import iterator
        return iterator(self, options, **kwargs)

    def asyncIterator(self):
        """readable[Symbol.asyncIterator](): iterator() with destroyOnReturn true."""
        from .iterator import iterator
        return iterator(self)

    def asyncDispose(self):
        """readable[Symbol.asyncDispose](): destroy (AbortError unless ended); a Thenable."""
        from .iterator import readable_async_dispose
        return readable_async_dispose(self)

    def isPaused(self):
        """`readable.isPaused()`."""
        state = self._readableState
        return state.paused is True or state.flowing is False

    def unpipe(self, dest=None):
        """`readable.unpipe([destination])`."""
        state = self._readableState
        if not state.pipes:
            return self
        if dest is None:
            dests = state.pipes
            state.pipes = []
            self.pause()
            for d in dests:
                d.emit('unpipe', self, {'hasUnpiped': False})
            return self
        try:
            index = state.pipes.index(dest)
        except ValueError:
            return self
        del state.pipes[index]
        if not state.pipes:
            self.pause()
        dest.emit('unpipe', self, {'hasUnpiped': False})
        return self

    def pipe(self, dest, pipeOpts=None):
        """`readable.pipe(destination[, options])`."""
        return _pipe(self, dest, pipeOpts)

    def wrap(self, stream):
        """`readable.wrap(stream)`: read from an old-style stream."""
        paused = [False]

        def ondata(chunk):
            if not self.push(chunk) and callable(getattr(stream, 'pause', None)):
                paused[0] = True
                stream.pause()

        def onerror(err):
            _d.error_or_destroy(self, err)

        stream.on('data', ondata)
        stream.on('end', lambda: self.push(None))
        stream.on('error', onerror)
        stream.on('close', lambda: self.destroy())
        stream.on('destroy', lambda: self.destroy())

        def _read(n=None):
            if paused[0] and callable(getattr(stream, 'resume', None)):
                paused[0] = False
                stream.resume()

        self._read = _read
        return self

    # -- properties (stream.md "readable.*") --------------------------------
    @property
    def readable(self):
        r = self._readableState
        return bool(r is not None and r.readable is not False and not r.destroyed
                    and not r.errorEmitted and not r.endEmitted)

    @readable.setter
    def readable(self, val):
        if self._readableState is not None:
            self._readableState.readable = bool(val)

    @property
    def readableDidRead(self):
        return self._readableState.dataEmitted

    @property
    def readableAborted(self):
        r = self._readableState
        return bool(r.readable is not False and (r.destroyed or r.errored) and not r.endEmitted)

    @property
    def readableHighWaterMark(self):
        return self._readableState.highWaterMark

    @property
    def readableBuffer(self):
        r = self._readableState
        return r.buffer if r is not None else None

    @property
    def readableFlowing(self):
        return self._readableState.flowing

    @readableFlowing.setter
    def readableFlowing(self, state):
        if self._readableState is not None:
            self._readableState.flowing = state

    @property
    def readableLength(self):
        return self._readableState.length

    @property
    def readableObjectMode(self):
        r = self._readableState
        return r.objectMode if r is not None else False

    @property
    def readableEncoding(self):
        r = self._readableState
        return r.encoding if r is not None else None

    @property
    def errored(self):
        r = self._readableState
        return r.errored if r is not None else None

    @property
    def closed(self):
        r = self._readableState
        return r.closed if r is not None else False

    @property
    def destroyed(self):
        r = self._readableState
        return r.destroyed if r is not None else False

    @destroyed.setter
    def destroyed(self, value):
        if self._readableState is not None:
            self._readableState.destroyed = value

    @property
    def readableEnded(self):
        r = self._readableState
        return r.endEmitted if r is not None else False

    # -- static -------------------------------------------------------------
    @staticmethod
    def from_(iterable, options=None, **kwargs):
        """`stream.Readable.from(iterable[, options])` (objectMode unless told otherwise)."""
        from .from_ import from_iterable
        return from_iterable(Readable, iterable, _opts(options, kwargs) if kwargs else options)

    @staticmethod
    def isDisturbed(stream):
        """`stream.Readable.isDisturbed(stream)`."""
        from ._utils import is_disturbed
        return is_disturbed(stream)


setattr(Readable, 'from', Readable.from_)


def _install_operators():
    from .operators import OPERATORS
    for name, fn in OPERATORS.items():
        setattr(Readable, name, fn)


_install_operators()

READABLE_HOOKS = ('read', 'destroy', 'construct')


def _parse_int(n):
    # JS: Number.isInteger(n) ? n : parseInt(n, 10); NaN becomes None.
    if isinstance(n, bool):
        return None
    if isinstance(n, float):
        if n != n or n in (float('inf'), float('-inf')):
            return None
        return int(n)
    try:
        return int(str(n).strip().split('.')[0])
    except ValueError:
        return None


def _compute_new_high_water_mark(n):
    if n > _MAX_HWM:
        raise _errors.ERR_OUT_OF_RANGE('size', '<= 1GiB', n)
    # next power of 2, so that repeated larger reads do not grow it each time
    n -= 1
    n |= n >> 1
    n |= n >> 2
    n |= n >> 4
    n |= n >> 8
    n |= n >> 16
    return n + 1


# -- pipe ------------------------------------------------------------------

def _pipe(src, dest, pipe_opts):
    state = src._readableState
    if len(state.pipes) == 1 and not state.multiAwaitDrain:
        # A second destination: track 'drain' from each in a set.
        state.multiAwaitDrain = True
        state.awaitDrainWriters = set([state.awaitDrainWriters] if state.awaitDrainWriters is not None else [])
    state.pipes.append(dest)
    do_end = (not pipe_opts or pipe_opts.get('end') is not False) and not getattr(dest, '_isStdio', False)
    ctx = {'ondrain': None, 'cleaned_up': False}

    def onend():
        dest.end()

    def unpipe():
        src.unpipe(dest)

    end_fn = onend if do_end else unpipe
    if state.endEmitted:
        _process.nextTick(end_fn)
    else:
        src.once('end', end_fn)

    def onunpipe(readable, unpipe_info=None):
        if readable is src:
            if unpipe_info is not None and unpipe_info.get('hasUnpiped') is False:
                unpipe_info['hasUnpiped'] = True
                cleanup()

    dest.on('unpipe', onunpipe)

    def cleanup():
        dest.removeListener('close', onclose)
        dest.removeListener('finish', onfinish)
        ondrain = ctx['ondrain']
        if ondrain is not None:
            dest.removeListener('drain', ondrain)
        dest.removeListener('error', onerror)
        dest.removeListener('unpipe', onunpipe)
        src.removeListener('end', onend)
        src.removeListener('end', unpipe)
        src.removeListener('data', ondata)
        ctx['cleaned_up'] = True
        # If we were waiting for this destination's 'drain', stop waiting.
        w = dest._writableState if hasattr(dest, '_writableState') else None
        if ondrain is not None and state.awaitDrainWriters is not None and (w is None or w.needDrain):
            ondrain()

    def pause():
        if not ctx['cleaned_up']:
            if len(state.pipes) == 1 and state.pipes[0] is dest:
                state.awaitDrainWriters = dest
                state.multiAwaitDrain = False
            elif len(state.pipes) > 1 and dest in state.pipes:
                state.awaitDrainWriters.add(dest)
            src.pause()
        if ctx['ondrain'] is None:
            ctx['ondrain'] = _pipe_on_drain(src, dest)
            dest.on('drain', ctx['ondrain'])

    def ondata(chunk):
        ret = dest.write(chunk)
        if ret is False:
            pause()

    src.on('data', ondata)

    def onerror(er):
        unpipe()
        dest.removeListener('error', onerror)
        if dest.listenerCount('error') == 0:
            s = getattr(dest, '_writableState', None) or getattr(dest, '_readableState', None)
            if s is not None and not s.errorEmitted:
                _d.error_or_destroy(dest, er)
            else:
                dest.emit('error', er)

    dest.prependListener('error', onerror)

    def onclose():
        dest.removeListener('finish', onfinish)
        unpipe()

    dest.once('close', onclose)

    def onfinish():
        dest.removeListener('close', onclose)
        unpipe()

    dest.once('finish', onfinish)
    dest.emit('pipe', src)
    if getattr(dest, 'writableNeedDrain', None) is True:
        pause()
    elif not state.flowing:
        src.resume()
    return dest


def _pipe_on_drain(src, dest):
    def ondrain():
        state = src._readableState
        if state.awaitDrainWriters is dest:
            state.awaitDrainWriters = None
        elif state.multiAwaitDrain:
            state.awaitDrainWriters.discard(dest)
        if (not state.awaitDrainWriters) and state.dataListening:
            src.resume()
    return ondrain


_own_read = Readable.read
