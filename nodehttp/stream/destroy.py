"""Destruction and construction shared by Readable and Writable.

Theory of operation (behaviour of node lib/internal/streams/destroy.js):

- `destroy(err)` marks both sides destroyed at once, records the first error
  as `errored`, then calls `_destroy(err, cb)`.  When `_destroy` calls back,
  `closed` becomes true, the user's callback runs, and on the next tick
  `'error'` (at most once per stream) and then `'close'` (if `emitClose`) are
  emitted.
- `error_or_destroy(err)` is how a stream reports a failure of its own: with
  `autoDestroy` it destroys, otherwise it only records and emits `'error'`.
- `_construct(cb)` runs on the tick after the constructor; until it calls
  back, writes are buffered, `_read` is not called, and a `destroy()` waits
  for it.
"""

from .. import errors as _errors
from .. import process as _process


def _check_error(err, w, r):
    if err:
        if w is not None and not w.errored:
            w.errored = err
        if r is not None and not r.errored:
            r.errored = err


def destroy(self, err=None, cb=None):
    """`stream.destroy([error])` for Readable, Writable and Duplex."""
    r = self._readableState
    w = self._writableState
    s = w if w is not None else r
    if (w is not None and w.destroyed) or (r is not None and r.destroyed):
        if callable(cb):
            cb()
        return self
    _check_error(err, w, r)
    if w is not None:
        w.destroyed = True
    if r is not None:
        r.destroyed = True
    if not s.constructed:
        # destroy() during _construct waits for it (Node's kDestroy event).
        s.pending_destroy = (err, cb)
    else:
        _run_destroy(self, err, cb)
    return self


def _run_destroy(self, err, cb):
    called = []

    def on_destroy(err=None):
        if called:
            return
        called.append(True)
        r = self._readableState
        w = self._writableState
        _check_error(err, w, r)
        if w is not None:
            w.closed = True
        if r is not None:
            r.closed = True
        if callable(cb):
            cb(err)
        if err:
            _process.nextTick(_emit_error_close_nt, self, err)
        else:
            _process.nextTick(emit_close_nt, self)

    try:
        self._destroy(err or None, on_destroy)
    except Exception as e:  # a throwing _destroy is the same as cb(e)
        on_destroy(e)


def _emit_error_close_nt(self, err):
    emit_error_nt(self, err)
    emit_close_nt(self)


def emit_close_nt(self):
    r = self._readableState
    w = self._writableState
    if w is not None:
        w.closeEmitted = True
    if r is not None:
        r.closeEmitted = True
    if (w is not None and w.emitClose) or (r is not None and r.emitClose):
        self.emit('close')


def emit_error_nt(self, err):
    r = self._readableState
    w = self._writableState
    if (w is not None and w.errorEmitted) or (r is not None and r.errorEmitted):
        return
    if w is not None:
        w.errorEmitted = True
    if r is not None:
        r.errorEmitted = True
    self.emit('error', err)


def undestroy(self):
    """`stream._undestroy()`: back to a fresh state (used by net.Socket.connect)."""
    r = self._readableState
    w = self._writableState
    if r is not None:
        r.constructed = True
        r.closed = False
        r.closeEmitted = False
        r.destroyed = False
        r.errored = None
        r.errorEmitted = False
        r.reading = False
        r.ended = r.readable is False
        r.endEmitted = r.readable is False
    if w is not None:
        w.constructed = True
        w.destroyed = False
        w.closed = False
        w.closeEmitted = False
        w.errored = None
        w.errorEmitted = False
        w.finalCalled = False
        w.prefinished = False
        w.ended = w.writable is False
        w.ending = w.writable is False
        w.finished = w.writable is False


def error_or_destroy(stream, err, sync=False):
    """Report a stream's own failure: destroy with autoDestroy, else emit 'error'."""
    r = stream._readableState
    w = stream._writableState
    if (w is not None and w.destroyed) or (r is not None and r.destroyed):
        return
    if (r is not None and r.autoDestroy) or (w is not None and w.autoDestroy):
        stream.destroy(err)
    elif err:
        if w is not None and not w.errored:
            w.errored = err
        if r is not None and not r.errored:
            r.errored = err
        if sync:
            _process.nextTick(emit_error_nt, stream, err)
        else:
            emit_error_nt(stream, err)


def construct(stream, on_done):
    """Schedule `stream._construct` for the next tick; `on_done()` runs after it succeeds."""
    r = stream._readableState
    w = stream._writableState
    if r is not None:
        r.constructed = False
    if w is not None:
        w.constructed = False
    _process.nextTick(_construct_nt, stream, on_done)


def _construct_nt(stream, on_done):
    called = []

    def on_construct(err=None):
        if called:
            error_or_destroy(stream, err if err is not None else _errors.ERR_MULTIPLE_CALLBACK())
            return
        called.append(True)
        r = stream._readableState
        w = stream._writableState
        s = w if w is not None else r
        if r is not None:
            r.constructed = True
        if w is not None:
            w.constructed = True
        if s.destroyed:
            pending = s.pending_destroy
            s.pending_destroy = None
            if pending is not None:
                derr, dcb = pending
                _run_destroy(stream, _aggregate(err, derr), dcb)
        elif err:
            error_or_destroy(stream, err, True)
        else:
            on_done()

    def callback(err=None):
        _process.nextTick(on_construct, err)

    try:
        stream._construct(callback)
    except Exception as e:
        _process.nextTick(on_construct, e)


def _aggregate(inner, outer):
    # Node's aggregateTwoErrors: the destroy() error wins when only one exists;
    # both together become an AggregateError, approximated by keeping the first.
    if inner and outer and inner is not outer:
        return outer
    return inner or outer


def destroyer(stream, err):
    """Destroy any kind of stream (pipeline's helper; lib destroy.js `destroyer`)."""
    from . import _utils as u
    if stream is None or u.is_destroyed(stream):
        return
    if not err and not u.is_finished(stream):
        err = _errors.AbortError()
    if u.is_server_request(stream):
        stream.socket = None
        stream.destroy(err)
    elif u.is_request(stream):
        stream.abort()
    elif u.is_request(getattr(stream, 'req', None)):
        stream.req.abort()
    elif callable(getattr(stream, 'destroy', None)):
        stream.destroy(err)
    elif callable(getattr(stream, 'close', None)):
        stream.close()
    elif err:
        _process.nextTick(lambda: stream.emit('error', err))
    else:
        _process.nextTick(lambda: stream.emit('close'))
    if not getattr(stream, 'destroyed', False):
        try:
            stream._kIsDestroyed = True
        except AttributeError:
            pass
