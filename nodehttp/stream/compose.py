"""`stream.Duplex.from(src)` and `stream.compose(...streams)` (stream.md).

Both wrap other streams in one Duplex: writes go to the writable part
(waiting for its `'drain'` when it returns false; `end()` ends it and
`'finish'` waits for its `'finish'`), reads come from the readable part
(pulled with `read()` on `'readable'`, its `'end'` pushes EOF), and an error
or premature close on either part destroys the Duplex.  `compose()` also
pipes the streams into each other with `pipeline()`.

`Duplex.from()` accepts a Duplex (returned as is), a Readable or Writable
(wrapped as a one-sided Duplex), a `{'readable': r, 'writable': w}` dict, a
str/bytes, or any Python iterable (read like `Readable.from`).
DEVIATION: Node's async generator functions, promises, Blobs and web
streams have no Python counterpart here.
"""

from .. import errors as _errors
from . import _utils as u
from .destroy import destroyer as _destroyer
from .duplex import Duplex
from .end_of_stream import finished as _eos


class _Duplexify(Duplex):
    """The Duplex returned by Duplex.from() and compose()."""


def _wrap(readable=None, writable=None, name='wrapped'):
    d = _Duplexify({
        'readableObjectMode': bool(getattr(readable, 'readableObjectMode', False)),
        'writableObjectMode': bool(getattr(writable, 'writableObjectMode', False)),
        'readable': readable is not None,
        'writable': writable is not None,
    })
    hold = {'drain': None, 'finish': None, 'readable': None, 'close': None}

    def release(key, *args):
        cb = hold[key]
        if cb is not None:
            hold[key] = None
            cb(*args)

    if writable is not None:
        def _write(chunk, encoding, callback):
            if writable.write(chunk, encoding):
                callback()
            else:
                hold['drain'] = callback

        def _final(callback):
            writable.end()
            hold['finish'] = callback

        writable.on('drain', lambda: release('drain'))
        writable.on('finish', lambda: release('finish'))

        def on_w_done(err=None):
            if err is not None:
                _destroyer(d, err)
        _eos(writable, {'readable': False, 'writable': True}, on_w_done)
        d._write = _write
        d._final = _final

    if readable is not None:
        def _read(n=None):
            while True:
                buf = readable.read()
                if buf is None:
                    hold['readable'] = _read
                    return
                if not d.push(buf):
                    return

        readable.on('readable', lambda: release('readable'))
        readable.on('end', lambda: d.push(None))

        def on_r_done(err=None):
            if err is not None:
                _destroyer(d, err)
        _eos(readable, {'readable': True, 'writable': False}, on_r_done)
        d._read = _read

    def _destroy(err, callback):
        # destroyed before both sides completed: the parts get an AbortError
        complete = ((readable is None or d._readableState.endEmitted)
                    and (writable is None or d._writableState.finished))
        if not err and not complete:
            err = _errors.AbortError()
        hold['drain'] = hold['finish'] = hold['readable'] = None
        if writable is not None:
            _destroyer(writable, err)
        if readable is not None and readable is not writable:
            _destroyer(readable, err)
        callback(err)

    d._destroy = _destroy
    return d


def duplex_from(body, name='body'):
    """`stream.Duplex.from(src)`."""
    if u.is_duplex_node_stream(body) and isinstance(body, Duplex):
        return body
    if u.is_readable_node_stream(body) and not u.is_writable_node_stream(body):
        return _wrap(readable=body, name=name)
    if u.is_writable_node_stream(body) and not u.is_readable_node_stream(body):
        return _wrap(writable=body, name=name)
    if u.is_node_stream(body):
        return _wrap(readable=body, writable=body, name=name)
    if isinstance(body, dict) and ('readable' in body or 'writable' in body):
        r = body.get('readable')
        w = body.get('writable')
        r = duplex_from(r) if r is not None and not u.is_node_stream(r) else r
        w = duplex_from(w) if w is not None and not u.is_node_stream(w) else w
        return _wrap(readable=r, writable=w, name=name)
    if isinstance(body, (str, bytes, bytearray, memoryview)) or u.is_iterable(body):
        from .readable import Readable
        d = _wrap(readable=Readable.from_(body), name=name)
        return d
    raise _errors.ERR_INVALID_ARG_TYPE(
        name, ['Blob', 'ReadableStream', 'WritableStream', 'Stream', 'Iterable', 'AsyncIterable',
               'Function', '{ readable, writable } pair', 'Promise'], body)


def compose(*streams):
    """`stream.compose(...streams)`: one Duplex writing into the first stream and reading from the last."""
    from .pipeline import _pipeline_impl
    if len(streams) == 1 and isinstance(streams[0], (list, tuple)):
        streams = tuple(streams[0])
    if not streams:
        raise _errors.ERR_MISSING_ARGS('streams')
    if len(streams) == 1:
        return duplex_from(streams[0], 'streams[0]')
    streams = list(streams)
    for n, s in enumerate(streams):
        if not u.is_node_stream(s):
            continue
        if n < len(streams) - 1 and not u.is_readable(s):
            raise _errors.ERR_INVALID_ARG_VALUE('streams[%d]' % n, s, 'must be readable')
        if n > 0 and not u.is_writable(s):
            raise _errors.ERR_INVALID_ARG_VALUE('streams[%d]' % n, s, 'must be writable')
    hold = {'drain': None, 'finish': None, 'close': False}  # close: False = pipeline running

    def onfinished(err=None, value=None):
        cb = hold['close']
        hold['close'] = None
        if cb:
            cb(err)
        elif err:
            d.destroy(err)
        elif not readable and not writable:
            d.destroy()

    head = streams[0]
    tail = _pipeline_impl(streams, onfinished, None)
    writable = bool(u.is_writable(head))
    readable = bool(u.is_readable(tail))
    d = _Duplexify({
        'writableObjectMode': bool(getattr(head, 'writableObjectMode', False)),
        'readableObjectMode': bool(getattr(tail, 'writableObjectMode', False)),
        'writable': writable,
        'readable': readable,
    })

    def release(key):
        cb = hold[key]
        if cb is not None:
            hold[key] = None
            cb()

    if writable:
        def _write(chunk, encoding, callback):
            if head.write(chunk, encoding):
                callback()
            else:
                hold['drain'] = callback

        def _final(callback):
            head.end()
            hold['finish'] = callback

        head.on('drain', lambda: release('drain'))
        # 'finish' once everything went through the whole chain
        _eos(tail, lambda err=None: release('finish'))
        d._write = _write
        d._final = _final

    if readable:
        # Node 24 reads the last stream in flowing mode, pausing it while the
        # composed stream's buffer is full.
        def on_data(buf):
            if not d.push(buf):
                tail.pause()

        tail.on('data', on_data)
        tail.on('end', lambda: d.push(None))
        d._read = lambda n=None: tail.resume()

    def _destroy(err, callback):
        if not err and hold['close'] is not None:
            err = _errors.AbortError()
        hold['drain'] = hold['finish'] = None
        if hold['close'] is None:
            callback(err)
        else:
            hold['close'] = callback
            if u.is_node_stream(tail):
                _destroyer(tail, err)

    d._destroy = _destroy
    return d
