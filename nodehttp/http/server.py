"""http.Server and http.ServerResponse (http.md "Class: http.Server",
"Class: http.ServerResponse", "http.createServer()"; Node: lib/_http_server.js).

Theory of operation
-------------------
Each accepted socket gets one ``_Connection``: it owns the sans-IO
``RequestParser``, the queue of requests whose responses are not finished
(``incoming``), the queue of responses waiting for their turn on the socket
(``outgoing``, pipelining) and the timing used by headersTimeout /
requestTimeout.  Its bound methods are the socket's listeners, created once
per connection; nothing is allocated per request except the request, the
response and the bytes.

  socket 'data' -> parser.feed() -> HeadersComplete -> IncomingMessage +
  ServerResponse -> 'request' (or checkContinue / checkExpectation /
  dropRequest / canned 400, 417, 503) -> Body -> req.push() ->
  MessageComplete -> req complete, EOF pushed.

A response owns the socket while it is ``socket._httpMessage``; the next
pipelined one waits in ``outgoing`` with its bytes parked in outputData and
gets the socket when the current one finishes (``_res_on_finish``), so
responses go out strictly in request order.  ``res.end(body)`` writes head and
body in one ``socket.write``.

The socket is consumed (net's ``socket._on_data`` hook, Node's
``parser.consume``): bytes go from ``recv`` to the parser without ``'data'``
events; an upgrade/CONNECT hands the socket back to its Readable.

Timeouts follow Node: ``server.timeout`` is the socket's idle timeout;
after a response on a kept-alive socket the socket timeout becomes
``keepAliveTimeout + keepAliveTimeoutBuffer`` until the next request starts;
a periodic check (every ``connectionsCheckingInterval`` ms, unref'd) answers
408 to connections whose headers (``headersTimeout``) or whole request
(``requestTimeout``) are late.

DEVIATIONS from Node (all for speed, none visible through the documented API):
- With ``server.timeout`` 0 the keep-alive idle timer of a socket stays armed
  while a request is served instead of being cleared and re-armed each time;
  it is ignored until the response is done, so only ``socket.timeout`` reads
  keepAliveTimeout + keepAliveTimeoutBuffer meanwhile (Node: 0).
- The socket ``'drain'`` listener is added when first needed (a write
  returns false, pipelining back-pressure), so ``listenerCount('drain')`` on
  the socket may be lower than in Node.
- resOnFinish is called directly before ``'finish'`` is emitted, so it runs
  before a ``'finish'`` listener added with ``prependListener``.
"""

import re
import weakref
from functools import partial as _partial

from nodehttp import errors, net, process, timers
from nodehttp._util import PerClass
from nodehttp.events import EventEmitter, _add_varargs_listeners
from nodehttp.http import common
from nodehttp.http.common import (
    STATUS_CODES, check_invalid_header_char, js_str, validateHeaderName,
    validateHeaderValue,
)
from nodehttp.http.incoming import IncomingMessage
from nodehttp.http.outgoing import (
    _SPECIAL_FIELDS, OutgoingMessage, _date_line_cache, _ka_lines, _keep_alive_lines,
    _parse_unique_headers, date_line)
from time import time as _time
from nodehttp.http.parser import (
    Body, HeadersComplete, MessageComplete, ParseError, RequestParser, Upgrade,
)
from nodehttp.loop import get_loop
# The tick queues are drained after body/message-complete callbacks as Node's
# MakeCallback does (see _Connection._run_events).
from nodehttp.loop import _microtasks, _ticks, drain_ticks

__all__ = ['Server', 'ServerResponse', 'createServer', 'STATUS_CODES']

_RE_CONTINUE = re.compile(r'(?:^|\W)100-continue(?:$|\W)', re.I)
_RE_TE_CHUNKED = re.compile(r'(?:^|\W)chunked(?:$|\W)', re.I)
# "</styles.css>; rel=preload; as=style" (Node: validateLinkHeaderValue)
_RE_LINK = re.compile(r'^(?:<[^>]*>)(?:\s*;\s*[^;"\s]+(?:=(")?[^;"\s]*\1)?)*$')

# The canned answers of 'clientError' when nobody listens (errors.md §4).
_BAD_REQUEST = b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'
_REQUEST_TIMEOUT = b'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'
_HEADER_TOO_LARGE = b'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'
_CHUNK_EXT_TOO_LARGE = b'HTTP/1.1 413 Payload Too Large\r\nConnection: close\r\n\r\n'
_CANNED = {
    'HPE_HEADER_OVERFLOW': _HEADER_TOO_LARGE,
    'HPE_CHUNK_EXTENSIONS_OVERFLOW': _CHUNK_EXT_TOO_LARGE,
    'ERR_HTTP_REQUEST_TIMEOUT': _REQUEST_TIMEOUT,
}
_KNOWN_REASONS = frozenset(STATUS_CODES.values()) | {'unknown'}
_new = object.__new__
_CONTINUE = b'HTTP/1.1 100 Continue\r\n\r\n'
# 'HTTP/1.1 200 OK\r\n' ... for the codes with a standard reason
_STATUS_LINES = {code: 'HTTP/1.1 %d %s\r\n' % (code, reason) for code, reason in STATUS_CODES.items()}
_PROCESSING = b'HTTP/1.1 102 Processing\r\n\r\n'

_is_finite_nonneg = lambda v: (isinstance(v, (int, float)) and not isinstance(v, bool)  # noqa: E731
                               and v == v and v != float('inf') and v >= 0)


def _noop(*args):
    pass


class _ConnListeners(weakref.ref):
    """The listeners a consumed net.Socket gets from its `_Connection`.  They
    hold the connection weakly (it lives in `server._connections` until
    'close', and in its responses' `_conn`), so the socket and its
    connection form no reference cycle: a closed connection is freed by
    reference counting instead of waiting for the cycle collector.  (The
    weak reference is this object itself: one allocation per connection.)"""

    __slots__ = ()

    def on_error(self, *args):
        conn = self()
        if conn is not None:
            conn.on_error(*args)

    def on_end(self, *args):
        conn = self()
        if conn is not None:
            conn.on_end(*args)

    def on_close(self, *args):
        conn = self()
        if conn is not None:
            conn.on_close(*args)

    def on_timeout(self, *args):
        conn = self()
        if conn is not None:
            conn.on_timeout(*args)

    def on_drain(self, *args):
        conn = self()
        if conn is not None:
            conn.on_drain(*args)


