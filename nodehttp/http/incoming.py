"""http.IncomingMessage (http.md "Class: http.IncomingMessage"; Node:
lib/_http_incoming.js): a Readable carrying a request (server) or a response
(client) body.

Theory of operation
-------------------
The connection code (server.py, client.py) owns the parser.  On
``HeadersComplete`` it creates the message with ``IncomingMessage(socket)``
and calls ``msg._on_headers(ev, join_duplicates, max_headers_count)``, which
copies method/url/status/version/rawHeaders.  Body bytes are pushed with
``msg.push(data)`` (when ``msg._dumped`` is False; a False return means "stop
reading the socket"), ``MessageComplete`` becomes ``msg._on_complete(raw
trailers)`` (sets ``complete``, stores trailers, pushes EOF).

``headers``/``headersDistinct``/``trailers``/``trailersDistinct`` are built
lazily from the raw lists on first access, with the duplicate rules of
http.md message.headers (common.headers_from_raw).

Hooks for the connection code
-----------------------------
- ``_on_headers(ev, join_duplicates=False, max_headers_count=0)``
- ``_on_complete(raw_trailers)``
- ``_dump()``: discard the body (Node: IncomingMessage.prototype._dump).
- ``_read_start``: ``_read`` calls it when the consumer wants data; it
  resumes the socket (the connection code pauses the socket when ``push``
  returns False) unless ``socket._paused`` (pipelining back-pressure) is set.
"""

from functools import partial as _partial

from nodehttp import process
from nodehttp.http.common import headers_distinct_from_raw, headers_from_raw
from nodehttp.loop import _ticks
from nodehttp.stream.destroy import emit_close_nt as _emit_close_nt

from nodehttp.events import EventEmitter as _EventEmitter
from nodehttp.stream import Readable as _Readable
from nodehttp.stream.readable import ReadableState as _ReadableState, _emit_readable_, _init_state
from nodehttp.stream.state import _default_hwm

_new = object.__new__

__all__ = ['IncomingMessage']


_tick = _ticks.append  # process.nextTick without the argument check


def _destroyed_nt(self):
    # The wind-down of a message read to its end (IncomingMessage.destroy's
    # fast path): the steps of _on_error_cb(self, None, cb) with the generic
    # destroy callback, i.e. `closed`, then 'close' on the next tick.
    state = self._readableState
    state.closed = True
    if _ticks:
        _tick(_partial(_emit_close_nt, self))
    elif self._writableState is None:
        # Nothing is queued: that tick would be the very next one to run
        # (microtasks wait for an empty tick queue), so run it now
        # (emit_close_nt for a message, which has no writable side).
        state.closeEmitted = True
        if state.emitClose:
            self.emit('close')
    else:
        _emit_close_nt(self)


def _on_error_cb(self, error, cb):
    # Node keeps an old behaviour: the error reaches 'error' only when
    # someone listens for it.
    if self.listenerCount('error') == 0:
        cb()
    else:
        cb(error)


