"""http.OutgoingMessage (http.md "Class: http.OutgoingMessage"; Node:
lib/_http_outgoing.js): the writable half shared by ServerResponse and
ClientRequest.

Theory of operation
-------------------
Headers live in ``_out_headers`` (``{lower name: [original name, value]}``,
None until the first setHeader).  When the first body byte, ``end()`` or
``flushHeaders()`` needs them, the subclass's ``_implicit_header()`` renders
the head with ``_store_header(first_line, headers)`` into ``_header`` (a str,
latin-1) and decides the framing (Content-Length, chunked or read-until-close)
and the keep-alive answer.  The head is not written by itself: ``_send()``
prepends it to the first body bytes, so ``res.end(body)`` is one bytes object
and one ``socket.write`` (one ``send``).

Bytes go to ``socket.write`` only when the message owns the socket
(``socket._httpMessage is self``) and is not corked; otherwise they wait in
``outputData`` (a pipelined response waiting for its turn, a ClientRequest
waiting for its socket, a corked message) and ``_flush_output()`` writes them
joined into one buffer.

Hooks a subclass supplies
-------------------------
- ``_implicit_header()``: render the head from its current state, normally
  ``self._store_header(first_line, self._out_headers)`` (ServerResponse via
  ``writeHead(statusCode)``; ClientRequest with ``'GET /path HTTP/1.1\\r\\n'``).
  The base raises ERR_METHOD_NOT_IMPLEMENTED as Node does.
- ``_on_pending_data(delta)``: optional back-pressure accounting of bytes
  parked in ``outputData`` (server: pauses reading of pipelined requests).
- ``_on_need_drain()``: optional; called when ``write()`` returns false.
- ``_finish()``: emits ``'prefinish'``; override and call super to hook it.
- Attributes a subclass may set before headers are rendered:
  ``useChunkedEncodingByDefault`` (client: False for GET/HEAD/...; server: True),
  ``shouldKeepAlive``, ``sendDate`` (server True), ``_hasBody`` (False for a
  response to HEAD, 204, 304), ``agent`` (client: makes ``Connection:
  keep-alive`` go out even without a length), ``_keepAliveTimeout`` and
  ``_maxRequestsPerSocket`` (server: the ``Keep-Alive: timeout=N`` header),
  ``maxRequestsOnConnectionReached``.
- When the socket is given to the message: set ``self.socket = socket`` and
  ``socket._httpMessage = self``, then call ``self._flush()`` (ClientRequest's
  onSocket / ServerResponse.assignSocket).
- ``'finish'`` is emitted from the socket write callback of the last bytes
  (``_on_finish``); the subclass listens to it (server: resOnFinish).
"""

import re

from nodehttp import errors, process
from nodehttp._util import fit
from nodehttp.events import EventEmitter
from nodehttp.http import common
from nodehttp.http.common import (
    check_invalid_header_char, js_str, validateHeaderName, validateHeaderValue,
)
from nodehttp.stream._encoding import encode as _encode

try:  # the legacy Stream base (Node: OutgoingMessage extends Stream)
    from nodehttp.stream import Stream as _Base
except Exception:  # pragma: no cover - streams layer not there yet
    _Base = EventEmitter

__all__ = ['OutgoingMessage', 'utc_date']

# Fields whose presence changes framing or keep-alive (matchHeader in Node),
# plus the ones whose value needs more than str().
_SPECIAL_FIELDS = frozenset((
    'connection', 'transfer-encoding', 'content-length', 'date', 'expect',
    'trailer', 'keep-alive', 'content-disposition', 'set-cookie', 'cookie',
))
_valid_names = common._valid_names   # names validateHeaderName accepted before
_valid_values = common._valid_values  # ... and values validateHeaderValue accepted
_RE_CONN_CLOSE = re.compile(r'(?:^|\W)close(?:$|\W)', re.I)
_RE_TE_CHUNKED = re.compile(r'(?:^|\W)chunked(?:$|\W)', re.I)
_CRLF = b'\r\n'
_EMPTY = b''

# Date header: one string per second (Node: utcDate() in internal/http.js,
# cached until the next second).
_date_cache = ['', -1]
try:
    from time import time as _time
    from email.utils import formatdate as _formatdate
except ImportError:  # pragma: no cover
    raise


