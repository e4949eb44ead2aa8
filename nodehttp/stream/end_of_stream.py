"""`stream.finished(stream[, options], callback)` (stream.md "stream.finished").

Calls back once when the stream is done: readable side ended (`'end'`),
writable side finished (`'finish'`), or on `'error'`; a `'close'` before
those is `ERR_STREAM_PREMATURE_CLOSE`.  When the stream will emit `'close'`
anyway (autoDestroy + emitClose), the callback waits for it, so it runs
after the stream is fully torn down.  Works on anything stream-like (http's
messages included) through the duck-typed checks in `_utils`.
Returns a cleanup function that removes every listener it added.
"""

from .. import errors as _errors
from .. import process as _process
from .._util import fit as _fit
from . import _utils as u


def _nop(*args):
    pass


def finished(stream, options=None, callback=None, **kwargs):
    """`stream.finished(stream[, options], callback)`; returns the cleanup function."""
    if callback is None and callable(options):
        callback = options
        options = None
    options = dict(options or {}, **kwargs)
    if not callable(callback):
        raise _errors.ERR_INVALID_ARG_TYPE('callback', 'function', callback)
    user_cb = _fit(callback)
    done = []

    def cb(err=None):
        if done:
            return
        done.append(True)
        user_cb(err)

    readable = options.get('readable')
    if readable is None:
        readable = u.is_readable_node_stream(stream)
    writable = options.get('writable')
    if writable is None:
        writable = u.is_writable_node_stream(stream)
    if not u.is_node_stream(stream):
        raise _errors.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'], stream)

    w_state = getattr(stream, '_writableState', None)
    r_state = getattr(stream, '_readableState', None)
    st = {}
    st['will_emit_close'] = (u.will_emit_close(stream)
                             and u.is_readable_node_stream(stream) == readable
                             and u.is_writable_node_stream(stream) == writable)
    st['writable_finished'] = u.is_writable_finished(stream, False)
    st['readable_finished'] = u.is_readable_finished(stream, False)

    def onlegacyfinish():
        if not getattr(stream, 'writable', False):
            onfinish()

    def onfinish():
        st['writable_finished'] = True
        if getattr(stream, 'destroyed', False):
            st['will_emit_close'] = False
        if st['will_emit_close'] and (not getattr(stream, 'readable', False) or readable):
            return
        if not readable or st['readable_finished']:
            cb(None)

    def onend():
        st['readable_finished'] = True
        if getattr(stream, 'destroyed', False):
            st['will_emit_close'] = False
        if st['will_emit_close'] and (not getattr(stream, 'writable', False) or writable):
            return
        if not writable or st['writable_finished']:
            cb(None)

    def onerror(err=None):
        cb(err)

    def onclose():
        errored = u.is_writable_errored(stream) or u.is_readable_errored(stream)
        if errored and not isinstance(errored, bool):
            return cb(errored)
        if readable and not st['readable_finished'] and u.is_readable_node_stream(stream, True):
            if not u.is_readable_finished(stream, False):
                return cb(_errors.ERR_STREAM_PREMATURE_CLOSE())
        if writable and not st['writable_finished']:
            if not u.is_writable_finished(stream, False):
                return cb(_errors.ERR_STREAM_PREMATURE_CLOSE())
        cb(None)

    def onclosed():
        errored = u.is_writable_errored(stream) or u.is_readable_errored(stream)
        if errored and not isinstance(errored, bool):
            return cb(errored)
        cb(None)

    def onrequest():
        stream.req.on('finish', onfinish)

    is_req = u.is_request(stream)
    if is_req:
        stream.on('complete', onfinish)
        if not st['will_emit_close']:
            stream.on('abort', onclose)
        if getattr(stream, 'req', None) is not None:
            onrequest()
        else:
            stream.on('request', onrequest)
    elif writable and w_state is None:
        # legacy streams
        stream.on('end', onlegacyfinish)
        stream.on('close', onlegacyfinish)

    # http's IncomingMessage: 'aborted' counts as a premature close.
    if not st['will_emit_close'] and isinstance(getattr(stream, 'aborted', None), bool):
        stream.on('aborted', onclose)

    stream.on('end', onend)
    stream.on('finish', onfinish)
    if options.get('error') is not False:
        stream.on('error', onerror)
    stream.on('close', onclose)

    closed = u.is_closed(stream)
    if closed:
        _process.nextTick(onclose)
    elif (w_state is not None and w_state.errorEmitted) or (r_state is not None and r_state.errorEmitted):
        if not st['will_emit_close']:
            _process.nextTick(onclosed)
    elif (not readable and (not st['will_emit_close'] or u.is_readable(stream))
          and (st['writable_finished'] or u.is_writable(stream) is False)
          # Node 24: an ended stream with write callbacks still pending is
          # not done yet.
          and (w_state is None or not getattr(w_state, 'pendingcb', 0))):
        _process.nextTick(onclosed)
    elif (not writable and (not st['will_emit_close'] or u.is_writable(stream))
          and (st['readable_finished'] or u.is_readable(stream) is False)):
        _process.nextTick(onclosed)
    elif r_state is not None and getattr(stream, 'req', None) is not None and getattr(stream, 'aborted', False):
        _process.nextTick(onclosed)

    def cleanup():
        done.append(True)
        stream.removeListener('aborted', onclose)
        stream.removeListener('complete', onfinish)
        stream.removeListener('abort', onclose)
        stream.removeListener('request', onrequest)
        req = getattr(stream, 'req', None)
        if req is not None and callable(getattr(req, 'removeListener', None)):
            req.removeListener('finish', onfinish)
        stream.removeListener('end', onlegacyfinish)
        stream.removeListener('close', onlegacyfinish)
        stream.removeListener('finish', onfinish)
        stream.removeListener('end', onend)
        stream.removeListener('error', onerror)
        stream.removeListener('close', onclose)

    return cleanup


eos = finished
