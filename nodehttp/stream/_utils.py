"""Duck-typed stream predicates (node lib/internal/streams/utils.js).

`finished()` and `pipeline()` accept anything that looks like a Node stream,
including http's OutgoingMessage/IncomingMessage, which are not built on
Writable/Readable.  JS `typeof x === 'function'` is `callable(...)` here and
`typeof x === 'boolean'` is `isinstance(..., bool)`; a missing property is
JS `undefined` (None).
"""


def _get(obj, name):
    return getattr(obj, name, None)


def _fn(obj, name):
    return callable(getattr(obj, name, None))


def is_readable_node_stream(obj, strict=False):
    if obj is None or not _fn(obj, 'pipe') or not _fn(obj, 'on'):
        return False
    if strict and (not _fn(obj, 'pause') or not _fn(obj, 'resume')):
        return False
    w = _get(obj, '_writableState')
    if w is not None:
        r = _get(obj, '_readableState')
        if r is None or r.readable is False:
            return False
    return True


def is_writable_node_stream(obj):
    if obj is None or not _fn(obj, 'write') or not _fn(obj, 'on'):
        return False
    r = _get(obj, '_readableState')
    if r is not None:
        w = _get(obj, '_writableState')
        if w is None or w.writable is False:
            return False
    return True


def is_duplex_node_stream(obj):
    return (obj is not None and _fn(obj, 'pipe') and _get(obj, '_readableState') is not None
            and _fn(obj, 'on') and _fn(obj, 'write'))


def is_node_stream(obj):
    if obj is None:
        return False
    return bool(_get(obj, '_readableState') is not None or _get(obj, '_writableState') is not None
                or (_fn(obj, 'write') and _fn(obj, 'on'))
                or (_fn(obj, 'pipe') and _fn(obj, 'on')))


def is_iterable(obj):
    if obj is None or isinstance(obj, (str, bytes, bytearray, memoryview, dict)):
        return False
    if is_node_stream(obj):
        return False
    try:
        iter(obj)
    except TypeError:
        return False
    return True


def _state(stream):
    return _get(stream, '_writableState') or _get(stream, '_readableState')


def is_destroyed(stream):
    if not is_node_stream(stream):
        return None
    s = _state(stream)
    return bool(_get(stream, 'destroyed') or _get(stream, '_kIsDestroyed') or (s is not None and s.destroyed))


def is_writable_ended(stream):
    if not is_writable_node_stream(stream):
        return None
    if _get(stream, 'writableEnded') is True:
        return True
    w = _get(stream, '_writableState')
    if w is None:
        return None
    if w.errored:
        return False
    return w.ended


def is_writable_finished(stream, strict=None):
    if not is_writable_node_stream(stream):
        return None
    if _get(stream, 'writableFinished') is True:
        return True
    w = _get(stream, '_writableState')
    if w is None:
        return None
    if w.errored:
        return False
    return bool(w.finished or (strict is False and w.ended is True and w.length == 0))


def is_readable_ended(stream):
    if not is_readable_node_stream(stream):
        return None
    if _get(stream, 'readableEnded') is True:
        return True
    r = _get(stream, '_readableState')
    if r is None or r.errored:
        return False
    return r.ended


def is_readable_finished(stream, strict=None):
    if not is_readable_node_stream(stream):
        return None
    r = _get(stream, '_readableState')
    if r is None:
        return None
    if r.errored:
        return False
    return bool(r.endEmitted or (strict is False and r.ended is True and r.length == 0))


def is_readable(stream):
    """`stream.isReadable(stream)`."""
    if stream is None:
        return None
    v = _get(stream, '_kIsReadable')
    if v is not None:
        return v
    if not isinstance(_get(stream, 'readable'), bool):
        return None
    if is_destroyed(stream):
        return False
    return bool(is_readable_node_stream(stream) and stream.readable and not is_readable_finished(stream))


def is_writable(stream):
    """`stream.isWritable(stream)`."""
    if stream is None:
        return None
    if not isinstance(_get(stream, 'writable'), bool):
        return None
    if is_destroyed(stream):
        return False
    return bool(is_writable_node_stream(stream) and stream.writable and not is_writable_ended(stream))


def is_finished(stream, opts=None):
    if not is_node_stream(stream):
        return None
    if is_destroyed(stream):
        return True
    opts = opts or {}
    if opts.get('readable') is not False and is_readable(stream):
        return False
    if opts.get('writable') is not False and is_writable(stream):
        return False
    return True


def is_writable_errored(stream):
    if not is_node_stream(stream):
        return None
    v = _get(stream, 'writableErrored')
    if v:
        return v
    w = _get(stream, '_writableState')
    return w.errored if w is not None else None


def is_readable_errored(stream):
    if not is_node_stream(stream):
        return None
    v = _get(stream, 'readableErrored')
    if v:
        return v
    r = _get(stream, '_readableState')
    return r.errored if r is not None else None


def is_closed(stream):
    if not is_node_stream(stream):
        return None
    closed = _get(stream, 'closed')
    if isinstance(closed, bool):
        return closed
    w = _get(stream, '_writableState')
    r = _get(stream, '_readableState')
    if (w is not None and isinstance(w.closed, bool)) or (r is not None and isinstance(r.closed, bool)):
        return bool((w is not None and w.closed) or (r is not None and r.closed))
    if isinstance(_get(stream, '_closed'), bool) and is_outgoing_message(stream):
        return stream._closed
    return None


def is_outgoing_message(stream):
    return (isinstance(_get(stream, '_closed'), bool)
            and isinstance(_get(stream, '_defaultKeepAlive'), bool)
            and isinstance(_get(stream, '_removedConnection'), bool)
            and isinstance(_get(stream, '_removedContLen'), bool))


def is_server_response(stream):
    return isinstance(_get(stream, '_sent100'), bool) and is_outgoing_message(stream)


def is_server_request(stream):
    req = _get(stream, 'req')
    return (isinstance(_get(stream, '_consuming'), bool)
            and isinstance(_get(stream, '_dumped'), bool)
            and _get(req, 'upgradeOrConnect') is None)


def is_request(stream):
    return stream is not None and bool(_get(stream, 'setHeader')) and _fn(stream, 'abort')


def will_emit_close(stream):
    if not is_node_stream(stream):
        return None
    s = _state(stream)
    if s is None:
        return is_server_response(stream)
    return bool(s.autoDestroy and s.emitClose and s.closed is False)


def is_disturbed(stream):
    """`stream.isDisturbed(stream)` / `Readable.isDisturbed(stream)`."""
    if stream is None:
        return False
    v = _get(stream, '_kIsDisturbed')
    if v is not None:
        return v
    return bool(_get(stream, 'readableDidRead') or _get(stream, 'readableAborted'))


def is_errored(stream):
    """`stream.isErrored(stream)`."""
    if stream is None:
        return False
    for v in (_get(stream, '_kIsErrored'), _get(stream, 'readableErrored'), _get(stream, 'writableErrored')):
        if v is not None:
            return bool(v)
    r = _get(stream, '_readableState')
    w = _get(stream, '_writableState')
    if r is not None:
        return bool(r.errorEmitted)
    if w is not None:
        return bool(w.errorEmitted)
    return False