_ka_lines = {}


def _keep_alive_lines(timeout, max_requests):
    """'Connection: keep-alive' plus Node's 'Keep-Alive: timeout=N[, max=M]'."""
    key = (timeout, max_requests)
    line = _ka_lines.get(key)
    if line is None:
        line = 'Connection: keep-alive\r\nKeep-Alive: timeout=%d' % (timeout // 1000)
        if max_requests and int(max_requests) > 0:
            line += ', max=%d' % int(max_requests)
        line += '\r\n'
        if len(_ka_lines) < 64:
            _ka_lines[key] = line
    return line


_date_line_cache = ['', -1]


def date_line():
    """'Date: <RFC 7231 date>\\r\\n', cached per second."""
    now = int(_time())
    if now != _date_line_cache[1]:
        _date_line_cache[0] = 'Date: ' + utc_date() + '\r\n'
        _date_line_cache[1] = now
    return _date_line_cache[0]


def utc_date():
    """`new Date().toUTCString()`, cached per second."""
    now = int(_time())
    if now != _date_cache[1]:
        _date_cache[0] = _formatdate(now, usegmt=True)
        _date_cache[1] = now
    return _date_cache[0]


def _nop(*args):
    pass


def _to_bytes(chunk, encoding):
    """(bytes, byte length) of a write() chunk, or raise as Node's write_()."""
    if isinstance(chunk, str):
        if encoding is None or encoding == 'utf8' or encoding == 'utf-8':
            data = chunk.encode('utf-8', 'surrogatepass') if chunk.isascii() \
                else _encode(chunk, 'utf8')
        else:
            data = _encode(chunk, encoding)
        return data
    if isinstance(chunk, bytes):
        return chunk
    if isinstance(chunk, (bytearray, memoryview)):
        return bytes(chunk)
    if chunk is None:
        raise errors.ERR_STREAM_NULL_VALUES()
    raise errors.ERR_INVALID_ARG_TYPE('chunk', ['string', 'Buffer', 'Uint8Array'], chunk)


class _HeaderState:
    __slots__ = ('connection', 'contLen', 'te', 'date', 'expect', 'trailer', 'header')

    def __init__(self, header):
        self.connection = self.contLen = self.te = False
        self.date = self.expect = self.trailer = False
        self.header = header


_NO_FLAGS = _HeaderState('')   # read-only: no field changed anything


def _parse_unique_headers(value):
    """createServer/request `uniqueHeaders` option -> set of lower names."""
    if value is None:
        return None
    if not isinstance(value, (list, tuple)):
        raise errors.ERR_INVALID_ARG_TYPE('options.uniqueHeaders', 'Array', value)
    return {str(v).lower() for v in value}


class OutgoingMessage(_Base):
    """http.OutgoingMessage -- http.md "Class: http.OutgoingMessage"."""

    # Defaults live on the class: the hot path only writes what changes.
    # Public flags with Node's names (http.md / lib/_http_outgoing.js):
    sendDate = False                 # add a Date header when rendering
    finished = False                 # end() was called (writableEnded)
    destroyed = False                # destroy() was called / socket closed
    errored = None
    chunkedEncoding = False          # body framed with chunked coding
    useChunkedEncodingByDefault = True
    shouldKeepAlive = True
    maxRequestsOnConnectionReached = False
    strictContentLength = False
    socket = None
    _header = None                   # the rendered head (str) once set
    _headerSent = False              # the head went into a write
    _last = False                    # close the connection after this one
    _closed = False                  # 'close' emitted
    _hasBody = True
    _trailer = ''
    _contentLength = None
    _removedConnection = False
    _removedContLen = False
    _removedTE = False
    _defaultKeepAlive = True
    _keepAliveTimeout = 0
    _maxRequestsPerSocket = 0
    _out_headers = None              # Node: this[kOutHeaders]
    _unique_headers = None           # Node: this[kUniqueHeaders]
    _corked = 0                      # Node: this[kCorked]
    _bytes_written = 0               # Node: this[kBytesWritten]
    _need_drain = False              # Node: this[kNeedDrain]
    _reject_non_standard_body_writes = False
    _high_water_mark = 65536
    agent = None
    outputSize = 0
    outputData = ()                  # bytes waiting for the socket; a list once used

    def __init__(self, options=None):
        EventEmitter.__init__(self)
        if options:
            hwm = options.get('highWaterMark') if isinstance(options, dict) else None
            if hwm is not None:
                self._high_water_mark = hwm
            if isinstance(options, dict) and options.get('rejectNonStandardBodyWrites'):
                self._reject_non_standard_body_writes = True

    # -- hooks ---------------------------------------------------------------
    def _implicit_header(self):
        raise errors.ERR_METHOD_NOT_IMPLEMENTED('_implicitHeader()')

    def _implicitHeader(self):  # Node's name, for subclasses written against it
        self._implicit_header()

    def _simple_head(self, n):
        """Hook for end()'s hot path: render the implicit head for a body of
        n bytes in one step and return True, or return False (nothing
        changed) for the general path (ServerResponse has one)."""
        return False

    def _on_pending_data(self, delta):
        pass

    _onPendingData = _on_pending_data

    def _finish(self):
        self.emit('prefinish')

    # -- properties ------------------------------------------------------
    @property
    def headersSent(self):
        """http.md outgoingMessage.headersSent."""
        return self._header is not None

    @property
    def connection(self):
        return self.socket

    @connection.setter
    def connection(self, value):
        self.socket = value

    @property
    def writableEnded(self):
        return self.finished

    @property
    def writableFinished(self):
        sock = self.socket
        return (self.finished and self.outputSize == 0
                and (sock is None or sock.writableLength == 0))

    @property
    def writableObjectMode(self):
        return False

    @property
    def writableLength(self):
        sock = self.socket
        return self.outputSize + (sock.writableLength if sock is not None else 0)

    @property
    def writableHighWaterMark(self):
        sock = self.socket
        if sock is not None:
            return sock.writableHighWaterMark
        return self._high_water_mark

    @property
    def writableCorked(self):
        return self._corked

    @property
    def writableNeedDrain(self):
        return self._need_drain

    @property
    def writable(self):
        return not self.finished and not self.destroyed

    # -- header storage --------------------------------------------------
    def setHeader(self, name, value):
        """http.md outgoingMessage.setHeader(name, value)."""
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('set')
        if name.__class__ is not str or name not in _valid_names:
            validateHeaderName(name)
        if value.__class__ is not str or value not in _valid_values:
            validateHeaderValue(name, value)
        headers = self._out_headers
        if headers is None:
            self._out_headers = headers = {}
        headers[name.lower()] = [name, value]
        return self

    def setHeaders(self, headers):
        """http.md outgoingMessage.setHeaders(headers): a dict (Map/Headers)."""
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('set')
        if not headers or isinstance(headers, (list, tuple, str)) or \
                not hasattr(headers, 'keys') or not hasattr(headers, 'get'):
            raise errors.ERR_INVALID_ARG_TYPE('headers', ['Headers', 'Map'], headers)
        cookies = []
        for key in list(headers.keys()):
            value = headers.get(key)
            if key == 'set-cookie':
                if isinstance(value, list):
                    cookies.extend(value)
                else:
                    cookies.append(value)
                continue
            self.setHeader(key, value)
        if cookies:
            self.setHeader('set-cookie', cookies)
        return self

    def appendHeader(self, name, value):
        """http.md outgoingMessage.appendHeader(name, value)."""
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('append')
        validateHeaderName(name)
        validateHeaderValue(name, value)
        field = name.lower()
        headers = self._out_headers
        if headers is None or field not in headers:
            return self.setHeader(name, value)
        entry = headers[field]
        if not isinstance(entry[1], list):
            entry[1] = [entry[1]]
        if isinstance(value, (list, tuple)):
            entry[1].extend(value)
        else:
            entry[1].append(value)
        return self

    def getHeader(self, name):
        """http.md outgoingMessage.getHeader(name)."""
        if not isinstance(name, str):
            raise errors.ERR_INVALID_ARG_TYPE('name', 'string', name)
        headers = self._out_headers
        if headers is None:
            return None
        entry = headers.get(name.lower())
        return entry[1] if entry is not None else None

    def getHeaderNames(self):
        headers = self._out_headers
        return list(headers) if headers is not None else []

    def getRawHeaderNames(self):
        headers = self._out_headers
        return [e[0] for e in headers.values()] if headers is not None else []

    def getHeaders(self):
        headers = self._out_headers
        if headers is None:
            return {}
        return {k: e[1] for k, e in headers.items()}

    def hasHeader(self, name):
        if not isinstance(name, str):
            raise errors.ERR_INVALID_ARG_TYPE('name', 'string', name)
        headers = self._out_headers
        return headers is not None and name.lower() in headers

    def removeHeader(self, name):
        """http.md outgoingMessage.removeHeader(name)."""
        if not isinstance(name, str):
            raise errors.ERR_INVALID_ARG_TYPE('name', 'string', name)
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('remove')
        key = name.lower()
        if key == 'connection':
            self._removedConnection = True
        elif key == 'content-length':
            self._removedContLen = True
        elif key == 'transfer-encoding':
            self._removedTE = True
        elif key == 'date':
            self.sendDate = False
        if self._out_headers is not None:
            self._out_headers.pop(key, None)

    # Node keeps these for compatibility; same storage.
    def _renderHeaders(self):
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('render')
        headers = self._out_headers
        if headers is None:
            return {}
        return {e[0]: e[1] for e in headers.values()}

    # -- rendering the head -----------------------------------------------
    def _store_header(self, first_line, headers):
        """Render the head into self._header and decide framing and
        keep-alive (Node: OutgoingMessage.prototype._storeHeader)."""
        state = _NO_FLAGS
        if headers:
            if headers is self._out_headers:
                # Values were validated by setHeader; plain strings of
                # fields that change nothing are appended directly.
                parts = [first_line]
                for key, entry in headers.items():
                    value = entry[1]
                    if value.__class__ is str and key not in _SPECIAL_FIELDS:
                        parts.append(entry[0] + ': ' + value + '\r\n')
                    else:
                        if state is _NO_FLAGS:
                            state = _HeaderState('')
                        state.header = ''
                        self._process_header(state, entry[0], value, False)
                        parts.append(state.header)
                header = ''.join(parts)
            else:
                state = _HeaderState(first_line)
                if isinstance(headers, (list, tuple)):
                    if headers and isinstance(headers[0], (list, tuple)):
                        for entry in headers:
                            self._process_header(state, entry[0], entry[1], True)
                    else:
                        if len(headers) % 2:
                            raise errors.ERR_INVALID_ARG_VALUE('headers', headers)
                        for i in range(0, len(headers), 2):
                            self._process_header(state, headers[i], headers[i + 1], True)
                else:
                    for key, value in headers.items():
                        self._process_header(state, key, value, True)
                header = state.header
        else:
            header = first_line

        if self.sendDate and not state.date:
            header += date_line()

        # A 204/304 with a user-set "Transfer-Encoding: chunked" would make
        # the peer wait for a body that never comes: drop the framing and
        # close (Node: _storeHeader).
        if self.chunkedEncoding and (getattr(self, 'statusCode', 0) in (204, 304)):
            self.chunkedEncoding = False
            self.shouldKeepAlive = False

        if self._removedConnection:
            self._last = not self.shouldKeepAlive
        elif not state.connection:
            if self.shouldKeepAlive and (
                    state.contLen or self.useChunkedEncodingByDefault or self.agent):
                if self.maxRequestsOnConnectionReached:
                    header += 'Connection: close\r\n'
                elif self._keepAliveTimeout and self._defaultKeepAlive:
                    header += _keep_alive_lines(self._keepAliveTimeout, self._maxRequestsPerSocket)
                else:
                    header += 'Connection: keep-alive\r\n'
            else:
                self._last = True
                header += 'Connection: close\r\n'

        if not state.contLen and not state.te:
            if not self._hasBody:
                self.chunkedEncoding = False
            elif not self.useChunkedEncodingByDefault:
                self._last = True
            elif not state.trailer and not self._removedContLen and \
                    self._contentLength.__class__ is int:
                header += 'Content-Length: %d\r\n' % self._contentLength
            elif not self._removedTE:
                header += 'Transfer-Encoding: chunked\r\n'
                self.chunkedEncoding = True
            else:
                self._last = True

        if state.trailer and self.chunkedEncoding is not True:
            raise errors.ERR_HTTP_TRAILER_INVALID()

        self._header = header + '\r\n'
        self._headerSent = False
        # An Expect: 100-continue request goes out at once, before any body.
        if state.expect:
            self._send(_EMPTY)

    _storeHeader = _store_header

    def _process_header(self, state, key, value, validate):
        if validate:
            validateHeaderName(key)
        if isinstance(value, (list, tuple)):
            # Several values go out as several lines, except for Cookie and
            # the uniqueHeaders, which are joined with '; ' (Node: processHeader).
            uniq = self._unique_headers
            if (len(value) < 2 or key.lower() != 'cookie') and \
                    (uniq is None or key.lower() not in uniq):
                for v in value:
                    self._store_one(state, key, v, validate)
                return
            value = '; '.join(js_str(v) for v in value)
        self._store_one(state, key, value, validate)

    def _store_one(self, state, key, value, validate):
        if validate:
            validateHeaderValue(key, value)
        value = js_str(value)
        state.header += key + ': ' + value + '\r\n'
        n = len(key)
        if n < 4 or n > 17:
            return
        key = key.lower()
        if key == 'connection':
            state.connection = True
            self._removedConnection = False
            if _RE_CONN_CLOSE.search(value):
                self._last = True
            else:
                self.shouldKeepAlive = True
        elif key == 'transfer-encoding':
            state.te = True
            self._removedTE = False
            if _RE_TE_CHUNKED.search(value):
                self.chunkedEncoding = True
        elif key == 'content-length':
            state.contLen = True
            try:
                self._contentLength = int(value.strip())
            except ValueError:
                try:
                    self._contentLength = float(value)
                except ValueError:
                    self._contentLength = float('nan')
            self._removedContLen = False
        elif key == 'date':
            state.date = True
        elif key == 'expect':
            state.expect = True
        elif key == 'trailer':
            state.trailer = True
        elif key == 'keep-alive':
            self._defaultKeepAlive = False

    # -- writing ------------------------------------------------------------
    def _send(self, data, callback=None):
        """Queue body bytes, putting the head in front of the first ones."""
        if not self._headerSent and self._header is not None:
            data = self._header.encode('latin-1', 'replace') + data if data \
                else self._header.encode('latin-1', 'replace')
            self._headerSent = True
        return self._write_raw(data, callback)

    def _write_raw(self, data, callback=None):
        conn = self.socket
        if conn is not None and conn.destroyed:
            return False
        if conn is not None and self._corked == 0 and conn._httpMessage is self \
                and conn.writable:
            if self.outputData:
                self._flush_output(conn)
            if callback is None:
                return conn.write(data)
            return conn.write(data, callback)
        od = self.outputData
        if od.__class__ is tuple:
            self.outputData = od = []
        od.append((data, callback))
        n = len(data)
        self.outputSize += n
        self._on_pending_data(n)
        return self.outputSize < self._high_water_mark

    _writeRaw = _write_raw

    def _flush(self):
        """Called once the socket is ours: write what waited (Node: _flush)."""
        socket = self.socket
        if not self.outputData and not self.finished and not self._need_drain:
            return
        if socket is not None and socket.writable:
            ret = self._flush_output(socket)
            if self.finished:
                self._finish()
            elif ret and self._need_drain:
                self._need_drain = False
                self.emit('drain')

    def _flush_output(self, socket):
        data = self.outputData
        if not data or self._corked:
            return True
        self.outputData = ()
        size = self.outputSize
        self.outputSize = 0
        self._on_pending_data(-size)
        if len(data) == 1:
            chunk, cb = data[0]
            return socket.write(chunk, cb) if cb is not None else socket.write(chunk)
        cbs = [cb for _, cb in data if cb is not None]
        joined = _EMPTY.join([c for c, _ in data])
        if not cbs:
            return socket.write(joined)
        if len(cbs) == 1:
            return socket.write(joined, cbs[0])

        def all_cbs(err=None):
            for cb in cbs:
                cb(err)
        return socket.write(joined, all_cbs)

    _flushOutput = _flush_output

    def _strict_cl(self):
        return (self.strictContentLength and self._contentLength is not None
                and self._hasBody and not self._removedContLen
                and not self.chunkedEncoding and not self.hasHeader('transfer-encoding'))

    def write(self, chunk, encoding=None, callback=None):
        """http.md outgoingMessage.write(chunk[, encoding][, callback])."""
        if callable(encoding):
            callback, encoding = encoding, None
        if callback is not None and callable(callback):
            # JS ignores extra arguments: a 0-argument callback is fine
            callback = fit(callback)
        ret = self._write_(chunk, encoding, callback, False)
        if not ret:
            self._need_drain = True
            self._on_need_drain()
        return ret

    def _on_need_drain(self):
        """Hook: write() returned false; 'drain' will be wanted."""


    def _write_(self, chunk, encoding, callback, from_end):
        if callback is not None and not callable(callback):
            raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
        # Node 24: the callback gets the error first, then 'error' is
        # emitted unless the message is destroyed by then; write() -> false.
        if self.finished:
            err = errors.ERR_STREAM_WRITE_AFTER_END()
            process.nextTick(self._on_error_nt, err, callback or _nop)
            return False
        if self.destroyed:
            err = errors.ERR_STREAM_DESTROYED('write')
            process.nextTick(self._on_error_nt, err, callback or _nop)
            return False
        data = _to_bytes(chunk, encoding)
        n = len(data)
        if self._header is None:
            if from_end:
                self._contentLength = n
            self._implicit_header()
        if not self._hasBody:
            if self._reject_non_standard_body_writes:
                raise errors.ERR_HTTP_BODY_NOT_ALLOWED()
            if callback is not None:
                process.nextTick(callback)
            return True
        if self._strict_cl():
            if not from_end and self._bytes_written + n > self._contentLength:
                raise errors.ERR_HTTP_CONTENT_LENGTH_MISMATCH(
                    n + self._bytes_written, self._contentLength)
            self._bytes_written += n
        if not n:
            # Node: an empty chunk still goes through _send (flushes the head).
            if not self._headerSent or callback is not None:
                return self._send(_EMPTY, callback)
            return self.outputSize < self._high_water_mark
        if self.chunkedEncoding:
            return self._send(b'%x\r\n' % n + data + _CRLF, callback)
        return self._send(data, callback)

    def _on_error_nt(self, err, callback):
        callback(err)
        if not self.destroyed:
            self.emit('error', err)

    def end(self, chunk=None, encoding=None, callback=None):
        """http.md outgoingMessage.end(chunk[, encoding][, callback])."""
        # Hot path: the whole message in one call on a socket we own -- head
        # and body become one bytes object and one socket.write().  Same
        # result as the general path below (implicit head with
        # Content-Length, then the 'finish' callback after the write).
        if encoding is not None and callable(encoding):
            callback, encoding = encoding, None
        if self._header is None and callback is None and not self._corked \
                and not self.finished and not self.destroyed and not self.outputData:
            sock = self.socket
            if sock is not None and sock._httpMessage is self and sock.writable \
                    and not self.strictContentLength:
                cls = chunk.__class__
                if cls is str:
                    if encoding is None or encoding == 'utf8' or encoding == 'utf-8':
                        data = chunk.encode() if chunk.isascii() else _encode(chunk, 'utf8')
                    else:
                        data = _encode(chunk, encoding)
                elif cls is bytes:
                    data = chunk
                elif chunk is None:
                    data = _EMPTY
                else:
                    data = None
                if data is not None:
                    self._contentLength = n = len(data)
                    if not self._simple_head(n):
                        self._implicit_header()
                    head = self._header.encode('latin-1', 'replace')
                    if not self._hasBody:
                        payload = head
                    elif self.chunkedEncoding:
                        payload = head + (b'%x\r\n' % len(data) + data + _CRLF if data else _EMPTY) \
                            + ('0\r\n' + self._trailer + '\r\n').encode('latin-1', 'replace')
                    else:
                        payload = head + data
                    self._headerSent = True
                    self.finished = True
                    sock.write(payload, self._on_finish)
                    self._finish()
                    return self
        if callable(chunk):
            callback, chunk, encoding = chunk, None, None
        elif callable(encoding):
            callback, encoding = encoding, None

        if chunk is not None and chunk != '' and chunk != b'':
            if self.finished:
                err = errors.ERR_STREAM_WRITE_AFTER_END()
                process.nextTick(self._on_error_nt, err, fit(callback) if callback else _nop)
                return self
            self._corked += 1
            try:
                self._write_(chunk, encoding, None, True)
            except BaseException:
                self._corked -= 1
                raise
        elif self.finished:
            if callback is not None:
                if not self.writableFinished:
                    self.on('finish', callback)
                else:
                    fit(callback)(errors.ERR_STREAM_ALREADY_FINISHED('end'))
            return self
        elif self._header is None:
            self._corked += 1
            self._contentLength = 0
            try:
                self._implicit_header()
            except BaseException:
                self._corked -= 1
                raise

        if callback is not None:
            self.once('finish', callback)

        if self._strict_cl() and self._bytes_written != self._contentLength:
            raise errors.ERR_HTTP_CONTENT_LENGTH_MISMATCH(
                self._bytes_written, self._contentLength)

        if self._hasBody and self.chunkedEncoding:
            self._send(('0\r\n' + self._trailer + '\r\n').encode('latin-1', 'replace'),
                       self._on_finish)
        elif not self._headerSent or self.outputData or chunk:
            self._send(_EMPTY, self._on_finish)
        else:
            sock = self.socket
            if sock is not None and sock.writableLength:
                self._send(_EMPTY, self._on_finish)
            else:
                process.nextTick(self._on_finish)

        # end() always uncorks everything (Node: this[kCorked] = 1; uncork()).
        self._corked = 0
        self.finished = True
        sock = self.socket
        if sock is not None and sock._httpMessage is self:
            if self.outputData and sock.writable:
                self._flush_output(sock)
            if not self.outputData:
                self._finish()
        return self

    def _on_finish(self, err=None):
        # Node: onFinish(outmsg) -- not after the socket had an error.
        sock = self.socket
        if sock is not None and getattr(sock, '_hadError', False):
            return
        self.emit('finish')

    def cork(self):
        """http.md outgoingMessage.cork()."""
        self._corked += 1

    def uncork(self):
        """http.md outgoingMessage.uncork()."""
        if self._corked:
            self._corked -= 1
        if self._corked == 0:
            sock = self.socket
            if sock is not None and sock._httpMessage is self and sock.writable \
                    and self.outputData:
                self._flush_output(sock)

    def flushHeaders(self):
        """http.md outgoingMessage.flushHeaders()."""
        if self._header is None:
            self._implicit_header()
        self._send(_EMPTY)

    def addTrailers(self, headers):
        """http.md outgoingMessage.addTrailers(headers)."""
        trailer = ''
        if isinstance(headers, (list, tuple)):
            items = [(e[0], e[1]) for e in headers]
        else:
            items = list(headers.items())
        uniq = self._unique_headers
        for field, value in items:
            validateHeaderName(field, 'Trailer name')
            if isinstance(value, (list, tuple)) and len(value) > 1 and \
                    (uniq is None or field.lower() not in uniq):
                for v in value:
                    v = js_str(v)
                    if check_invalid_header_char(v):
                        raise errors.ERR_INVALID_CHAR('trailer content', field)
                    trailer += field + ': ' + v + '\r\n'
            else:
                if isinstance(value, (list, tuple)):
                    value = '; '.join(js_str(v) for v in value)
                value = js_str(value)
                if check_invalid_header_char(value):
                    raise errors.ERR_INVALID_CHAR('trailer content', field)
                trailer += field + ': ' + value + '\r\n'
        self._trailer = trailer

    def setTimeout(self, msecs, callback=None):
        """http.md outgoingMessage.setTimeout(msecs[, callback])."""
        if callback is not None:
            self.on('timeout', callback)
        if self.socket is None:
            self.once('socket', lambda socket: socket.setTimeout(msecs))
        else:
            self.socket.setTimeout(msecs)
        return self

    def destroy(self, error=None):
        """http.md outgoingMessage.destroy([error])."""
        if self.destroyed:
            return self
        self.destroyed = True
        self.errored = error
        if self.socket is not None:
            if error is None:
                self.socket.destroy()
            else:
                self.socket.destroy(error)
        else:
            self.once('socket', lambda socket: socket.destroy(error)
                      if error is not None else socket.destroy())
        return self

    def pipe(self, *args):
        """http.md outgoingMessage.pipe(): an OutgoingMessage is not readable."""
        self.emit('error', errors.ERR_STREAM_CANNOT_PIPE())


# for the client half (ClientRequest takes the same uniqueHeaders option)
parse_unique_headers = _parse_unique_headers
