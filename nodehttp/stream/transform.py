"""`stream.Transform` and `stream.PassThrough` (stream.md "Implementing a transform stream").

A Transform is a Duplex whose `_write` runs `_transform(chunk, encoding, cb)`;
what the transform pushes (or passes to `cb`) becomes readable.  The write
callback is held back while the readable buffer is over its highWaterMark
and released by the next `_read`, which is how backpressure crosses from the
reading side to the writing side.  `end()` runs `_flush` and then pushes EOF.
"""

from .. import errors as _errors
from .. import process as _process
from .duplex import Duplex, DUPLEX_HOOKS


class Transform(Duplex):
    """`stream.Transform`."""

    _flush = None
    _hook_names = DUPLEX_HOOKS + ('transform', 'flush')

    def __init__(self, options=None, **kwargs):
        self._kCallback = None
        Duplex.__init__(self, options, **kwargs)
        # A transform's pushes come from its own _write, never from _read, so
        # the readable side is never "inside _read".
        self._readableState.sync = False
        self.on('prefinish', self._on_prefinish)

    def _on_prefinish(self):
        # A user 'final' replaced _final: flush and end the readable side here.
        if getattr(self._final, '__func__', None) is not Transform._final:
            Transform._final(self)

    def _final(self, cb=None):
        if self._flush is not None and not self.destroyed:
            def on_flush(er=None, data=None):
                if er:
                    if cb is not None:
                        cb(er)
                    else:
                        self.destroy(er)
                    return
                if data is not None:
                    self.push(data)
                self.push(None)
                if cb is not None:
                    cb()
            self._flush(on_flush)
        else:
            self.push(None)
            if cb is not None:
                cb()

    def _transform(self, chunk, encoding, callback):
        raise _errors.ERR_METHOD_NOT_IMPLEMENTED('_transform()')

    def _write(self, chunk, encoding, callback):
        r = self._readableState
        w = self._writableState
        length = r.length

        def on_transformed(err=None, val=None):
            if err:
                callback(err)
                return
            if val is not None:
                self.push(val)
            if r.ended:
                # push(None) inside _transform: let the new state settle first.
                _process.nextTick(callback)
            elif w.ended or length == r.length or r.length < r.highWaterMark:
                callback()
            else:
                self._kCallback = callback

        self._transform(chunk, encoding, on_transformed)

    def _read(self, n=None):
        cb = self._kCallback
        if cb is not None:
            self._kCallback = None
            cb()


class PassThrough(Transform):
    """`stream.PassThrough`: a Transform that passes every chunk through."""

    def _transform(self, chunk, encoding, cb):
        cb(None, chunk)