def _closed_on_data(data):
    pass


def _restore_listener_methods(socket):
    d = getattr(socket, '__dict__', None)
    if d is not None:
        for name in ('on', 'addListener', 'prependListener'):
            d.pop(name, None)


def _socket_set_encoding(*args):
    raise errors.ERR_HTTP_SOCKET_ENCODING()


def _emit_close_nt(res):
    if not res._closed:
        res.destroyed = True
        res._closed = True
        res.emit('close')


# ---------------------------------------------------------------------------
class ServerResponse(OutgoingMessage):
    """http.ServerResponse -- http.md "Class: http.ServerResponse"."""

    statusCode = 200
    statusMessage = None
    sendDate = True
    _sent100 = False
    _expect_continue = False
    _conn = None

    def __init__(self, req, options=None):
        OutgoingMessage.__init__(self, options)
        if req.method == 'HEAD':
            self._hasBody = False
        self.req = req
        if req.httpVersionMajor is not None and (
                req.httpVersionMajor < 1 or req.httpVersionMinor < 1):
            te = req.headers.get('te')
            self.useChunkedEncodingByDefault = bool(te and _RE_TE_CHUNKED.search(te))
            self.shouldKeepAlive = False

    @classmethod
    def _fast_new(cls, req, conn, server):
        """ServerResponse(req) with what _on_headers sets next, for the common
        case (this exact class, no response options): the same attributes as
        the constructors give, set directly (tests/unit/test_fast_paths.py
        compares the two).  None when the case is not that simple."""
        if cls is not ServerResponse or server._res_options is not None \
                or EventEmitter.captureRejections:
            return None
        self = _new(cls)
        self._events = {}     # (_maxListeners, _warned: class defaults, as EventEmitter.__init__)
        # Flags the request path reads, set here with their class defaults:
        # CPython 3.11 reads an instance attribute with a specialised
        # instruction, a class default through the generic lookup.  (Not
        # all of them: past 30 names an instance loses its compact layout.)
        self._header = None
        self._headerSent = False
        self.finished = False
        self.destroyed = False
        self.outputData = ()
        self._hasBody = req.method != 'HEAD'
        self._corked = 0
        self._need_drain = False
        self.strictContentLength = False
        self.statusCode = 200
        self.statusMessage = None
        self._out_headers = None
        self.req = req
        if req.httpVersionMajor < 1 or req.httpVersionMinor < 1:
            te = req.headers.get('te')
            self.useChunkedEncodingByDefault = bool(te and _RE_TE_CHUNKED.search(te))
            self.shouldKeepAlive = False
        self._keepAliveTimeout = server.keepAliveTimeout
        self._maxRequestsPerSocket = server.maxRequestsPerSocket
        self._conn = conn
        return self

    def _implicit_header(self):
        self.writeHead(self.statusCode)

    def _simple_head(self, n):
        """end(data)'s implicit head in one step, for the common response: a
        final status with its standard reason, plain string headers from
        setHeader (none that changes framing), a body of n bytes.  The same
        head and flags as _implicit_header -> writeHead -> _store_header give
        it; False (nothing changed) when the response is not that simple or
        one of those methods is overridden."""
        code = self.statusCode
        if (code.__class__ is not int or code < 200 or code == 204 or code == 304
                or self.statusMessage is not None or self._expect_continue
                or not self._hasBody or not self.useChunkedEncodingByDefault
                or self._removedConnection or self._removedContLen
                or not _PLAIN_RESPONSE_CLASSES[type(self)]
                or getattr(self.writeHead, '__func__', None) is not _SR_WRITE_HEAD):
            # (writeHead replaced on the instance is read through the bound
            # method: looking at self.__dict__ would make CPython build the
            # instance dict.  Node's end() reaches only writeHead that way;
            # the internal _implicit_header/_store_header are class-checked.)
            return False
        line = _STATUS_LINES.get(code)
        if line is None:
            return False
        headers = self._out_headers
        head = line
        if headers:
            for key, entry in headers.items():
                value = entry[1]
                if value.__class__ is not str or key in _SPECIAL_FIELDS:
                    return False
                head += entry[0] + ': ' + value + '\r\n'
        if self.sendDate:
            # date_line(), inlined
            if int(_time()) == _date_line_cache[1]:
                head += _date_line_cache[0]
            else:
                head += date_line()
        if not self.shouldKeepAlive:
            self._last = True
            head += 'Connection: close\r\n'
        elif self.maxRequestsOnConnectionReached:
            head += 'Connection: close\r\n'
        elif self._keepAliveTimeout and self._defaultKeepAlive:
            # _keep_alive_lines(), its cache read inlined
            kat = self._keepAliveTimeout
            mrps = self._maxRequestsPerSocket
            line = _ka_lines.get((kat, mrps))
            head += line if line is not None else _keep_alive_lines(kat, mrps)
        else:
            head += 'Connection: keep-alive\r\n'
        self.statusMessage = STATUS_CODES[code]
        self._header = head + 'Content-Length: %d\r\n\r\n' % n
        self._headerSent = False
        return True

    def _on_pending_data(self, delta):
        # Node: res._onPendingData = updateOutgoingData (pipelining back-pressure)
        conn = self._conn
        if conn is not None:
            conn.update_outgoing_data(delta)

    def _on_need_drain(self):
        conn = self._conn
        if conn is not None:
            conn.watch_drain()

    def setTimeout(self, msecs, callback=None):
        """http.md response.setTimeout(msecs[, callback])."""
        conn = self._conn
        if conn is not None:
            conn.watch_timeout()
        return OutgoingMessage.setTimeout(self, msecs, callback)

    def _on_finish(self, err=None):
        sock = self.socket
        if sock is not None and getattr(sock, '_hadError', False):
            return
        conn = self._conn
        if conn is not None:
            # Node registers resOnFinish as the first 'finish' listener.
            conn._res_on_finish(self)
        self.emit('finish')

    def assignSocket(self, socket):
        """Give the response its socket (Node: ServerResponse.assignSocket)."""
        if getattr(socket, '_httpMessage', None) is not None:
            raise errors.ERR_HTTP_SOCKET_ASSIGNED()
        socket._httpMessage = self
        if self._conn is None:
            socket.on('close', self._on_socket_close_detached)
        self.socket = socket
        self.emit('socket', socket)
        if self.outputData or self.finished or self._need_drain:
            self._flush()

    def detachSocket(self, socket):
        if self._conn is None:
            socket.removeListener('close', self._on_socket_close_detached)
        socket._httpMessage = None
        self.socket = None

    def _on_socket_close_detached(self, *_):
        # A user-assigned socket (no connection of ours) closing.
        sock = self.socket
        if sock is not None and sock._httpMessage is self:
            _emit_close_nt(self)

    def writeHead(self, statusCode, reason=None, obj=None):
        """http.md response.writeHead(statusCode[, statusMessage][, headers])."""
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('write')
        original = statusCode
        if statusCode.__class__ is int and 0 <= statusCode < 2 ** 31:
            code = statusCode
        else:
            try:
                code = int(statusCode)
                if isinstance(statusCode, float) and statusCode != statusCode:
                    code = 0
            except (TypeError, ValueError, OverflowError):
                code = 0
            code = ((code + 2 ** 31) % 2 ** 32) - 2 ** 31  # JS `statusCode |= 0`
        if code < 100 or code > 999:
            raise errors.ERR_HTTP_INVALID_STATUS_CODE(original)

        if isinstance(reason, str):
            self.statusMessage = reason
        else:
            if not self.statusMessage:
                self.statusMessage = STATUS_CODES.get(code, 'unknown')
            if obj is None:
                obj = reason
        self.statusCode = code

        if self._out_headers:
            if isinstance(obj, (list, tuple)):
                if len(obj) % 2:
                    raise errors.ERR_INVALID_ARG_VALUE('headers', obj)
                for n in range(0, len(obj), 2):
                    self.removeHeader(obj[n])
                for n in range(0, len(obj), 2):
                    if obj[n]:
                        self.appendHeader(obj[n], obj[n + 1])
            elif obj:
                for k, v in obj.items():
                    if k:
                        self.setHeader(k, v)
            headers = self._out_headers
        else:
            headers = obj

        msg = self.statusMessage
        if msg.__class__ is not str:
            msg = js_str(msg)
        if msg not in _KNOWN_REASONS and check_invalid_header_char(msg):
            raise errors.ERR_INVALID_CHAR('statusMessage')

        if code == 204 or code == 304 or 100 <= code <= 199:
            # RFC 9110 §15.3.5, §15.4.5, §15.2: no content after the head.
            self._hasBody = False
        # A client waiting for 100 Continue that got a final status may still
        # send the body: do not reuse the connection.
        if self._expect_continue and not self._sent100:
            self.shouldKeepAlive = False

        self._store_header('HTTP/1.1 %d %s\r\n' % (code, msg), headers)
        return self

    writeHeader = writeHead

    def writeContinue(self, cb=None):
        """http.md response.writeContinue()."""
        self._write_raw(_CONTINUE, cb)
        self._sent100 = True

    def writeProcessing(self, cb=None):
        """http.md response.writeProcessing()."""
        self._write_raw(_PROCESSING, cb)

    def writeEarlyHints(self, hints, cb=None):
        """http.md response.writeEarlyHints(hints[, callback])."""
        if not isinstance(hints, dict):
            raise errors.ERR_INVALID_ARG_TYPE('hints', 'Object', hints)
        link = hints.get('link')
        if link is None:
            return
        link = _validate_link(link, hints)
        if not link:
            return
        if check_invalid_header_char(link):
            raise errors.ERR_INVALID_CHAR('header content', 'Link')
        head = 'HTTP/1.1 103 Early Hints\r\nLink: ' + link + '\r\n'
        for key, value in hints.items():
            if key != 'link':
                validateHeaderName(key)
                validateHeaderValue(key, value)
                head += key + ': ' + js_str(value) + '\r\n'
        head += '\r\n'
        self._write_raw(head.encode('latin-1', 'replace'), cb)



