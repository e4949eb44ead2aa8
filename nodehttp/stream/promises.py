"""`require('node:stream/promises')` (stream.md "Streams Promises API").

Python has no Promise: as API.md says, the promise forms return a small
thenable (`nodehttp._util.Thenable`, `.then(on_ok, on_err)`), settled when
the callback form would have called back.
"""

from .._util import Thenable
from .end_of_stream import finished as _finished
from .pipeline import _pipeline_impl


def pipeline(*streams, **options):
    """`stream.promises.pipeline(source[, ...transforms], destination[, options])`."""
    p = Thenable()

    def done(err=None, value=None):
        if err:
            p._reject(err)
        else:
            p._resolve(value)

    _pipeline_impl(list(streams), done, options or None)
    return p


def finished(stream, options=None, **kwargs):
    """`stream.promises.finished(stream[, options])`: fulfilled with None."""
    p = Thenable()

    def done(err=None):
        if err:
            p._reject(err)
        else:
            p._resolve(None)

    _finished(stream, dict(options or {}, **kwargs), done)
    return p
