"""readable.iterator() / readable[Symbol.asyncIterator]() and the
[Symbol.asyncDispose]() of readables and writables (stream.md), the
Python way promise APIs are rendered (API.md "Values": a Thenable).

A JS async iterator is driven by hand: ``it = iterator(readable)``;
``it.next()`` returns a Thenable of ``{'value': chunk, 'done': False}``,
then ``{'value': None, 'done': True}`` once the stream has ended;
``it.return_()`` (= ``getattr(it, 'return')``) stops early.  Calls to
``next()`` are served one after the other, as an async generator's are.
Python's ``for``/``async for`` cannot be used: a blocking ``__next__`` would
stop the loop thread the stream needs, and ``async for`` needs asyncio.

Behaviour as Node 24: chunks come from ``readable.read()`` (a ``'readable'``
listener waits for more); the stream's error rejects the pending ``next()``
(a stream destroyed without one: ERR_STREAM_PREMATURE_CLOSE); once the
iteration is over — ended, failed or returned early — the stream is
destroyed, unless ``destroyOnReturn`` is False on an early return.
"""

from .. import errors
from .._util import Thenable
from ..process import queueMicrotask
from .destroy import destroyer
from .end_of_stream import finished

__all__ = ['iterator', 'readable_async_dispose', 'writable_async_dispose']

_PENDING = object()


class _ReadableIterator:
    def __init__(self, stream, destroy_on_return):
        self._stream = stream
        self._destroy_on_return = destroy_on_return
        self._requests = []          # [(kind, Thenable)] in call order
        self._error = _PENDING        # _PENDING: running; None: ended; else the error
        self._done = False
        self._waiting = False
        self._busy = False
        stream.on('readable', self._on_readable)
        self._cleanup = finished(stream, {'writable': False}, self._on_finished)

    # -- events ---------------------------------------------------------------
    def _on_readable(self):
        if self._waiting:
            self._wake()

    def _wake(self):
        # the body awaits a promise these callbacks resolve: it resumes a microtask later
        self._waiting = False
        self._busy = True

        def resume():
            self._busy = False
            self._pump()
        queueMicrotask(resume)

    def _on_finished(self, err=None):
        if self._error is _PENDING or self._error is None:
            self._error = err if err else None      # else the first error stays
        if self._waiting:
            self._wake()

    # -- the generator ------------------------------------------------------------
    # Served as an async generator is: the head request resumes the body,
    # which reads; a chunk (``yield``) and the end (``return``) are awaited
    # first, so they settle one microtask later and the next request is
    # served from there; an error (``throw``) settles at once.
    def _pump(self):
        while self._requests and not self._waiting and not self._busy:
            kind, p, value = self._requests[0]
            if self._done:
                self._requests.pop(0)
                if kind == 'return':
                    self._later(p, {'value': value, 'done': True})
                else:
                    p._resolve({'value': None, 'done': True})
                continue
            if kind == 'return':
                self._requests.pop(0)
                self._later(p, {'value': value, 'done': True}, finish=True)
                continue
            stream = self._stream
            chunk = None if stream.destroyed else stream.read()
            if chunk is not None:
                self._requests.pop(0)
                self._later(p, {'value': chunk, 'done': False})
            elif self._error is None:
                self._requests.pop(0)
                self._later(p, {'value': None, 'done': True}, finish=True)
            elif self._error is not _PENDING:
                self._requests.pop(0)
                err = self._error
                self._finish()
                p._reject(err)
            else:
                self._waiting = True

    def _later(self, p, result, finish=False):
        self._busy = True

        def step():
            self._busy = False
            if finish:
                self._finish()
            p._resolve(result)
            self._pump()
        queueMicrotask(step)

    def _finish(self):
        self._done = True
        stream = self._stream
        error = self._error       # _PENDING: still running (an early return)
        failed = error is not _PENDING and error is not None
        state = getattr(stream, '_readableState', None)
        auto_destroy = getattr(state, 'autoDestroy', True)
        if (failed or self._destroy_on_return) and (error is _PENDING or auto_destroy):
            destroyer(stream, None)
        else:
            stream.removeListener('readable', self._on_readable)
            self._cleanup()

    # -- the iterator protocol ---------------------------------------------------
    def next(self):
        """A Thenable of {'value': chunk, 'done': False} or {'value': None, 'done': True}."""
        p = Thenable()
        self._requests.append(('next', p, None))
        if len(self._requests) == 1:
            self._pump()
        return p

    def return_(self, value=None):
        """Ends the iteration (destroying the stream unless destroyOnReturn is False)."""
        p = Thenable()
        self._requests.append(('return', p, value))
        if len(self._requests) == 1:
            self._waiting = False
            self._pump()
        return p

    def throw(self, err):
        """Ends the iteration with `err`: the stream is destroyed; the thenable rejects with it."""
        p = Thenable()
        if not self._done:
            self._error = err
            self._finish()
        p._reject(err)
        return p

    def __getattr__(self, name):
        if name == 'return':
            return self.return_
        raise AttributeError(name)


def iterator(stream, options=None, **kwargs):
    """readable.iterator([options]) (``destroyOnReturn``, default True);
    readable[Symbol.asyncIterator]() is ``iterator(readable)``."""
    opts = dict(options or {}, **kwargs)
    dor = opts.get('destroyOnReturn')
    if dor is not None and not isinstance(dor, bool):
        raise errors.ERR_INVALID_ARG_TYPE('options.destroyOnReturn', 'boolean', dor)
    it = _ReadableIterator(stream, dor is not False)
    return it


def _dispose(stream, done_flag):
    p = Thenable()
    error = None
    if not stream.destroyed:
        error = None if getattr(stream, done_flag, False) else errors.AbortError()
        stream.destroy(error)

    def cb(err=None):
        if err and err is not error:
            p._reject(err)
        else:
            p._resolve(None)
    finished(stream, cb)
    return p


def readable_async_dispose(stream):
    """readable[Symbol.asyncDispose](): destroy() with an AbortError (unless it
    has ended); a Thenable fulfilled once the stream is finished."""
    return _dispose(stream, 'readableEnded')


def writable_async_dispose(stream):
    """writable[Symbol.asyncDispose](): destroy() with an AbortError (unless it
    has finished); a Thenable fulfilled once the stream is finished."""
    return _dispose(stream, 'writableFinished')
