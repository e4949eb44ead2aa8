"""stream.addAbortSignal(signal, stream) (stream.md), with nodehttp.events.AbortSignal."""

from .. import errors
from ..events import AbortSignal, addAbortListener
from ._utils import is_node_stream
from .end_of_stream import finished

__all__ = ['addAbortSignal']


def addAbortSignal(signal, stream):
    """stream.addAbortSignal(signal, stream): aborting `signal` destroys
    `stream` with an AbortError whose ``cause`` is the signal's reason (at
    once if it is already aborted); the abort listener is removed when the
    stream finishes or errors.  Returns `stream`."""
    if not isinstance(signal, AbortSignal):
        raise errors.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal)
    if not is_node_stream(stream):
        raise errors.ERR_INVALID_ARG_TYPE('stream', ['ReadableStream', 'WritableStream', 'Stream'],
                                          stream)

    def on_abort(*_):
        stream.destroy(errors.AbortError(cause=signal.reason))
    if signal.aborted:
        on_abort()
    else:
        disposable = addAbortListener(signal, on_abort)
        finished(stream, lambda *_: disposable.dispose())
    return stream
