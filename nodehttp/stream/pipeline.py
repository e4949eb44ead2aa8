"""`stream.pipeline(...streams, callback)` (stream.md "stream.pipeline").

Pipes each stream into the next and calls back once, after the last stream
has finished, or with the first error.  On error every stream that is not
yet finished is destroyed (with the error, or `ERR_STREAM_DESTROYED('pipe')`
for the others).  The callback always runs on a later tick.  The first
element may also be a Python iterable: its items are written to the next
stream with backpressure.  Returns the last stream.
"""

from .. import errors as _errors
from .. import process as _process
from .._util import fit as _fit
from . import _utils as u
from .destroy import destroyer as _destroyer
from .end_of_stream import finished as eos


def pipeline(*streams, **kwargs):
    """`stream.pipeline(source[, ...transforms], destination, callback)` / `pipeline(streams, callback)`."""
    streams = list(streams)
    if not streams or not callable(streams[-1]) or u.is_node_stream(streams[-1]):
        raise _errors.ERR_INVALID_ARG_TYPE('streams[stream.length - 1]', 'function',
                                           streams[-1] if streams else None)
    callback = _fit(streams.pop())
    return _pipeline_impl(streams, callback, kwargs or None)


def _pipeline_impl(streams, callback, opts):
    if len(streams) == 1 and isinstance(streams[0], (list, tuple)):
        streams = list(streams[0])
    if len(streams) < 2:
        raise _errors.ERR_MISSING_ARGS('streams')
    called = []

    def once_cb(err=None, value=None):
        if called:
            return
        called.append(True)
        callback(err, value)

    ctx = {'error': None, 'finish_count': 0}
    destroys = []
    last_stream_cleanup = []

    def finish(err=None):
        ctx['finish_count'] -= 1
        finish_impl(err, ctx['finish_count'] == 0)

    def finish_only_handle_error(err=None):
        # an error tears the pipeline down but does not count as a finished part
        finish_impl(err, False)

    def finish_impl(err, final):
        # A premature close or an abort is a symptom: a real error that comes
        # later explains it and replaces it.
        prev = ctx['error']
        if err and (prev is None or getattr(prev, 'code', None) == 'ERR_STREAM_PREMATURE_CLOSE'
                    or getattr(prev, 'name', None) == 'AbortError'):
            ctx['error'] = err
        error = ctx['error']
        if error is None and not final:
            return
        while destroys:
            destroys.pop(0)(error)
        if final:
            if error is None:
                for fn in last_stream_cleanup:
                    fn()
            _process.nextTick(once_cb, error)

    ret = None
    n = len(streams)
    for i, stream in enumerate(streams):
        reading = i < n - 1
        writing = i > 0
        end = reading or not opts or opts.get('end') is not False
        is_last = i == n - 1
        if u.is_node_stream(stream):
            if end:
                destroy, cleanup = _make_destroyer(stream, reading, writing)
                destroys.append(destroy)
                if u.is_readable(stream) and is_last:
                    last_stream_cleanup.append(cleanup)

            def on_error(err=None):
                if err and getattr(err, 'name', None) != 'AbortError' and \
                        getattr(err, 'code', None) != 'ERR_STREAM_PREMATURE_CLOSE':
                    finish_only_handle_error(err)

            stream.on('error', on_error)
            if u.is_readable(stream) and is_last:
                last_stream_cleanup.append(lambda s=stream, f=on_error: s.removeListener('error', f))
        if i == 0:
            if u.is_readable_node_stream(stream) or u.is_iterable(stream):
                ret = stream
            else:
                raise _errors.ERR_INVALID_ARG_TYPE('source', ['Stream', 'Iterable'], stream)
        elif u.is_node_stream(stream):
            if u.is_readable_node_stream(ret):
                ctx['finish_count'] += 2
                cleanup = _pipe(ret, stream, finish, finish_only_handle_error, end)
                if u.is_readable(stream) and is_last:
                    last_stream_cleanup.append(cleanup)
            elif u.is_iterable(ret):
                ctx['finish_count'] += 1
                _pump_to_node(ret, stream, finish, end)
            else:
                raise _errors.ERR_INVALID_ARG_TYPE('val', ['Readable', 'Iterable'], ret)
            ret = stream
        else:
            raise _errors.ERR_INVALID_ARG_TYPE('destination', ['Stream'], stream)
    return ret


def _make_destroyer(stream, reading, writing):
    state = {'finished': False}

    def on_close():
        state['finished'] = True

    stream.on('close', on_close)

    def on_done(err=None):
        state['finished'] = not err

    cleanup = eos(stream, {'readable': reading, 'writable': writing}, on_done)

    def destroy(err=None):
        if state['finished']:
            return
        state['finished'] = True
        _destroyer(stream, err or _errors.ERR_STREAM_DESTROYED('pipe'))

    return destroy, cleanup


def _pipe(src, dst, finish, finish_only_handle_error, end):
    ended = []

    def on_dst_close():
        # the destination closed before the source was done
        if not ended:
            finish_only_handle_error(_errors.ERR_STREAM_PREMATURE_CLOSE())

    dst.on('close', on_dst_close)
    src.pipe(dst, {'end': False})
    if end:
        def end_fn():
            ended.append(True)
            dst.end()

        if u.is_readable_finished(src):
            _process.nextTick(end_fn)
        else:
            src.once('end', end_fn)

        def on_src_done(err=None):
            r = getattr(src, '_readableState', None)
            if (err is not None and getattr(err, 'code', None) == 'ERR_STREAM_PREMATURE_CLOSE'
                    and r is not None and r.ended and not r.errored and not r.errorEmitted):
                # Closed after push(None) but before 'end': wait for 'end'.
                src.once('end', end_fn)
                src.once('error', finish)
            else:
                finish(err)

        eos(src, {'readable': True, 'writable': False}, on_src_done)
    else:
        finish()
    return eos(dst, {'readable': False, 'writable': True}, finish)


def _pump_to_node(iterable, dst, finish, end):
    """Write a Python iterable's items to dst, waiting for 'drain' on backpressure."""
    it = iter(iterable)
    state = {'done': False}

    def on_error(err=None):
        if not state['done']:
            state['done'] = True
            finish(err)

    def pump():
        try:
            for chunk in it:
                if not dst.write(chunk):
                    if getattr(dst, 'destroyed', False):
                        return
                    dst.once('drain', pump)
                    return
            if end:
                dst.end()
            eos(dst, {'readable': False, 'writable': True}, on_error)
        except Exception as e:
            on_error(e)

    _process.nextTick(pump)