# Methods whose override (in a subclass or on the instance) turns
# _simple_head off: the user's version must run.
_HEAD_HOOKS = frozenset(('writeHead', 'writeHeader', '_implicit_header', '_implicitHeader',
                         '_store_header', '_storeHeader'))


# type -> True for ServerResponse subclasses that override none of _HEAD_HOOKS
_PLAIN_RESPONSE_CLASSES = PerClass(
    lambda cls: all(getattr(cls, name) is getattr(ServerResponse, name) for name in _HEAD_HOOKS))
_SR_WRITE_HEAD = ServerResponse.writeHead


def _validate_link(value, hints):
    if isinstance(value, str) and _RE_LINK.match(value):
        return value
    if isinstance(value, (list, tuple)):
        if not value:
            return ''
        if all(isinstance(v, str) and _RE_LINK.match(v) for v in value):
            return ', '.join(value)
    raise errors.ERR_INVALID_ARG_VALUE(
        'hints', value,
        'must be an array or string of format "</styles.css>; rel=preload; as=style"')


# Closed connections' request parsers, reused by the next connections
# (Node: the `parsers` FreeList of _http_common, http.setMaxIdleHTTPParsers,
# limit common.max_idle_parsers).  Each is reset (RequestParser.reset) when
# taken.
_idle_parsers = []


