"""`stream.Writable` (doc: stream.md "Writable streams", "Implementing a writable stream").

Theory of operation (the behaviour of node lib/internal/streams/writable.js):

- `write()` counts the chunk into `length` at once and returns
  `length < highWaterMark`.  If nothing is being written (and the stream is
  not corked, errored or still constructing) the chunk goes straight to
  `_write(chunk, encoding, onwrite)`; otherwise it waits in `buffered`.
- `onwrite` (a `partial(_onwrite, stream)` made per `_write` call, so the state holds no
  cycle back to its stream) is the callback `_write` calls.  When
  `_write` calls back synchronously, the user's callback and `'drain'` are
  deferred to the next tick (consecutive synchronous completions share one
  tick); when it calls back later they run at once.  The buffer is flushed
  first, as one `_writev` when there is one and more than one chunk waits.
- `'drain'` fires when a write that returned false has been flushed down to
  `length == 0`, unless the stream is ending or destroyed.
- `end()` sets `ending`; once nothing is pending, `_final` runs (if any),
  `'prefinish'` fires, and `'finish'` follows on a later tick, after which
  `autoDestroy` destroys the stream (`'close'` on the tick after that).
"""

from inspect import CO_VARARGS as _CO_VARARGS
from types import FunctionType as _FunctionType, MethodType as _MethodType
from functools import partial as _partial

from .. import errors as _errors
from .. import process as _process
from .._util import fit as _fit, opts as _opts
from . import destroy as _d
from ._encoding import encode as _encode, normalize as _normalize
from .legacy import Stream
from .state import get_high_water_mark


def _nop(*args):
    pass


try:
    from .._util import arity as _arity
except ImportError:  # older core without arity(): always wrap
    _arity = None


# Functions whose bound methods take a callback's one argument as they are
# (fit_n(m, 1) returns m): callers on hot paths look here first.
FITS_ONE = set()


def fit_n(fn, nargs):
    """`fit(fn)`, without the wrapper when `fn` already takes `nargs` arguments."""
    t = type(fn)
    if t is _MethodType:
        # the common case (a bound method: http's res._on_finish), as arity()
        f = fn.__func__
        if type(f) is _FunctionType:
            code = f.__code__
            if code.co_flags & _CO_VARARGS or code.co_argcount - 1 >= nargs:
                if nargs == 1 and len(FITS_ONE) < 256:
                    FITS_ONE.add(f)
                return fn
            return _fit(fn)
    elif t is _FunctionType:
        code = fn.__code__
        if code.co_flags & _CO_VARARGS or code.co_argcount >= nargs:
            return fn
        return _fit(fn)
    if _arity is not None:
        n = _arity(fn)
        if n is None or n >= nargs:
            return fn
    return _fit(fn)


