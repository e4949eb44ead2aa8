"""`stream.Duplex` (doc: stream.md "Class: stream.Duplex", "Implementing a duplex stream").

A Duplex has both a ReadableState and a WritableState on one emitter; the two
sides share `destroyed`/`errored`/`closed`.  Each side may be disabled with
`readable=False` / `writable=False` (that side starts ended).  With
`allowHalfOpen=False`, `'end'` on the readable side calls `end()` on the
writable side (readable.py `_end_readable_nt`); `autoDestroy` waits for both
sides to be done.
"""

from .._util import opts as _opts
from . import destroy as _d
from .legacy import Stream
from .readable import Readable, ReadableState, maybe_read_more
from .writable import Writable, WritableState, clear_buffer, finish_maybe, install_hooks

DUPLEX_HOOKS = ('read', 'write', 'writev', 'final', 'destroy', 'construct')


class Duplex(Readable, Writable):
    """`stream.Duplex`."""

    def __init__(self, options=None, **kwargs):
        options = _opts(options, kwargs) if kwargs else (options or {})
        r = self._readableState = ReadableState(options, self, True)
        w = self._writableState = WritableState(options, self, True)
        self.allowHalfOpen = options.get('allowHalfOpen') is not False
        if options.get('readable') is False:
            r.readable = False
            r.ended = True
            r.endEmitted = True
        if options.get('writable') is False:
            w.writable = False
            w.ending = True
            w.ended = True
            w.finished = True
        install_hooks(self, options, self._hook_names)
        Stream.__init__(self, options)
        if self._construct is not None:
            _d.construct(self, _after_construct_fn(self))

    _hook_names = DUPLEX_HOOKS

    destroy = Writable.destroy

    @staticmethod
    def from_(body):
        """`stream.Duplex.from(src)`."""
        from .compose import duplex_from
        return duplex_from(body)

    @property
    def destroyed(self):
        r = self._readableState
        w = self._writableState
        if r is None or w is None:
            return False
        return r.destroyed and w.destroyed

    @destroyed.setter
    def destroyed(self, value):
        r = self._readableState
        w = self._writableState
        if r is not None and w is not None:
            r.destroyed = value
            w.destroyed = value


def _after_construct_fn(stream):
    def after():
        r = stream._readableState
        if r.needReadable:
            maybe_read_more(stream, r)
        w = stream._writableState
        if not w.writing:
            clear_buffer(stream, w)
        if w.ending:
            finish_maybe(stream, w)
    return after


setattr(Duplex, 'from', Duplex.from_)