# ---------------------------------------------------------------------------
class _Connection:
    """Per-socket HTTP state (Node: the `state` object of
    connectionListenerInternal plus the parser's ConnectionsList entry)."""

    __slots__ = ('server', 'socket', 'parser', 'incoming', 'outgoing', 'outgoing_data',
                 'requests_count', 'keep_alive_timeout_set', 'ka_armed', 'watching',
                 'loop', 'req', 'start', 'headers_completed', 'early', 'lst', '__weakref__')

    def __init__(self, server, socket):
        self.server = server
        self.socket = socket
        self.parser = parser = server._new_parser()
        parser.on_headers_complete = self._on_head
        parser.hook_upgrade_only = True     # _on_head only acts on upgrades
        self.early = None                # (HeadersComplete, result) handled in _on_head
        # lists, not deques: they hold one or two items and an idle
        # connection should stay small (an empty deque is ~600 bytes)
        self.incoming = []
        self.outgoing = []
        self.outgoing_data = 0
        self.requests_count = 0
        self.keep_alive_timeout_set = False
        self.ka_armed = 0                # the keep-alive socket timeout in force (ms)
        self.watching = 0                # 1: 'timeout' listener added, 2: 'drain'
        self.req = None                  # Node: parser.incoming
        self.loop = loop = get_loop()
        self.start = loop._now           # Node: parser->last_message_start_ (0: idle)
        self.headers_completed = False
        self.lst = None                  # a consumed net.Socket's listeners (_ConnListeners)

    # -- socket listeners ------------------------------------------------
    def on_data(self, data):
        if not self.start:
            # A new message begins (Node: on_message_begin).
            self.start = self.loop._now
            self.headers_completed = False
        if self.keep_alive_timeout_set:
            if self.ka_armed and not self.server.timeout:
                self.keep_alive_timeout_set = False   # see _reset_socket_timeout
            else:
                self._reset_socket_timeout()
        try:
            events = self.parser.feed(data)
        except ParseError as err:
            # Node delivers what was parsed before the error first.
            if err.events:
                self._run_events(err.events, data)
            if not self.socket.destroyed:
                self._parse_error(err, data)
            return
        if len(events) == 2 and self.early is None:
            # A whole request without body (the parser's usual answer to a
            # GET): _run_events' steps for [HeadersComplete, MessageComplete].
            head, done = events
            if head.__class__ is HeadersComplete and done.__class__ is MessageComplete:
                self.headers_completed = True
                if self._on_headers(head):
                    return
                self.start = 0
                req = self.req
                if req is not None:
                    req._on_complete(done.raw_trailers)
                if _ticks or _microtasks:
                    drain_ticks()
                if getattr(self.socket, '_paused', False) and self.parser is not None:
                    self.parser.pause()
                return
        self._run_events(events, data)

    def _run_events(self, events, data):
        socket = self.socket
        for ev in events:
            cls = ev.__class__
            if cls is Body:
                req = self.req
                if req is not None and not req._dumped:
                    if not req.push(ev.data):
                        socket.pause()
                # Node calls parserOnBody/parserOnMessageComplete through
                # MakeCallback, which runs the nextTick queue afterwards
                # (on_headers_complete skips it): ticks queued by the
                # 'request' handler run before the body ends.
                if _ticks or _microtasks:
                    drain_ticks()
            elif cls is HeadersComplete:
                early = self.early
                if early is not None and early[0] is ev:
                    self.early = None           # already handled in _on_head
                    if early[1]:
                        return
                    continue
                self.headers_completed = True
                if self._on_headers(ev):
                    return
            elif cls is MessageComplete:
                self.start = 0
                req = self.req
                if req is not None:
                    req._on_complete(ev.raw_trailers)
                if _ticks or _microtasks:
                    drain_ticks()
            elif cls is Upgrade:
                self._on_upgrade(ev)
                return
        if getattr(socket, '_paused', False) and self.parser is not None:
            self.parser.pause()

    def _parse_error(self, err, data):
        self._reset_socket_timeout()
        try:
            err.rawPacket = data
        except AttributeError:
            pass
        self.on_error(err)

    # Listeners take *args: a listener taking any number of arguments is
    # stored without an arity wrapper (events.py), cheaper per connection.
    def on_end(self, *args):
        parser = self.parser
        if parser is None:
            return
        try:
            events = parser.feed_eof()
        except ParseError as err:
            self.on_error(err)
            return
        if events:
            self._run_events(events, b'')
        server = self.server
        socket = self.socket
        if not server.httpAllowHalfOpen:
            socket.end()
        elif self.outgoing:
            self.outgoing[-1]._last = True
        elif getattr(socket, '_httpMessage', None) is not None:
            socket._httpMessage._last = True
        else:
            socket.end()

    def on_close(self, *args):
        server = self.server
        server._connections.discard(self)
        parser = self.parser
        self.parser = None
        incoming = self.incoming
        while incoming:
            req = incoming.pop(0)
            req.destroy(errors.econnreset('aborted'))
        outgoing = self.outgoing
        while outgoing:
            res = outgoing.pop(0)
            res.destroy(errors.econnreset('aborted'))
        # Node: onServerResponseClose on the response owning the socket.
        socket = self.socket
        res = getattr(socket, '_httpMessage', None)
        if res is not None:
            _emit_close_nt(res)
        if self.lst is not None:
            # Break the socket -> connection references (see _ConnListeners);
            # Node's socketOnClose frees the parser: socket.parser = null.
            if socket._on_data == self.on_data:
                socket._on_data = _closed_on_data   # still "consumed"
            socket.parser = None
            socket._http_conn = None
            # Node's freeParser: the parser goes back to the free list.  Only
            # one between messages (not inside feed(), whose head hook can
            # run user code) whose socket no longer exposes it; an upgraded
            # connection's parser was dropped by _detach.
            if parser is not None and not parser._in_message \
                    and len(_idle_parsers) < common.max_idle_parsers:
                _idle_parsers.append(parser)
            try:
                # _restore_listener_methods(socket), without making CPython
                # build the instance __dict__ to pop them from
                del socket.on
                del socket.addListener
                del socket.prependListener
            except AttributeError:
                _restore_listener_methods(socket)

    # socket.on/addListener/prependListener of a consumed socket: adding a
    # 'data' or 'readable' listener unconsumes it (Node:
    # generateSocketListenerWrapper in lib/_http_server.js).  Bound methods
    # of the connection, stored on the socket until 'close' or detach.
    def socket_on(self, event, listener):
        return self._socket_listener_added('on', event, listener)

    def socket_addListener(self, event, listener):
        return self._socket_listener_added('addListener', event, listener)

    def socket_prependListener(self, event, listener):
        return self._socket_listener_added('prependListener', event, listener)

    def _socket_listener_added(self, name, event, listener):
        socket = self.socket
        ret = getattr(type(socket), name)(socket, event, listener)
        if self.parser is None:
            _restore_listener_methods(socket)
        elif event == 'data' or event == 'readable':
            self.unconsume()
        return ret

    def watch_timeout(self):
        """Route the socket's 'timeout' to req/res/server (Node: socketOnTimeout)."""
        if not self.watching & 1:
            self.watching |= 1
            socket = self.socket
            if socket.__class__ is net.Socket:
                EventEmitter.on(socket, 'timeout', (self.lst or self).on_timeout)
            else:
                socket.on('timeout', self.on_timeout)

    def watch_drain(self):
        if not self.watching & 2:
            self.watching |= 2
            self.socket.on('drain', (self.lst or self).on_drain)

    def on_drain(self, *args):
        socket = self.socket
        need_pause = self.outgoing_data > socket.writableHighWaterMark
        if getattr(socket, '_paused', False) and not need_pause:
            socket._paused = False
            if self.parser is not None:
                self._feed_held()
            socket.resume()
        msg = getattr(socket, '_httpMessage', None)
        if msg is not None and not msg.finished and msg._need_drain and msg.writableLength == 0:
            msg._need_drain = False
            msg.emit('drain')

    def _feed_held(self):
        # Bytes the paused parser kept are parsed on resume (parser API).
        try:
            events = self.parser.resume()
        except ParseError as err:
            if err.events:
                self._run_events(err.events, b'')
            if not self.socket.destroyed:
                self._parse_error(err, err.rawPacket)
            return
        if events:
            self._run_events(events, b'')

    def update_outgoing_data(self, delta):
        self.outgoing_data += delta
        self.on_drain()

    def on_timeout(self, *args):
        socket = self.socket
        if self.ka_armed and not self.keep_alive_timeout_set and \
                getattr(socket, 'timeout', None) == self.ka_armed:
            # The keep-alive idle timer left armed while a request is being
            # served (see _reset_socket_timeout): Node's socket has no
            # timeout at this point, so nothing happens.
            return
        req = self.req
        req_timeout = req is not None and not req.complete and req.emit('timeout', socket)
        res = getattr(socket, '_httpMessage', None)
        res_timeout = res is not None and res.emit('timeout', socket)
        server_timeout = self.server.emit('timeout', socket)
        if not req_timeout and not res_timeout and not server_timeout:
            socket.destroy()

    def on_error(self, e, *args):
        """Node: socketOnError (socket errors, parse errors, request timeout)."""
        socket = self.socket
        socket.removeListener('error', self.on_error)
        if socket.listenerCount('error') == 0:
            socket.on('error', _noop)
        if not self.server.emit('clientError', e, socket):
            msg = getattr(socket, '_httpMessage', None)
            if socket.writable and (msg is None or not msg._headerSent):
                socket.write(_CANNED.get(getattr(e, 'code', None), _BAD_REQUEST))
            socket.destroy(e)

    # -- requests --------------------------------------------------------
    def _reset_socket_timeout(self):
        # Node: resetSocketTimeout -- a new request puts the socket timeout
        # back to server.timeout.
        if not self.keep_alive_timeout_set:
            return
        self.keep_alive_timeout_set = False
        timeout = self.server.timeout or 0
        if not timeout and self.ka_armed:
            # DEVIATION (speed): with server.timeout 0 the idle timer is left
            # armed instead of being cleared and re-created for every request;
            # on_timeout ignores it until the response is done, so only
            # socket.timeout reads keepAliveTimeout+buffer meanwhile.
            return
        self.ka_armed = 0
        self.socket.setTimeout(timeout)

    def _on_head(self, ev):
        """The parser's on_headers_complete hook.  An Upgrade/CONNECT head is
        handled while parsing, as Node's parserOnIncoming does it inside
        parserOnHeadersComplete: an accepted upgrade returns 2 (no body), so the
        bytes after the head, body included, reach the 'upgrade'/'connect'
        listener as `head`.  Other heads wait for the event list."""
        if not ev.upgrade:
            return 0
        self.headers_completed = True
        self.early = (ev, self._on_headers(ev))
        req = self.req
        return 2 if req is not None and req.upgrade else 0

    def _on_headers(self, ev):
        server = self.server
        socket = self.socket
        # (more header lines than maxHeadersCount are the parser's
        # HPE_HEADER_OVERFLOW: max_header_pairs, set per connection as Node)
        req = None
        if not server.joinDuplicateHeaders and not server.maxHeadersCount:
            req = server._IncomingMessage._fast_new(socket, ev) \
                if server._IncomingMessage is IncomingMessage else None
        if req is None:
            req = server._IncomingMessage(socket)
            req._on_headers(ev, server.joinDuplicateHeaders, server.maxHeadersCount or 0)
        self.req = req
        if self.keep_alive_timeout_set:
            self._reset_socket_timeout()

        if ev.upgrade:
            req.upgrade = up = req.method == 'CONNECT' or bool(server.shouldUpgradeCallback(req))
            if up:
                return False

        self.incoming.append(req)

        if not getattr(socket, '_paused', False):
            ws = getattr(socket, '_writableState', None)
            if (ws is not None and ws.needDrain) or (
                    self.outgoing_data and self.outgoing_data >= socket.writableHighWaterMark):
                socket._paused = True
                self.watch_drain()
                socket.pause()

        res = ServerResponse._fast_new(req, self, server) \
            if server._ServerResponse is ServerResponse else None
        fresh = res is not None
        if not fresh:
            res = server._ServerResponse(req, server._res_options)
            res._keepAliveTimeout = server.keepAliveTimeout
            res._maxRequestsPerSocket = server.maxRequestsPerSocket
            res._conn = self
        res.shouldKeepAlive = ev.keep_alive
        if server._unique_headers is not None:
            res._unique_headers = server._unique_headers
        if getattr(socket, '_httpMessage', None) is not None:
            self.outgoing.append(res)
        elif fresh:
            # assignSocket, inlined for a response _fast_new just made: no
            # user code has seen it, so its 'socket' event has no listener
            # and it has nothing to flush yet.
            socket._httpMessage = res
            res.socket = socket
        else:
            res.assignSocket(socket)

        if req.httpVersionMajor == 1 and req.httpVersionMinor == 1:
            if req.__class__ is IncomingMessage and req._headers is None:
                # Only Host and Expect matter here: look at the raw names
                # instead of building req.headers (lazy, maybe never read).
                has_host = False
                expect = None
                for name in req.rawHeaders[0:req._headers_count:2]:
                    n = len(name)
                    if n == 4:
                        if not has_host and name.lower() == 'host':
                            has_host = True
                    elif n == 6 and name.lower() == 'expect':
                        expect = True
                if expect:
                    expect = req.headers.get('expect')
            else:
                headers = req.headers
                has_host = 'host' in headers
                expect = headers.get('expect')
            if server.requireHostHeader and not has_host:
                res.writeHead(400, ['Connection', 'close'])
                res.end()
                return False
            mrps = server.maxRequestsPerSocket
            if mrps and isinstance(mrps, (int, float)) and not isinstance(mrps, bool) and mrps > 0:
                self.requests_count += 1
                res.maxRequestsOnConnectionReached = mrps <= self.requests_count
                if mrps < self.requests_count:
                    server.emit('dropRequest', req, socket)
                    res.writeHead(503)
                    res.end()
                    return False
            if expect is not None:
                if _RE_CONTINUE.search(expect):
                    res._expect_continue = True
                    if server.listenerCount('checkContinue') > 0:
                        server.emit('checkContinue', req, res)
                    else:
                        res.writeContinue()
                        server.emit('request', req, res)
                elif server.listenerCount('checkExpectation') > 0:
                    server.emit('checkExpectation', req, res)
                else:
                    res.writeHead(417)
                    res.end()
                return False
        server.emit('request', req, res)
        return False

    def _on_upgrade(self, ev):
        """CONNECT, or an Upgrade accepted by shouldUpgradeCallback."""
        req = self.req
        socket = self.socket
        server = self.server
        if req is None or not req.upgrade:
            # A rejected upgrade: the request was served like any other;
            # continue parsing what follows with a fresh parser.
            if req is not None and not req.complete:
                req._on_complete(None)
            if self.parser is None:     # the connection closed meanwhile
                return
            self.parser.resume_after_upgrade()
            self.start = 0
            if ev.data:
                self.on_data(ev.data)
            return
        event = 'connect' if req.method == 'CONNECT' else 'upgrade'
        self._detach()
        if not req.complete:
            req._on_complete(None)
        if server.listenerCount(event) > 0:
            server.emit(event, req, socket, bytes(ev.data or b''))
        else:
            socket.destroy()

    def unconsume(self):
        """Back to 'data' events, the parser's listener first (Node:
        unconsume() when a 'data' or 'readable' listener is added)."""
        socket = self.socket
        if getattr(socket, '_on_data', None) == self.on_data:
            socket._on_data = None
            type(socket).prependListener(socket, 'data', self.on_data)
            socket._read_start()

    def _detach(self):
        socket = self.socket
        _restore_listener_methods(socket)
        if getattr(socket, '_on_data', None) == self.on_data:
            # Unconsume: what follows goes through the socket's Readable.
            socket._on_data = None
            socket._read_start()
        else:
            socket.removeListener('data', self.on_data)
        socket.removeListener('end', self.on_end)
        socket.removeListener('close', self.on_close)
        if self.watching & 2:
            socket.removeListener('drain', self.on_drain)
        socket.removeListener('error', self.on_error)
        if self.watching & 1:
            socket.removeListener('timeout', self.on_timeout)
        self.watching = 0
        socket.parser = None
        self.parser = None
        self.server._connections.discard(self)

    def _res_on_finish(self, res):
        """Node: resOnFinish -- runs before the user's 'finish' listeners."""
        incoming = self.incoming
        req = res.req
        if incoming and incoming[0] is req:
            incoming.pop(0)
        if not req._consuming:
            state = getattr(req, '_readableState', None)
            if state is None or not state.resumeScheduled:
                req._dump()
        socket = self.socket
        res.detachSocket(socket)
        if self.req is req and req.complete:
            self.req = None
        _ticks.append(_partial(_emit_close_nt, res))      # process.nextTick
        if res._last:
            destroy_soon = getattr(socket, 'destroySoon', None)
            if destroy_soon is not None:
                destroy_soon()
            else:
                socket.end()
        elif not self.outgoing:
            server = self.server
            kat = server.keepAliveTimeout
            if kat.__class__ is not int:
                kat = kat if _is_finite_nonneg(kat) else 0
            buf = server.keepAliveTimeoutBuffer
            if buf.__class__ is not int:
                buf = buf if _is_finite_nonneg(buf) else 1000
            if kat:
                ms = kat + buf
                if self.ka_armed != ms or getattr(socket, 'timeout', None) != ms:
                    self.watch_timeout()
                    socket.setTimeout(ms)
                    self.ka_armed = ms
                self.keep_alive_timeout_set = True
        else:
            nxt = self.outgoing.pop(0)
            nxt.assignSocket(socket)