class WritableState:
    """The writable side's state (`stream._writableState`), flags named as in Node."""

    __slots__ = (
        'objectMode', 'highWaterMark', 'finalCalled', 'needDrain', 'ending', 'ended',
        'finished', 'destroyed', 'decodeStrings', 'defaultEncoding', 'length', 'writing',
        'corked', 'sync', 'bufferProcessing', 'writecb', 'writelen',
        'afterWriteTickInfo', 'buffered', 'bufferedIndex', 'allBuffers', 'allNoop',
        'pendingcb', 'constructed', 'prefinished', 'errorEmitted', 'emitClose',
        'autoDestroy', 'errored', 'closed', 'closeEmitted', 'writable', 'onFinished',
        'pending_destroy', 'afterWritePending',
    )

    def __init__(self, options, stream, is_duplex=False):
        options = options or {}
        # object mode: write() takes any value, each counts as 1 toward highWaterMark
        self.objectMode = bool(options.get('objectMode') or (is_duplex and options.get('writableObjectMode')))
        # buffer level at which write() starts returning false
        self.highWaterMark = get_high_water_mark(options, 'writableHighWaterMark', is_duplex, self.objectMode)
        self.finalCalled = False      # _final has been called
        self.needDrain = False        # a write returned false: emit 'drain' once flushed
        self.ending = False           # end() was called
        self.ended = False            # end() has returned
        self.finished = False         # 'finish' was emitted
        self.destroyed = False        # destroy() was called
        self.decodeStrings = options.get('decodeStrings') is not False
        enc = options.get('defaultEncoding')
        if enc:
            if _normalize(enc) is None:
                raise _errors.ERR_UNKNOWN_ENCODING(enc)
        else:
            enc = 'utf8'
        self.defaultEncoding = enc    # encoding of write(str) without an encoding
        self.length = 0               # bytes (or objects) written but not yet acknowledged
        self.writing = False          # a _write/_writev is in progress
        self.corked = 0               # cork() depth
        self.sync = True              # inside the _write call (its callback was synchronous)
        self.bufferProcessing = False  # clear_buffer is running
        self.writecb = None           # user callback of the chunk being written
        self.writelen = 0             # length of the chunk being written
        self.afterWriteTickInfo = None  # pending deferred after_write (batched per tick)
        self.afterWritePending = False  # an after_write is queued on nextTick
        self.buffered = []            # waiting writes: (chunk, encoding, callback)
        self.bufferedIndex = 0        # first live entry of buffered
        self.allBuffers = True        # every buffered chunk is bytes
        self.allNoop = True           # no buffered write has a user callback
        self.pendingcb = 0            # callbacks not yet called ('finish' waits for 0)
        self.constructed = True       # _construct has completed
        self.prefinished = False      # 'prefinish' was emitted
        self.errorEmitted = False     # 'error' was emitted
        self.emitClose = options.get('emitClose') is not False
        self.autoDestroy = options.get('autoDestroy') is not False
        self.errored = None           # first error seen
        self.closed = False           # _destroy has called back
        self.closeEmitted = False     # 'close' was emitted
        self.writable = None          # False for a Duplex made with writable=False
        self.onFinished = []          # end() callbacks waiting for 'finish'
        self.pending_destroy = None   # destroy() waiting for _construct

    def getBuffer(self):
        return [e[0] for e in self.buffered[self.bufferedIndex:]]

    @property
    def bufferedRequestCount(self):
        return len(self.buffered) - self.bufferedIndex


class WritevChunks(list):
    """The list handed to `_writev`: `{'chunk', 'encoding'}` dicts, plus Node's
    `allBuffers` flag (true when every chunk is bytes; net.Socket uses it)."""

    __slots__ = ('allBuffers',)


def _reset_buffer(state):
    state.buffered = []
    state.bufferedIndex = 0
    state.allBuffers = True
    state.allNoop = True


def _check_chunk(state, chunk, encoding):
    """Validate and convert a chunk; returns (chunk, encoding, length)."""
    if chunk is None:
        raise _errors.ERR_STREAM_NULL_VALUES()
    if state.objectMode:
        return chunk, encoding, 1
    t = type(chunk)
    if t is bytes:
        return chunk, 'buffer', len(chunk)
    if t is str:
        if state.decodeStrings:
            chunk = _encode(chunk, encoding)
            return chunk, 'buffer', len(chunk)
        return chunk, encoding, len(chunk)
    if isinstance(chunk, (bytearray, memoryview)):
        chunk = bytes(chunk)
        return chunk, 'buffer', len(chunk)
    if isinstance(chunk, bytes):
        return chunk, 'buffer', len(chunk)
    if isinstance(chunk, str):
        return _check_chunk(state, str(chunk), encoding)
    raise _errors.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'TypedArray', 'DataView'], chunk)


