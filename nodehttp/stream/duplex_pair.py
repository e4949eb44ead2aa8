"""`stream.duplexPair([options])` (stream.md): two connected Duplex streams.

What one side writes, the other side reads, as with the two ends of a
network connection.  A write is acknowledged when the other side asks for
more data (its `_read`), so backpressure crosses over; `end()` on one side
pushes EOF to the other and finishes once that side has emitted `'end'`.
"""

from .. import process as _process
from .duplex import Duplex


class _DuplexSide(Duplex):

    def __init__(self, options=None):
        Duplex.__init__(self, options)
        self._other = None
        self._pending_cb = None

    def _read(self, n=None):
        cb = self._pending_cb
        if cb is not None:
            self._pending_cb = None
            cb()

    def _write(self, chunk, encoding, callback):
        if len(chunk) == 0:
            _process.nextTick(callback)
        else:
            self._other.push(chunk)
            self._other._pending_cb = callback

    def _final(self, callback):
        self._other.on('end', callback)
        self._other.push(None)


def duplexPair(options=None):
    """`stream.duplexPair([options])` -> [sideA, sideB]."""
    a = _DuplexSide(options)
    b = _DuplexSide(options)
    a._other = b
    b._other = a
    return [a, b]