# ---------------------------------------------------------------------------
def _validate_int(value, name, minimum=0):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise errors.ERR_INVALID_ARG_TYPE(name, 'number', value)
    if value != value or value in (float('inf'), float('-inf')) or value != int(value):
        raise errors.ERR_OUT_OF_RANGE(name, 'an integer', value)
    if value < minimum or value > 9007199254740991:
        raise errors.ERR_OUT_OF_RANGE(name, '>= %d && <= 9007199254740991' % minimum, value)
    return int(value)


def _validate_bool(value, name):
    if not isinstance(value, bool):
        raise errors.ERR_INVALID_ARG_TYPE(name, 'boolean', value)
    return value


class _Thenable:
    """What server[Symbol.asyncDispose]() returns (API.md: `.then(cb)`)."""

    __slots__ = ('_done', '_value', '_cbs')

    def __init__(self):
        self._done = False
        self._value = None
        self._cbs = []

    def _resolve(self, value=None):
        self._done = True
        self._value = value
        cbs, self._cbs = self._cbs, []
        for cb in cbs:
            cb(value)

    def then(self, cb):
        if self._done:
            process.queueMicrotask(lambda: cb(self._value))
        else:
            self._cbs.append(cb)
        return self


class Server(net.Server):
    """http.Server -- http.md "Class: http.Server"."""

    _parser_args = None     # (key, args) cached by _new_parser

    def __init__(self, options=None, requestListener=None, **kwargs):
        if callable(options):
            requestListener, options = options, None
        if options is None:
            options = {}
        elif not isinstance(options, dict):
            raise errors.ERR_INVALID_ARG_TYPE('options', 'Object', options)
        if kwargs:
            options = dict(options)
            options.update({k: v for k, v in kwargs.items() if v is not None})
        options = {k: v for k, v in options.items() if v is not None}
        self._store_options(options)

        net_opts = {'allowHalfOpen': True, 'noDelay': options.get('noDelay', True)}
        for key in ('keepAlive', 'keepAliveInitialDelay', 'highWaterMark'):
            if key in options:
                net_opts[key] = options[key]
        net.Server.__init__(self, net_opts)

        if requestListener is not None:
            self.on('request', requestListener)
        # Node: "Similar option to this. Too lazy to write my own docs."
        self.httpAllowHalfOpen = False
        self.on('connection', self._connection_listener)
        self.on('listening', self._setup_connections_tracking)
        self.timeout = 0
        self.maxHeadersCount = None
        self.maxRequestsPerSocket = 0
        self._unique_headers = _parse_unique_headers(options.get('uniqueHeaders'))
        self._connections = set()
        self._checking_interval = None
        hwm = options.get('highWaterMark')
        self._res_options = {'highWaterMark': hwm} if hwm is not None else None
        if self.rejectNonStandardBodyWrites:
            self._res_options = dict(self._res_options or {}, rejectNonStandardBodyWrites=True)

    def _store_options(self, options):
        self._IncomingMessage = options.get('IncomingMessage') or IncomingMessage
        self._ServerResponse = options.get('ServerResponse') or ServerResponse
        mhs = options.get('maxHeaderSize')
        if mhs is not None:
            _validate_int(mhs, 'maxHeaderSize', 0)
        self.maxHeaderSize = mhs
        ihp = options.get('insecureHTTPParser')
        if ihp is not None:
            _validate_bool(ihp, 'options.insecureHTTPParser')
        self.insecureHTTPParser = ihp
        # Node 24.19: httpValidation 'strict' | 'relaxed' | 'insecure'
        hv = options.get('httpValidation')
        if hv is not None:
            if hv not in ('strict', 'relaxed', 'insecure') or not isinstance(hv, str):
                raise errors.ERR_INVALID_ARG_VALUE(
                    'options.httpValidation', hv,
                    "must be one of: 'strict', 'relaxed', 'insecure'")
            if ihp is not None:
                raise errors.ERR_INVALID_ARG_VALUE(
                    'options.httpValidation', hv,
                    'cannot be used together with options.insecureHTTPParser')
        self.httpValidation = hv
        rt = options.get('requestTimeout')
        self.requestTimeout = _validate_int(rt, 'requestTimeout', 0) if rt is not None else 300000
        ht = options.get('headersTimeout')
        if ht is not None:
            self.headersTimeout = _validate_int(ht, 'headersTimeout', 0)
        else:
            self.headersTimeout = min(60000, self.requestTimeout)
        if self.requestTimeout > 0 and self.headersTimeout > 0 and \
                self.headersTimeout > self.requestTimeout:
            raise errors.ERR_OUT_OF_RANGE('headersTimeout', '<= requestTimeout', ht)
        kat = options.get('keepAliveTimeout')
        self.keepAliveTimeout = _validate_int(kat, 'keepAliveTimeout', 0) if kat is not None else 5000
        katb = options.get('keepAliveTimeoutBuffer')
        self.keepAliveTimeoutBuffer = (_validate_int(katb, 'keepAliveTimeoutBuffer', 0)
                                       if katb is not None else 1000)
        cci = options.get('connectionsCheckingInterval')
        self.connectionsCheckingInterval = (
            _validate_int(cci, 'connectionsCheckingInterval', 0) if cci is not None else 30000)
        rhh = options.get('requireHostHeader')
        self.requireHostHeader = _validate_bool(rhh, 'options.requireHostHeader') \
            if rhh is not None else True
        jdh = options.get('joinDuplicateHeaders')
        if jdh is not None:
            _validate_bool(jdh, 'options.joinDuplicateHeaders')
        self.joinDuplicateHeaders = jdh
        rns = options.get('rejectNonStandardBodyWrites')
        self.rejectNonStandardBodyWrites = _validate_bool(
            rns, 'options.rejectNonStandardBodyWrites') if rns is not None else False
        suc = options.get('shouldUpgradeCallback')
        if suc is not None:
            if not callable(suc):
                raise errors.ERR_INVALID_ARG_TYPE('options.shouldUpgradeCallback', 'Function', suc)
            self.shouldUpgradeCallback = suc
        else:
            self.shouldUpgradeCallback = self._default_should_upgrade

    def _new_parser(self):
        """A request parser with this server's limits (Node: the parser
        initialize() in connectionListenerInternal)."""
        # The arguments depend on four settable attributes (and the module
        # default): worked out again only when one of them changed.
        key = (self.httpValidation, self.insecureHTTPParser, self.maxHeadersCount,
               self.maxHeaderSize, common.maxHeaderSize)
        cached = self._parser_args
        if cached is not None and cached[0] == key:
            if _idle_parsers:
                # A closed connection's parser (Node: parsers.alloc() from
                # the free list), reset to what RequestParser(*args) builds.
                parser = _idle_parsers.pop()
                parser.reset(*cached[1])
                return parser
            return RequestParser(*cached[1])
        hv = self.httpValidation
        lenient = hv == 'insecure' if hv is not None else bool(self.insecureHTTPParser)
        mhc = self.maxHeadersCount
        # Node: parser.maxHeaderPairs = maxHeadersCount << 1 when it is a number
        pairs = int(mhc) << 1 if isinstance(mhc, (int, float)) and not isinstance(mhc, bool) \
            and mhc == mhc and mhc != float('inf') else 2000
        # RequestParser(max_header_size, lenient, relaxed, max_header_pairs)
        args = (self.maxHeaderSize or common.maxHeaderSize, lenient, hv == 'relaxed', max(pairs, 0))
        self._parser_args = (key, args)
        return RequestParser(*args)

    def _default_should_upgrade(self, req=None):
        return self.listenerCount('upgrade') > 0

    # -- connections -----------------------------------------------------
    def _connection_listener(self, socket):
        conn = _Connection(self, socket)
        if socket.__class__ is net.Socket and socket._on_data is None:
            # The common case, an accepted net.Socket, with what the general
            # code below does for it done directly: same listeners, added in
            # the same order ('timeout', 'error', 'end', 'close').
            lst = conn.lst = _ConnListeners(conn)
            socket.server = self
            if self.timeout:
                socket.setTimeout(self.timeout)
            conn.watching = 1
            socket.parser = conn.parser
            socket._http_conn = conn
            socket._on_data = conn.on_data
            if not socket._reading:
                socket._read_start()
            _add_varargs_listeners(socket, (('timeout', lst.on_timeout), ('error', lst.on_error),
                                            ('end', lst.on_end), ('close', lst.on_close)))
            socket.on = conn.socket_on
            socket.addListener = conn.socket_addListener
            socket.prependListener = conn.socket_prependListener
            socket._paused = False
            socket.setEncoding = _socket_set_encoding
            self._connections.add(conn)
            return
        if socket.__class__ is net.Socket and getattr(socket, '_on_data', 0) is None:
            conn.lst = _ConnListeners(conn)
        socket.server = self
        if self.timeout and hasattr(socket, 'setTimeout'):
            socket.setTimeout(self.timeout)
        # Node: socket.on('timeout', socketOnTimeout) -- also serves a
        # socket.setTimeout() made by a 'connection' listener.
        conn.watch_timeout()
        socket.parser = conn.parser
        socket._http_conn = conn
        if getattr(socket, '_on_data', 0) is None:
            # Consume the socket (Node: parser.consume(socket._handle)): the
            # bytes go straight from recv() to the parser, no 'data' events.
            socket._on_data = conn.on_data
            socket._read_start()
            if socket.__class__ is net.Socket:
                # Readable.on only adds work for 'data'/'readable'.
                on = EventEmitter.on
                lst = conn.lst
                on(socket, 'error', lst.on_error)
                on(socket, 'end', lst.on_end)
                on(socket, 'close', lst.on_close)
            else:
                socket.on('error', conn.on_error)
                socket.on('end', conn.on_end)
                socket.on('close', conn.on_close)
            # A later 'data'/'readable' listener unconsumes the socket
            # (Node: generateSocketListenerWrapper).
            try:
                socket.on = conn.socket_on
                socket.addListener = conn.socket_addListener
                socket.prependListener = conn.socket_prependListener
            except AttributeError:
                pass
        else:
            socket.on('data', conn.on_data)
            socket.on('error', conn.on_error)
            socket.on('end', conn.on_end)
            socket.on('close', conn.on_close)
        # the 'drain' listener is added when first needed (watch_drain)
        socket._paused = False
        # Node: socket.setEncoding = socketSetEncoding (RFC 9112 §2.2: bytes)
        try:
            socket.setEncoding = _socket_set_encoding
        except AttributeError:      # a Duplex class with __slots__ only
            pass
        self._connections.add(conn)

    def _setup_connections_tracking(self, *args):
        if self._checking_interval is not None:
            timers.clearInterval(self._checking_interval)
        self._checking_interval = timers.setInterval(
            self._check_connections, self.connectionsCheckingInterval or 1)
        self._checking_interval.unref()

    def _check_connections(self):
        ht = self.headersTimeout if _is_finite_nonneg(self.headersTimeout) else 0
        rt = self.requestTimeout if _is_finite_nonneg(self.requestTimeout) else 0
        if not ht and not rt:
            return
        now = get_loop().now()
        expired = []
        for conn in self._connections:
            start = conn.start
            if not start:
                continue
            if (ht and not conn.headers_completed and start < now - ht) or \
                    (rt and start < now - rt):
                expired.append(conn)
        for conn in expired:
            conn.start = 0
            if not conn.socket.destroyed:
                conn.on_error(errors.ERR_HTTP_REQUEST_TIMEOUT())

    def close(self, callback=None):
        """http.md server.close([callback]): also closes idle connections."""
        self.closeIdleConnections()
        if self._checking_interval is not None:
            timers.clearInterval(self._checking_interval)
            self._checking_interval = None
        if callback is None:
            net.Server.close(self)
        else:
            net.Server.close(self, callback)
        return self

    def closeAllConnections(self):
        """http.md server.closeAllConnections()."""
        for conn in list(self._connections):
            conn.socket.destroy()

    def closeIdleConnections(self):
        """http.md server.closeIdleConnections()."""
        for conn in list(self._connections):
            if conn.start:
                continue
            msg = getattr(conn.socket, '_httpMessage', None)
            if msg is not None and not msg.finished:
                continue
            conn.socket.destroy()

    def setTimeout(self, msecs=0, callback=None):
        """http.md server.setTimeout([msecs][, callback])."""
        if callable(msecs):
            callback, msecs = msecs, 0
        self.timeout = msecs
        if callback is not None:
            self.on('timeout', callback)
        return self

    def asyncDispose(self):
        """server[Symbol.asyncDispose](): close(); `.then(cb)` when closed."""
        p = _Thenable()
        self.close(lambda err=None: p._resolve(None))
        return p

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        if self.listening:
            self.close()
        return False


def createServer(options=None, requestListener=None, **kwargs):
    """http.md http.createServer([options][, requestListener])."""
    return Server(options, requestListener, **kwargs)