def _do_write_call(stream, state, chunk, encoding, cb):
    """Node's `_write(stream, chunk, encoding, cb)`: True/False, or the error."""
    if type(chunk) is bytes and not state.objectMode:
        # the hot path: bytes need no conversion
        if encoding is not None and encoding != 'buffer' and _normalize(encoding) is None:
            raise _errors.ERR_UNKNOWN_ENCODING(encoding)
        encoding = 'buffer'
        n = len(chunk)
    elif chunk is None:
        raise _errors.ERR_STREAM_NULL_VALUES()
    elif state.objectMode:
        # object mode: any value, the encoding is passed through unchecked
        n = 1
    else:
        if encoding is None:
            encoding = state.defaultEncoding
        elif encoding != 'buffer' and _normalize(encoding) is None:
            raise _errors.ERR_UNKNOWN_ENCODING(encoding)
        chunk, encoding, n = _check_chunk(state, chunk, encoding)
    if state.ending:
        err = _errors.ERR_STREAM_WRITE_AFTER_END()
    elif state.destroyed:
        err = _errors.ERR_STREAM_DESTROYED('write')
    else:
        state.pendingcb += 1
        # writeOrBuffer
        state.length += n
        if state.writing or state.corked or state.errored or not state.constructed:
            state.buffered.append((chunk, encoding, cb))
            if encoding != 'buffer':
                state.allBuffers = False
            if cb is not _nop:
                state.allNoop = False
        else:
            state.writelen = n
            state.writecb = cb
            state.writing = True
            state.sync = True
            stream._write(chunk, encoding, _partial(_onwrite, stream))
            state.sync = False
        # Measured after _write: a chunk written (and called back)
        # synchronously no longer counts; an empty buffer is always below
        # the mark, even highWaterMark 0 (Node 24).
        ret = state.length < state.highWaterMark or state.length == 0
        if not ret:
            state.needDrain = True
        return ret and not state.errored and not state.destroyed
    _process.nextTick(cb, err)
    _d.error_or_destroy(stream, err, True)
    return err


def _onwrite(stream, er=None):
    state = stream._writableState
    sync = state.sync
    cb = state.writecb
    if cb is None:
        _d.error_or_destroy(stream, _errors.ERR_MULTIPLE_CALLBACK())
        return
    state.writing = False
    state.writecb = None
    state.length -= state.writelen
    state.writelen = 0
    if er:
        if not state.errored:
            state.errored = er
        r = stream._readableState
        if r is not None and not r.errored:
            r.errored = er
        if sync:
            _process.nextTick(_onwrite_error, stream, state, er, cb)
        else:
            _onwrite_error(stream, state, er, cb)
    else:
        if len(state.buffered) > state.bufferedIndex:
            clear_buffer(stream, state)
        if sync:
            # A synchronous completion defers the user callback (and 'drain')
            # to the next tick.  Node 24 skips the tick when there is nothing
            # to do in it, and its check also reads the objectMode bit, so
            # object-mode streams always defer.  Callback-less writes share one
            # pending after_write; repeated identical callbacks share a count.
            need_tick = ((state.needDrain and state.length == 0) or state.objectMode
                         or cb is not _nop)
            if cb is _nop:
                if not state.afterWritePending and need_tick:
                    state.afterWritePending = True
                    _process.nextTick(_after_write, stream, state, 1, cb)
                else:
                    state.pendingcb -= 1
                    if state.ending:
                        finish_maybe(stream, state, True)
                return
            info = state.afterWriteTickInfo
            if info is not None and info[3] is cb:
                info[2] += 1
            else:
                info = [stream, state, 1, cb]
                state.afterWriteTickInfo = info
                state.afterWritePending = True
                _process.nextTick(_after_write_tick, info)
        else:
            _after_write(stream, state, 1, cb)


def _onwrite_error(stream, state, er, cb):
    state.pendingcb -= 1
    cb(er)
    _error_buffer(state)
    _d.error_or_destroy(stream, er)


def _after_write_tick(info):
    stream, state, count, cb = info
    state.afterWriteTickInfo = None
    if count == 1 and not state.needDrain and not state.destroyed and not state.ending \
            and cb is not _nop:
        # _after_write for one write with nothing else to do (inlined)
        state.afterWritePending = False
        state.pendingcb -= 1
        cb(None)
        if state.destroyed:
            _error_buffer(state)
        if state.ending:
            finish_maybe(stream, state, True)
        return
    _after_write(stream, state, count, cb)