class IncomingMessage(_Readable):
    """http.IncomingMessage -- http.md "Class: http.IncomingMessage"."""

    # Class-level defaults: only what a message changes goes into its dict.
    aborted = False            # http.md message.aborted
    complete = False           # http.md message.complete
    upgrade = None
    method = None
    statusCode = None
    statusMessage = None
    httpVersionMajor = None
    httpVersionMinor = None
    httpVersion = None
    joinDuplicateHeaders = False
    _consuming = False
    _dumped = False
    _headers = None            # Node: this[kHeaders] (lazy)
    _headers_distinct = None
    _headers_count = 0         # Node: this[kHeadersCount] (pairs * 2)
    _trailers = None
    _trailers_distinct = None
    _trailers_count = 0
    _max_headers_count = 0

    def __init__(self, socket=None, options=None):
        if socket is not None:
            rs = getattr(socket, '_readableState', None)
            hwm = rs.highWaterMark if rs is not None else getattr(socket, 'readableHighWaterMark', None)
            _Readable.__init__(self, {'highWaterMark': hwm}
                               if hwm is not None and hwm != 65536 else None)
        else:
            _Readable.__init__(self)
        state = getattr(self, '_readableState', None)
        if state is not None:
            # Node: the parser fills the buffer directly; _read only resumes.
            state.readingMore = True
        self.socket = socket
        self.rawHeaders = []
        self.rawTrailers = []
        self.url = ''
        self.client = socket

    @classmethod
    def _fast_new(cls, socket, ev):
        """IncomingMessage(socket) then _on_headers(ev) for the server's
        common case (this exact class, a socket with the default
        highWaterMark): the same attributes, set directly instead of through
        Readable/Stream/EventEmitter.__init__ (tests/unit/test_fast_paths.py
        compares the two).  None when the case is not that simple."""
        rs = socket._readableState
        if cls is not IncomingMessage or rs is None or rs.highWaterMark != 65536 \
                or _default_hwm[0] != 65536 or _EventEmitter.captureRejections:
            return None
        self = _new(cls)
        self._events = {}     # (_maxListeners, _warned: class defaults, as EventEmitter.__init__)
        # ReadableState(None, self), without the class call
        self._readableState = state = _new(_ReadableState)
        _init_state(state)
        state.readingMore = True
        self.socket = socket
        self.rawTrailers = []
        self.client = socket
        self.httpVersionMajor = major = ev.version_major
        self.httpVersionMinor = minor = ev.version_minor
        self.httpVersion = '1.1' if major == 1 and minor == 1 else '%d.%d' % (major, minor)
        self.rawHeaders = raw = ev.raw_headers
        self._headers_count = len(raw)
        self.method = ev.method
        self.url = ev.url
        self.upgrade = ev.upgrade
        return self

    # -- filled by the connection --------------------------------------------
    def _on_headers(self, ev, join_duplicates=False, max_headers_count=0):
        """Copy a parser HeadersComplete event into the message."""
        self.httpVersionMajor = major = ev.version_major
        self.httpVersionMinor = minor = ev.version_minor
        self.httpVersion = '1.1' if major == 1 and minor == 1 else '%d.%d' % (major, minor)
        raw = ev.raw_headers
        self.rawHeaders = raw
        self._headers_count = len(raw)
        if max_headers_count and max_headers_count * 2 < len(raw):
            self._headers_count = max_headers_count * 2
        if join_duplicates:
            self.joinDuplicateHeaders = True
        if ev.method is not None:
            self.method = ev.method
            self.url = ev.url
        else:
            self.statusCode = ev.status_code
            self.statusMessage = ev.reason
        self.upgrade = ev.upgrade

    def _on_complete(self, raw_trailers=None):
        self.complete = True
        if raw_trailers:
            self.rawTrailers = raw_trailers
            self._trailers_count = len(raw_trailers)
            self._trailers = None
            self._trailers_distinct = None
        state = self._readableState
        if (not state.ended and state.sync and not state.emittedReadable
                and state.decoder is None and type(self).push is _readable_push):
            # push(None) -> _on_eof_chunk -> emit_readable, inlined for a
            # message nobody has read yet (every bodyless request): ended,
            # and 'readable' announced on the next tick.
            state.reading = False
            state.ended = True
            state.needReadable = False
            state.emittedReadable = True
            _tick(_partial(_emit_readable_, self))
            return
        self.push(None)

    def _push_last(self, chunk):
        """``push(chunk)`` (returning True) then ``_on_complete()`` (no
        trailers), fused, for a whole body that comes with its end (the
        client's keep-alive response, read at once): True when done so,
        False (nothing changed) when the message is not in that plain state,
        for the caller to take the two steps itself.

        The state is that of a message nobody has read yet (``sync`` still
        set by the constructor, ``readingMore`` by _fast_new: so push()'s
        _add_chunk buffers the chunk, needs no 'readable' and queues no
        maybe_read_more) and the chunk stays below the highWaterMark (push()
        returns True); _on_complete then takes its inlined push(None), as
        for a bodyless message."""
        state = self._readableState
        if (state.sync and state.readingMore and not state.needReadable
                and not state.emittedReadable and not state.ended and not state.destroyed
                and not state.errored and state.decoder is None and not state.objectMode
                and chunk.__class__ is bytes and 0 < len(chunk)
                and state.length + len(chunk) < state.highWaterMark
                and self.__class__ is IncomingMessage and IncomingMessage.push is _readable_push):
            state.reading = False
            state.length += len(chunk)
            state.buffer.append(chunk)
            self.complete = True
            # _on_complete's push(None), inlined
            state.ended = True
            state.emittedReadable = True
            _tick(_partial(_emit_readable_, self))
            return True
        return False

    # -- properties ------------------------------------------------------
    @property
    def connection(self):
        return self.socket

    @connection.setter
    def connection(self, value):
        self.socket = value

    @property
    def headers(self):
        """http.md message.headers (duplicates merged as documented)."""
        h = self._headers
        if h is None:
            raw = self.rawHeaders
            if self._headers_count != len(raw):
                raw = raw[:self._headers_count]
            h = self._headers = headers_from_raw(raw, self.joinDuplicateHeaders)
        return h

    @headers.setter
    def headers(self, value):
        self._headers = value

    @property
    def headersDistinct(self):
        h = self._headers_distinct
        if h is None:
            raw = self.rawHeaders
            if self._headers_count != len(raw):
                raw = raw[:self._headers_count]
            h = self._headers_distinct = headers_distinct_from_raw(raw)
        return h

    @headersDistinct.setter
    def headersDistinct(self, value):
        self._headers_distinct = value

    @property
    def trailers(self):
        t = self._trailers
        if t is None:
            if not self.complete:
                return {}
            t = self._trailers = headers_from_raw(self.rawTrailers, self.joinDuplicateHeaders)
        return t

    @trailers.setter
    def trailers(self, value):
        self._trailers = value

    @property
    def trailersDistinct(self):
        t = self._trailers_distinct
        if t is None:
            if not self.complete:
                return {}
            t = self._trailers_distinct = headers_distinct_from_raw(self.rawTrailers)
        return t

    @trailersDistinct.setter
    def trailersDistinct(self, value):
        self._trailers_distinct = value

    # -- methods ---------------------------------------------------------
    def setTimeout(self, msecs, callback=None):
        """http.md message.setTimeout(msecs[, callback])."""
        if callback is not None:
            self.on('timeout', callback)
        conn = getattr(self.socket, '_http_conn', None)
        if conn is not None:
            conn.watch_timeout()      # the server routes 'timeout' to us
        self.socket.setTimeout(msecs)
        return self

    def _read(self, n=None):
        if not self._consuming:
            state = getattr(self, '_readableState', None)
            if state is not None:
                state.readingMore = False
            self._consuming = True
        # The connection pushes body bytes itself; reading only means
        # "let the socket flow again".
        sock = self.socket
        if sock is not None and getattr(sock, 'readable', False):
            self._read_start()

    def _read_start(self):
        # Node: readStart(socket) -- unless the server paused the socket for
        # pipelining back-pressure (socket._paused).
        sock = self.socket
        if sock is not None and not getattr(sock, '_paused', False) and sock.readable:
            # Only a socket that is actually stopped needs resume(): Node's
            # resume() of a flowing socket is a no-op in effect, ours would
            # cost a tick and a read(0) per request.
            if not getattr(sock, '_reading', True) or sock.isPaused():
                sock.resume()

    def destroy(self, err=None, cb=None):
        """stream.md readable.destroy([error])."""
        state = self._readableState
        if (err is None and cb is None and state.endEmitted and self.complete
                and not self.aborted and not state.destroyed and state.constructed
                and getattr(self._destroy, '__func__', None) is _own_destroy):
            # Fast path for the autoDestroy after 'end' (every request and
            # response): the generic destroy would call our _destroy, which
            # only queues _on_error_cb -> callback -> 'close' tick.  Same
            # steps, same ticks, without the per-call closures.
            state.destroyed = True
            _tick(_partial(_destroyed_nt, self))
            return self
        return _Readable.destroy(self, err, cb)

    def _destroy(self, err, cb):
        if not self.readableEnded or not self.complete:
            self.aborted = True
            self.emit('aborted')
        sock = self.socket
        if sock is not None and not sock.destroyed and self.aborted:
            sock.destroy(err) if err is not None else sock.destroy()
            # Node waits for the socket to finish closing before the
            # message's own error/close.
            def on_close(*_):
                process.nextTick(_on_error_cb, self, err, cb)
            if sock.destroyed and getattr(sock, 'closed', False):
                process.nextTick(_on_error_cb, self, err, cb)
            else:
                sock.once('close', on_close)
        else:
            process.nextTick(_on_error_cb, self, err, cb)

    def _dump(self):
        """Discard the body (Node: IncomingMessage.prototype._dump)."""
        if not self._dumped:
            self._dumped = True
            if 'data' in self._events or type(self).removeAllListeners is not _readable_remove_all:
                # (with no 'data' listener, Readable's removeAllListeners('data')
                # does nothing: skipped)
                self.removeAllListeners('data')
            self.resume()

    def _addHeaderLines(self, headers, n):
        if headers:
            if self.complete:
                self.rawTrailers = headers
                self._trailers_count = n
                self._trailers = None
            else:
                self.rawHeaders = headers
                self._headers_count = n
                self._headers = None

    def _addHeaderLine(self, field, value, dest):
        """Node's merge rule for one line into `dest` (kept for subclasses)."""
        merged = headers_from_raw([field, value], self.joinDuplicateHeaders)
        key = field.lower()
        if key not in dest:
            dest[key] = merged[key]
        elif key == 'set-cookie':
            dest[key].append(value)
        else:
            dest.update(headers_from_raw(
                [key, dest[key] if not isinstance(dest[key], list) else dest[key][0], field, value],
                self.joinDuplicateHeaders))

    def _addHeaderLineDistinct(self, field, value, dest):
        key = field.lower()
        if key not in dest:
            dest[key] = [value]
        else:
            dest[key].append(value)


_own_destroy = IncomingMessage._destroy
_readable_push = _Readable.push
_readable_remove_all = _Readable.removeAllListeners