def _after_write(stream, state, count, cb):
    state.afterWritePending = False
    if state.needDrain and not state.ending and not state.destroyed and state.length == 0:
        state.needDrain = False
        stream.emit('drain')
    if cb is _nop:
        state.pendingcb -= count
    else:
        while count > 0:
            count -= 1
            state.pendingcb -= 1
            cb(None)
    if state.destroyed:
        _error_buffer(state)
    if state.ending:
        finish_maybe(stream, state, True)


def _error_buffer(state):
    """Fail every buffered write and pending end() callback (after destroy or error)."""
    if state.writing:
        return
    buffered = state.buffered
    for n in range(state.bufferedIndex, len(buffered)):
        chunk, _enc, callback = buffered[n]
        state.length -= 1 if state.objectMode else len(chunk)
        callback(state.errored or _errors.ERR_STREAM_DESTROYED('write'))
    cbs = state.onFinished
    state.onFinished = []
    for cb in cbs:
        cb(state.errored or _errors.ERR_STREAM_DESTROYED('end'))
    _reset_buffer(state)


def _do_write(stream, state, writev, n, chunk, encoding, cb):
    state.writelen = n
    state.writecb = cb
    state.writing = True
    state.sync = True
    if state.destroyed:
        _onwrite(stream, _errors.ERR_STREAM_DESTROYED('write'))
    elif writev:
        stream._writev(chunk, _partial(_onwrite, stream))
    else:
        stream._write(chunk, encoding, _partial(_onwrite, stream))
    state.sync = False


def clear_buffer(stream, state):
    """Flush buffered writes: one _writev for several, else _write one at a time."""
    if state.corked or state.bufferProcessing or state.destroyed or not state.constructed:
        return
    buffered = state.buffered
    i = state.bufferedIndex
    count = len(buffered) - i
    if not count:
        return
    state.bufferProcessing = True
    if count > 1 and stream._writev is not None:
        state.pendingcb -= count - 1
        entries = buffered[i:]
        if state.allNoop:
            callback = _nop
        else:
            def callback(err=None, _entries=entries):
                for e in _entries:
                    e[2](err)
        chunks = WritevChunks({'chunk': e[0], 'encoding': e[1]} for e in entries)
        chunks.allBuffers = state.allBuffers
        _do_write(stream, state, True, state.length, chunks, '', callback)
        _reset_buffer(state)
    else:
        objmode = state.objectMode
        while True:
            chunk, encoding, callback = buffered[i]
            buffered[i] = None
            i += 1
            _do_write(stream, state, False, 1 if objmode else len(chunk), chunk, encoding, callback)
            if i >= len(buffered) or state.writing:
                break
        if state.buffered is not buffered:
            pass  # reset meanwhile (destroyed during the write)
        elif i == len(buffered):
            _reset_buffer(state)
        elif i > 256:
            del buffered[:i]
            state.bufferedIndex = 0
        else:
            state.bufferedIndex = i
    state.bufferProcessing = False


def _need_finish(state):
    return (state.ending and not state.destroyed and state.constructed and state.length == 0
            and not state.errored and len(state.buffered) == 0 and not state.finished
            and not state.writing and not state.errorEmitted and not state.closeEmitted)


def _call_final(stream, state):
    def on_finish(err=None):
        if state.prefinished:
            _d.error_or_destroy(stream, err if err is not None else _errors.ERR_MULTIPLE_CALLBACK())
            return
        state.pendingcb -= 1
        if err:
            cbs = state.onFinished
            state.onFinished = []
            for cb in cbs:
                cb(err)
            _d.error_or_destroy(stream, err, state.sync)
        elif _need_finish(state):
            state.prefinished = True
            stream.emit('prefinish')
            # 'finish' is always asynchronous relative to the _final callback.
            state.pendingcb += 1
            _process.nextTick(_finish, stream, state)

    state.sync = True
    state.pendingcb += 1
    try:
        stream._final(on_finish)
    except Exception as e:
        on_finish(e)
    state.sync = False


def _prefinish(stream, state):
    if not state.prefinished and not state.finalCalled:
        if stream._final is not None and not state.destroyed:
            state.finalCalled = True
            _call_final(stream, state)
        else:
            state.prefinished = True
            stream.emit('prefinish')


def finish_maybe(stream, state, sync=False):
    if _need_finish(state):
        _prefinish(stream, state)
        if state.pendingcb == 0:
            if sync:
                state.pendingcb += 1
                _process.nextTick(_finish_if_needed, stream, state)
            elif _need_finish(state):
                state.pendingcb += 1
                _finish(stream, state)


def _finish_if_needed(stream, state):
    if _need_finish(state):
        _finish(stream, state)
    else:
        state.pendingcb -= 1


def _finish(stream, state):
    state.pendingcb -= 1
    state.finished = True
    cbs = state.onFinished
    state.onFinished = []
    for cb in cbs:
        cb(None)
    stream.emit('finish')
    if state.autoDestroy:
        # A Duplex is destroyed only once its readable side has ended too.
        r = stream._readableState
        if r is None or (r.autoDestroy and (r.endEmitted or r.readable is False)):
            stream.destroy()


class Writable(Stream):
    """`stream.Writable` (stream.md "Class: stream.Writable")."""

    _writev = None
    _write_hooked = False   # install_hooks gave this instance _write/_writev
    _final = None
    _construct = None

    def __init__(self, options=None, **kwargs):
        options = _opts(options, kwargs) if kwargs else (options or {})
        self._writableState = WritableState(options, self, False)
        install_hooks(self, options, WRITABLE_HOOKS)
        Stream.__init__(self, options)
        if self._construct is not None:
            _d.construct(self, partial_after_construct(self))

    # -- writing ---------------------------------------------------------
    def write(self, chunk, encoding=None, cb=None):
        """`writable.write(chunk[, encoding][, callback])`."""
        if cb is None:
            if encoding is None:
                return _do_write_call(self, self._writableState, chunk, None, _nop) is True
            if callable(encoding):
                cb = encoding
                encoding = None
            else:
                return _do_write_call(self, self._writableState, chunk, encoding, _nop) is True
        return _do_write_call(self, self._writableState, chunk, encoding, fit_n(cb, 1)) is True

    def asyncDispose(self):
        """writable[Symbol.asyncDispose](): destroy (AbortError unless finished); a Thenable."""
        from .iterator import writable_async_dispose
        return writable_async_dispose(self)

    def cork(self):
        """`writable.cork()`."""
        self._writableState.corked += 1

    def uncork(self):
        """`writable.uncork()`."""
        state = self._writableState
        if state.corked:
            state.corked -= 1
            if not state.writing:
                clear_buffer(self, state)

    def setDefaultEncoding(self, encoding):
        """`writable.setDefaultEncoding(encoding)`."""
        if isinstance(encoding, str):
            encoding = encoding.lower()
        if _normalize(encoding) is None or encoding is None:
            raise _errors.ERR_UNKNOWN_ENCODING(encoding)
        self._writableState.defaultEncoding = encoding
        return self

    def end(self, chunk=None, encoding=None, cb=None):
        """`writable.end([chunk[, encoding]][, callback])`."""
        state = self._writableState
        if callable(chunk):
            cb = chunk
            chunk = None
            encoding = None
        elif callable(encoding):
            cb = encoding
            encoding = None
        err = None
        if chunk is not None:
            ret = _do_write_call(self, state, chunk, encoding, _nop)
            if isinstance(ret, BaseException):
                err = ret
        # end() flushes a corked stream.
        if state.corked:
            state.corked = 1
            self.uncork()
        if err is not None:
            pass
        elif not state.errored and not state.ending:
            # finish_maybe runs before 'ended' is set so that a synchronous
            # finish is pushed to the next tick.
            state.ending = True
            finish_maybe(self, state, True)
            state.ended = True
        elif state.finished:
            err = _errors.ERR_STREAM_ALREADY_FINISHED('end')
        elif state.destroyed:
            err = _errors.ERR_STREAM_DESTROYED('end')
        if cb is not None and callable(cb):
            cb = fit_n(cb, 1)
            if err is not None:
                _process.nextTick(cb, err)
            elif state.errored:
                _process.nextTick(cb, state.errored)
            elif state.finished:
                _process.nextTick(cb, None)
            else:
                state.onFinished.append(cb)
        return self

    # -- implementation hooks -------------------------------------------
    def _write(self, chunk, encoding, callback):
        if self._writev is not None:
            self._writev([{'chunk': chunk, 'encoding': encoding}], callback)
        else:
            raise _errors.ERR_METHOD_NOT_IMPLEMENTED('_write()')

    def _destroy(self, err, cb):
        cb(err)

    def destroy(self, err=None, cb=None):
        """`writable.destroy([error])`."""
        state = self._writableState
        if not state.destroyed and (state.bufferedIndex < len(state.buffered) or state.onFinished):
            _process.nextTick(_error_buffer, state)
        _d.destroy(self, err, cb)
        return self

    _undestroy = _d.undestroy

    def pipe(self, *args, **kwargs):
        _d.error_or_destroy(self, _errors.ERR_STREAM_CANNOT_PIPE())

    # -- properties (stream.md "writable.*") --------------------------------
    @property
    def writable(self):
        w = self._writableState
        return (w is not None and w.writable is not False and not w.destroyed and not w.errored
                and not w.ending and not w.ended)

    @writable.setter
    def writable(self, val):
        if self._writableState is not None:
            self._writableState.writable = bool(val)

    @property
    def writableFinished(self):
        w = self._writableState
        return w.finished if w is not None else False

    @property
    def writableObjectMode(self):
        w = self._writableState
        return w.objectMode if w is not None else False

    @property
    def writableBuffer(self):
        w = self._writableState
        return w.getBuffer() if w is not None else None

    @property
    def writableEnded(self):
        w = self._writableState
        return w.ending if w is not None else False

    @property
    def writableNeedDrain(self):
        w = self._writableState
        if w is None:
            return False
        return not w.destroyed and not w.ending and w.needDrain

    @property
    def writableHighWaterMark(self):
        w = self._writableState
        return w.highWaterMark if w is not None else None

    @property
    def writableCorked(self):
        w = self._writableState
        return w.corked if w is not None else 0

    @property
    def writableLength(self):
        w = self._writableState
        return w.length if w is not None else None

    @property
    def writableAborted(self):
        w = self._writableState
        return bool(w is not None and w.writable is not False and (w.destroyed or w.errored)
                    and not w.finished)

    @property
    def errored(self):
        w = self._writableState
        return w.errored if w is not None else None

    @property
    def closed(self):
        w = self._writableState
        return w.closed if w is not None else False

    @property
    def destroyed(self):
        w = self._writableState
        return w.destroyed if w is not None else False

    @destroyed.setter
    def destroyed(self, value):
        if self._writableState is not None:
            self._writableState.destroyed = value


def partial_after_construct(stream):
    def after_construct():
        state = stream._writableState
        if not state.writing:
            clear_buffer(stream, state)
        if state.ending:
            finish_maybe(stream, state)
    return after_construct


WRITABLE_HOOKS = ('write', 'writev', 'final', 'destroy', 'construct')

# How many arguments Node passes to each implementation hook.
_HOOK_ARGS = {'write': 3, 'writev': 2, 'final': 1, 'destroy': 2, 'construct': 1,
              'read': 1, 'transform': 3, 'flush': 1}


def install_hooks(stream, options, keys):
    """Simplified construction (stream.md): option functions become the instance's hooks."""
    if not options:
        return
    for key in keys:
        fn = options.get(key)
        if callable(fn):
            setattr(stream, '_' + key, fit_n(fn, _HOOK_ARGS[key]))
            if key == 'write' or key == 'writev':
                stream._write_hooked = True   # (net.Socket.write's fast path)
