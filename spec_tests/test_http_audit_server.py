"""Audit of http.md (issue 7's bar): server-side assertions the section tests
did not make yet -- return values (`this`), documented defaults, callbacks,
errors. Expected values were printed by Node 24.19; the JS that printed them
is in each test's docstring (run with a raw net client sending the request
bytes and printing the response bytes without the Date line and the events)."""

import socket

import pytest

from spec_tests._http_server_harness import (
    connect, env, exchange, read_all, read_response, read_until, strip_date,
)

GET_CLOSE = b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'


@pytest.fixture
def e():
    with env() as x:
        yield x


def serve(e, handler, request=GET_CLOSE, options=None):
    def on_req(req, res):
        handler(req, res)
    if options:
        srv, port = e.server(options, listener=on_req)
    else:
        srv, port = e.server(listener=on_req)
    return strip_date(exchange(port, request))


def err_tuple(fn):
    try:
        fn()
    except Exception as err:  # noqa: BLE001
        return (err.code, err.name, err.message)
    return 'no throw'


@pytest.mark.spec("http.md", "response.end([data[, encoding]][, callback])")
@pytest.mark.spec("http.md", "outgoingMessage.end(chunk[, encoding][, callback])")
def test_response_end_returns_this_and_calls_back(e):
    """Returns: {this}; "If callback is specified, it will be called when the
    response stream is finished."

    Node 24: ev.push(res.end('x', () => ev.push('cb')) === res)
    -> [true, 'cb'], 'HTTP/1.1 200 OK\\r\\nConnection: close\\r\\nContent-Length: 1\\r\\n\\r\\nx'"""
    def h(req, res):
        e.log(res.end('x', lambda: e.log('cb')) is res)
    out = serve(e, h)
    e.wait_event('cb')
    assert e.events == [True, 'cb']
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx'


@pytest.mark.spec("http.md", "response.write(chunk[, encoding][, callback])")
@pytest.mark.spec("http.md", "outgoingMessage.write(chunk[, encoding][, callback])")
def test_response_write_default_utf8_returns_true_and_calls_back(e):
    """encoding **Default:** 'utf8'; Returns: {boolean} (true: "the entire data
    was flushed successfully to the kernel buffer"); "callback will be called
    when this chunk of data is flushed".

    Node 24:
      ev.push(res.write('\\u00e9\\u20ac', (err) => ev.push(['write cb', err])));
      ev.push(res.write(Buffer.from('b'), 'utf8'));
      res.end(() => ev.push('end cb'));
    -> [true, true, ['write cb', null], 'end cb'], body chunk '5\\r\\n' + utf8 bytes"""
    def h(req, res):
        e.log(res.write('\u00e9\u20ac', lambda err: e.log(('write cb', err))))
        e.log(res.write(b'b', 'utf8'))
        res.end(lambda: e.log('end cb'))
    out = serve(e, h)
    e.wait_event('end cb')
    assert e.events == [True, True, ('write cb', None), 'end cb']
    assert out == (b'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'5\r\n\xc3\xa9\xe2\x82\xac\r\n1\r\nb\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.writeEarlyHints(hints[, callback])")
def test_write_early_hints_callback(e):
    """"callback {Function} Called when the response message has been written".

    Node 24: const r = res.writeEarlyHints({link: '</a.css>; rel=preload'}, cb);
    -> r === undefined, cb called once (before 'p' is sent)."""
    def h(req, res):
        r = res.writeEarlyHints({'link': '</a.css>; rel=preload'}, lambda: e.log('hints cb'))
        e.log(('ret', r))
        res.end('p')
    out = serve(e, h)
    e.wait_event('hints cb')
    assert e.events == [('ret', None), 'hints cb']
    assert out == (b'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n'
                   b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\np')


@pytest.mark.spec("http.md", "response.statusMessage")
def test_status_message_after_headers_sent(e):
    """"If this is left as undefined then the standard message for the status
    code will be used. ... After response header was sent to the client, this
    property indicates the status message which was sent out."

    Node 24: [res.statusCode, res.statusMessage] -> [200, undefined];
    res.statusCode = 404; res.end(); -> [404, 'Not Found']"""
    def h(req, res):
        e.log((res.statusCode, res.statusMessage))
        res.statusCode = 404
        res.end()
        e.log((res.statusCode, res.statusMessage))
    out = serve(e, h)
    assert e.events == [(200, None), (404, 'Not Found')]
    assert out == b'HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'


@pytest.mark.spec("http.md", "message.destroy([error])")
def test_message_destroy_returns_this_and_emits_error_on_socket(e):
    """Returns: {this}; "If error is provided, an 'error' event is emitted on
    the socket and error is passed as an argument to any listeners on the event."

    Node 24 (POST with Content-Length 10, 2 bytes sent):
      req.socket.on('error', ...); req.on('error', ...); req.on('close', ...);
      const r = req.destroy(new Error('boom'));
    -> [['ret', true, true], ['sock error', 'boom'], ['req error', 'boom'], 'req close'], no bytes"""
    def h(req, res):
        req.socket.on('error', lambda err: e.log(('sock error', str(err))))
        req.on('error', lambda err: e.log(('req error', str(err))))
        req.on('close', lambda: e.log('req close'))
        r = req.destroy(RuntimeError('boom'))
        e.log(('ret', r is req, req.destroyed))
    out = serve(e, h, b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab')
    e.wait_event('req close')
    assert out == b''
    assert e.events == [('ret', True, True), ('sock error', 'boom'), ('req error', 'boom'), 'req close']


@pytest.mark.spec("http.md", "outgoingMessage.destroy([error])")
def test_response_destroy_destroys_socket(e):
    """"Once a socket is associated with the message and is connected, that
    socket will be destroyed as well." Returns: {this}.

    Node 24: res.on('close'); req.socket.on('close'); const r = res.destroy();
    -> [['ret', true, true], ['res close', true], 'sock close'], no bytes"""
    def h(req, res):
        res.on('close', lambda: e.log(('res close', res.destroyed)))
        req.socket.on('close', lambda *a: e.log('sock close'))
        r = res.destroy()
        e.log(('ret', r is res, res.destroyed))
    out = serve(e, h)
    e.wait_event('sock close')
    assert out == b''
    assert e.events == [('ret', True, True), ('res close', True), 'sock close']


@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_invalid_header_throws_type_error(e):
    """"Attempting to set a header field name or value that contains invalid
    characters will result in a TypeError being thrown."

    Node 24: res.writeHead(200, {'bad name': 'x'}) / res.writeHead(200, {x: 'a\\nb'})
    -> ERR_INVALID_HTTP_TOKEN / ERR_INVALID_CHAR (TypeError), headersSent false,
    and a later res.end('ok') still answers 200."""
    def h(req, res):
        e.log(err_tuple(lambda: res.writeHead(200, {'bad name': 'x'})))
        e.log(err_tuple(lambda: res.writeHead(200, {'x': 'a\nb'})))
        e.log(res.headersSent)
        res.end('ok')
    out = serve(e, h)
    assert e.events == [
        ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Header name must be a valid HTTP token ["bad name"]'),
        ('ERR_INVALID_CHAR', 'TypeError', 'Invalid character in header content ["x"]'),
        False]
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'


@pytest.mark.spec("http.md", "outgoingMessage.setHeaders(headers)")
def test_set_headers_merged_with_write_head(e):
    """"When headers have been set with outgoingMessage.setHeaders(), they will
    be merged with any headers passed to response.writeHead(), with the headers
    passed to response.writeHead() given precedence." Returns: {this}.

    Node 24: res.setHeaders(new Map([['X-A','1'],['Content-Type','text/html']])) === res;
    res.writeHead(200, {'content-type': 'text/plain'}); res.end('ok')"""
    def h(req, res):
        e.log(res.setHeaders({'X-A': '1', 'Content-Type': 'text/html'}) is res)
        res.writeHead(200, {'content-type': 'text/plain'})
        res.end('ok')
    out = serve(e, h)
    assert e.events == [True]
    assert out == (b'HTTP/1.1 200 OK\r\nX-A: 1\r\ncontent-type: text/plain\r\nConnection: close\r\n'
                   b'Transfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n')


def _many_headers_request(n):
    """A request head with n header lines (Host and Connection included)."""
    head = b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n'
    head += b''.join(b'a%d:1\r\n' % i for i in range(n - 2))
    return head + b'\r\n'


@pytest.mark.spec("http.md", "server.maxHeadersCount")
@pytest.mark.parametrize('n,expected', [(1000, 1000), (1001, None)])
def test_server_max_headers_count_default(e, n, expected):
    """server.maxHeadersCount **Default:** 2000 -- the property reads null and
    Node 24 applies 2000 raw entries (names + values), i.e. 1000 header lines:
    a request with 1001 lines gets 431.

    Node 24 (createServer({maxHeaderSize: 1 << 20}), n lines 'aI:1'):
      srv.maxHeadersCount -> null; 1000 -> 200, req.rawHeaders.length / 2 == 1000;
      1001 -> 'HTTP/1.1 431 Request Header Fields Too Large', no 'request'."""
    def setup(srv):
        e.log(('maxHeadersCount', srv.maxHeadersCount))

    def on_req(req, res):
        e.log(len(req.rawHeaders) // 2)
        res.end()
    srv, port = e.server({'maxHeaderSize': 1 << 20}, listener=on_req, setup=setup)
    out = strip_date(exchange(port, _many_headers_request(n)))
    if expected is None:
        assert out == b'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'
        assert e.events == [('maxHeadersCount', None)]
    else:
        assert out.startswith(b'HTTP/1.1 200 OK\r\n')
        assert e.events == [('maxHeadersCount', None), expected]


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
@pytest.mark.parametrize('options,expected', [({}, 65536), ({'highWaterMark': 1024}, 1024)])
def test_create_server_high_water_mark_option(e, options, expected):
    """highWaterMark: "Optionally overrides all sockets' readableHighWaterMark
    and writableHighWaterMark. This affects highWaterMark property of both
    IncomingMessage and ServerResponse. **Default:** See
    stream.getDefaultHighWaterMark()" (65536 in Node 24).

    Node 24: [req.socket.readableHighWaterMark, req.socket.writableHighWaterMark,
    req.readableHighWaterMark, res.writableHighWaterMark]
    -> [1024, 1024, 1024, 1024] with {highWaterMark: 1024}; [65536 x4] without."""
    def h(req, res):
        e.log((req.socket.readableHighWaterMark, req.socket.writableHighWaterMark,
               req.readableHighWaterMark, res.writableHighWaterMark))
        res.end()
    out = serve(e, h, options=options or None)
    assert e.events == [(expected,) * 4]
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'


@pytest.mark.spec("http.md", "response.setTimeout(msecs[, callback])")
def test_response_set_timeout_without_listener_destroys(e):
    """"If no 'timeout' listener is added to the request, the response, or the
    server, then sockets are destroyed when they time out." Returns: {this}.

    Node 24: ev.push(res.setTimeout(50) === res); res.on('close', ...)
    -> [true, ['res close', false]], the client sees the connection closed, no bytes."""
    def h(req, res):
        e.log(res.setTimeout(50) is res)
        res.on('close', lambda: e.log(('res close', res.writableEnded)))
    out = serve(e, h, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    e.wait_event(('res close', False))
    assert out == b''
    assert e.events == [True, ('res close', False)]


@pytest.mark.spec("http.md", "response.setTimeout(msecs[, callback])")
def test_response_timeout_listener_keeps_socket(e):
    """"If a handler is assigned to the request, the response, or the server's
    'timeout' events, timed out sockets must be handled explicitly."

    Node 24: res.setTimeout(50); res.on('timeout', (s) => { ev.push(['timeout',
    s === req.socket, s.destroyed]); setTimeout(() => res.end('late'), 50); })
    -> [['timeout', true, false]] and the late response arrives."""
    from nodehttp import timers

    def h(req, res):
        res.setTimeout(50)

        def on_timeout(s):
            e.log(('timeout', s is req.socket, s.destroyed))
            timers.setTimeout(lambda: res.end('late'), 50)
        res.on('timeout', on_timeout)
    out = serve(e, h)
    assert e.events == [('timeout', True, False)]
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 4\r\n\r\nlate'


@pytest.mark.spec("http.md", "response.setTimeout(msecs[, callback])", "server.setTimeout([msecs][, callback])")
def test_server_timeout_listener_handles_response_timeout(e):
    """A server 'timeout' listener counts as a handler: the socket is given to
    it and not destroyed.

    Node 24: res.setTimeout(50); srv.on('timeout', (s) => { ev.push('server timeout');
    s.end('HTTP/1.1 200 OK\\r\\nContent-Length: 0\\r\\n\\r\\n'); })
    -> ['server timeout'], those bytes arrive."""
    def setup(srv):
        def on_timeout(s):
            e.log('server timeout')
            s.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        srv.on('timeout', on_timeout)
    srv, port = e.server(listener=lambda req, res: res.setTimeout(50), setup=setup)
    assert exchange(port, GET_CLOSE) == b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'
    assert e.events == ['server timeout']


@pytest.mark.spec("http.md", "server.keepAliveTimeout")
def test_keep_alive_timeout_zero_disables(e):
    """"A value of 0 will disable the keep-alive timeout behavior on incoming
    connections."

    Node 24: createServer({keepAliveTimeout: 0}, (req, res) => res.end('k')); one
    keep-alive request; 300 ms later the client socket is still 'open' and the
    response has no Keep-Alive header:
    'HTTP/1.1 200 OK\\r\\nConnection: keep-alive\\r\\nContent-Length: 1\\r\\n\\r\\nk'"""
    srv, port = e.server({'keepAliveTimeout': 0}, listener=lambda req, res: res.end('k'))
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        got, rest = read_response(s)
        assert strip_date(got) == b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 1\r\n\r\nk'
        s.settimeout(0.3)
        with pytest.raises(socket.timeout):
            s.recv(10)          # still open after 300 ms
        s.settimeout(5)
        s.sendall(GET_CLOSE)    # and still usable
        assert strip_date(read_all(s)).endswith(b'\r\n\r\nk')


@pytest.mark.spec("http.md", "Event: 'connection'")
def test_connection_event_emitted_by_user_injects_socket(e):
    """"This event can also be explicitly emitted by users to inject
    connections into the HTTP server."

    Node 24: const raw = net.createServer(sock => hs.emit('connection', sock));
    -> 'HTTP/1.1 200 OK\\r\\nConnection: close\\r\\nContent-Length: 8\\r\\n\\r\\ninjected',
    events ['connection', ['request', '/inj', true]], hs.listening false."""
    import threading
    from nodehttp import net
    from nodehttp.http.server import createServer
    ready = threading.Event()
    box = {}

    def start():
        def on_req(req, res):
            e.log(('request', req.url, req.socket.remotePort > 0))
            res.end('injected')
        hs = createServer(on_req)
        hs.on('connection', lambda s: e.log('connection'))
        raw = net.createServer(lambda sock: hs.emit('connection', sock))
        raw.listen(0, '127.0.0.1', lambda *a: ready.set())
        box.update(hs=hs, raw=raw)
    e.call(start)
    assert ready.wait(5)
    port = e.call(lambda: box['raw'].address()['port'])
    try:
        out = strip_date(exchange(port, b'GET /inj HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'))
    finally:
        e.call(lambda: box['raw'].close())
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 8\r\n\r\ninjected'
    assert e.events == ['connection', ('request', '/inj', True)]
    assert e.call(lambda: box['hs'].listening) is False


DISCARDED = ['age', 'authorization', 'content-type', 'etag', 'expires', 'from', 'host',
             'if-modified-since', 'if-unmodified-since', 'last-modified', 'location', 'max-forwards',
             'proxy-authorization', 'referer', 'retry-after', 'server', 'user-agent']


@pytest.mark.spec("http.md", "message.headers")
def test_headers_every_discarded_duplicate(e):
    """"Duplicates of age, authorization, content-length, content-type, etag,
    expires, from, host, if-modified-since, if-unmodified-since, last-modified,
    location, max-forwards, proxy-authorization, referer, retry-after, server,
    or user-agent are discarded." (content-length is left out: two of them are
    a parse error.) Node 24 printed exactly this dict for the same head."""
    head = b'GET / HTTP/1.1\r\n'
    for n in DISCARDED:
        head += n.encode() + b': one\r\n' + n.encode() + b': two\r\n'
    head += (b'x-other: 1\r\nx-other: 2\r\ncookie: a=1\r\ncookie: b=2\r\nset-cookie: s\r\n'
             b'Connection: close\r\n\r\n')

    def h(req, res):
        e.log(req.headers)
        res.end()
    serve(e, h, head)
    expected = {n: 'one' for n in DISCARDED}
    expected.update({'x-other': '1, 2', 'cookie': 'a=1; b=2', 'set-cookie': ['s'], 'connection': 'close'})
    assert e.events == [expected]
    assert list(e.events[0]) == list(expected)


@pytest.mark.spec("http.md", "server.maxHeadersCount")
def test_server_max_headers_count_zero_is_no_limit(e):
    """"If set to 0, no limit will be applied."

    Node 24: srv.maxHeadersCount = 0; 2502 header lines (Host, Connection, 2500
    'aI:1') with maxHeaderSize 1 MiB -> 200, req.rawHeaders.length / 2 == 2502,
    Object.keys(req.headers).length == 2502"""
    def on_req(req, res):
        e.log((len(req.rawHeaders) // 2, len(req.headers)))
        res.end()
    srv, port = e.server({'maxHeaderSize': 1 << 20}, listener=on_req,
                         setup=lambda s: setattr(s, 'maxHeadersCount', 0))
    out = strip_date(exchange(port, _many_headers_request(2502)))
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'
    assert e.events == [(2502, 2502)]


@pytest.mark.spec("http.md", "http.Server > Event: 'connect'", "http.Server > Event: 'upgrade'")
def test_connect_and_upgrade_socket_has_no_data_listener(e):
    """"After this event is emitted, the request's socket will not have a
    'data' event listener"; "guaranteed to be passed an instance of the
    net.Socket class"; head {Buffer}.

    Node 24: srv.on('connect', (req, sock, head) => [sock.listenerCount('data'),
    sock instanceof net.Socket, Buffer.isBuffer(head)]) -> [0, true, true];
    'upgrade' -> [0, true]"""
    from nodehttp import net

    def setup(srv):
        def on_connect(req, sock, head):
            e.log(('connect', sock.listenerCount('data'), isinstance(sock, net.Socket), isinstance(head, bytes)))
            sock.destroy()

        def on_upgrade(req, sock, head):
            e.log(('upgrade', sock.listenerCount('data'), isinstance(sock, net.Socket), isinstance(head, bytes)))
            sock.destroy()
        srv.on('connect', on_connect)
        srv.on('upgrade', on_upgrade)
    srv, port = e.server(setup=setup)
    assert exchange(port, b'CONNECT a:1 HTTP/1.1\r\nHost: a:1\r\n\r\n') == b''
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\n') == b''
    assert e.events == [('connect', 0, True, True), ('upgrade', 0, True, True)]


@pytest.mark.spec("http.md", "server.requestTimeout")
def test_request_timeout_default_answers_408(e):
    """"If the timeout expires, the server responds with status 408 without
    forwarding the request to the request listener and then closes the
    connection." (The head was complete, so 'request' did run; the body never
    completed.)

    Node 24: createServer({requestTimeout: 150, headersTimeout: 100,
    connectionsCheckingInterval: 20}), no 'clientError' listener, POST with
    Content-Length 10 and 2 bytes -> 'HTTP/1.1 408 Request Timeout\\r\\nConnection:
    close\\r\\n\\r\\n', events ['request', 'aborted', 'res close']"""
    def on_req(req, res):
        e.log('request')
        req.on('aborted', lambda: e.log('aborted'))
        res.on('close', lambda: e.log('res close'))
    srv, port = e.server({'requestTimeout': 150, 'headersTimeout': 100, 'connectionsCheckingInterval': 20},
                         listener=on_req)
    out = exchange(port, b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab')
    e.wait_event('res close')
    assert out == b'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n'
    assert e.events == ['request', 'aborted', 'res close']


@pytest.mark.spec("http.md", "server.closeAllConnections()")
def test_close_all_connections_spares_upgraded_sockets(e):
    """"This does not destroy sockets upgraded to a different protocol, such
    as WebSocket or HTTP/2."

    Node 24: on 'upgrade' write the 101 head, srv.closeAllConnections(), 50 ms
    later sock.destroyed -> false and sock.end('bye') reaches the client:
    '...101 Switching Protocols...\\r\\n\\r\\nbye'"""
    from nodehttp import timers

    def setup(srv):
        def on_upgrade(req, sock, head):
            sock.write(b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\n')
            srv.closeAllConnections()

            def later():
                e.log(('after closeAll', sock.destroyed))
                sock.end(b'bye')
            timers.setTimeout(later, 50)
        srv.on('upgrade', on_upgrade)
    srv, port = e.server(listener=lambda req, res: res.end(), setup=setup)
    out = exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\n')
    assert out == b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: ws\r\nConnection: Upgrade\r\n\r\nbye'
    assert e.events == [('after closeAll', False)]


@pytest.mark.spec("http.md", "Event: 'connection'", "server.keepAliveTimeoutBuffer")
def test_connection_set_timeout_replaced_by_keep_alive_timeout(e):
    """"If socket.setTimeout() is called here, the timeout will be replaced
    with server.keepAliveTimeout when the socket has served a request";
    socketTimeout = keepAliveTimeout + keepAliveTimeoutBuffer.

    Node 24: createServer({keepAliveTimeout: 300, keepAliveTimeoutBuffer: 100});
    'connection': s.setTimeout(50) -> s.timeout 50; after the response
    (setImmediate after 'finish') req.socket.timeout -> 400; the idle socket
    closes between 300 ms and 1 s after the request; the response head is
    '...Connection: keep-alive\\r\\nKeep-Alive: timeout=0\\r\\nContent-Length: 1...'"""
    import time
    from nodehttp import timers

    def on_req(req, res):
        res.end('x')
        res.on('finish', lambda: timers.setImmediate(lambda: e.log(('after response', req.socket.timeout))))

    def setup(srv):
        def on_conn(s):
            s.setTimeout(50)
            e.log(('set', s.timeout))
        srv.on('connection', on_conn)
    srv, port = e.server({'keepAliveTimeout': 300, 'keepAliveTimeoutBuffer': 100}, listener=on_req, setup=setup)
    t0 = time.monotonic()
    out = strip_date(exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n'))
    took = time.monotonic() - t0
    assert out == b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=0\r\nContent-Length: 1\r\n\r\nx'
    assert e.events == [('set', 50), ('after response', 400)]
    assert 0.3 < took < 1.0


@pytest.mark.spec("http.md", "response.getHeaders()", "response.socket", "response.setTimeout(msecs[, callback])")
def test_get_headers_shallow_copy_socket_type_and_timeout_listener(e):
    """getHeaders(): "Returns a shallow copy ... array values may be mutated
    without additional calls to various header-related http module methods";
    response.socket: "guaranteed to be an instance of the net.Socket class";
    setTimeout(): "If a callback is provided, then it is added as a listener on
    the 'timeout' event on the response object."

    Node 24:
      res.setHeader('Set-Cookie', ['a=1']); res.setHeader('Foo', 'bar');
      const h = res.getHeaders(); h['set-cookie'].push('b=2'); h.added = 'x'; h.foo = 'changed';
      [res.getHeader('set-cookie'), res.hasHeader('added'), res.getHeader('foo'),
       res.socket instanceof net.Socket] -> [['a=1', 'b=2'], false, 'bar', true]
      res.setTimeout(1000, () => {}) -> res, res.listenerCount('timeout') == 1
      wire: 'Set-Cookie: a=1\\r\\nSet-Cookie: b=2\\r\\nFoo: bar'"""
    from nodehttp import net

    def h(req, res):
        res.setHeader('Set-Cookie', ['a=1'])
        res.setHeader('Foo', 'bar')
        hs = res.getHeaders()
        hs['set-cookie'].append('b=2')
        hs['added'] = 'x'
        hs['foo'] = 'changed'
        e.log((res.getHeader('set-cookie'), res.hasHeader('added'), res.getHeader('foo'),
               isinstance(res.socket, net.Socket)))
        r = res.setTimeout(1000, lambda *a: None)
        e.log(('timeout listeners', res.listenerCount('timeout'), r is res))
        res.setTimeout(0)
        res.end()
    out = serve(e, h)
    assert e.events == [(['a=1', 'b=2'], False, 'bar', True), ('timeout listeners', 1, True)]
    assert out == (b'HTTP/1.1 200 OK\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\nFoo: bar\r\nConnection: close\r\n'
                   b'Content-Length: 0\r\n\r\n')


@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_content_length_mismatch_not_checked_by_default(e):
    """writeHead(): "Node.js will check whether Content-Length and the length
    of the body which has been transmitted are equal or not." Node 24 checks
    only with strictContentLength (see response.strictContentLength); by
    default the bytes go out as written -- the test follows Node.

    Node 24: res.writeHead(200, {'Content-Length': 2}); res.end('hello') -> returns
    res (no throw), writableEnded true, wire '...Content-Length: 2...\\r\\n\\r\\nhello'"""
    def h(req, res):
        res.writeHead(200, {'Content-Length': 2})
        e.log(res.end('hello') is res)
        e.log(res.writableEnded)
    out = serve(e, h)
    assert e.events == [True, True]
    assert out == b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nhello'


@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_content_length_in_bytes(e):
    """"Content-Length is read in bytes, not characters."

    Node 24: res.writeHead(200, {'Content-Length': Buffer.byteLength('\\u00e9')}); res.end('\\u00e9')
    -> 'HTTP/1.1 200 OK\\r\\nContent-Length: 2\\r\\nConnection: close\\r\\n\\r\\n\\xc3\\xa9'"""
    def h(req, res):
        res.writeHead(200, {'Content-Length': len('\u00e9'.encode())})
        res.end('\u00e9')
    assert serve(e, h) == b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n\xc3\xa9'


@pytest.mark.spec("http.md", "outgoingMessage.destroy([error])")
def test_response_destroy_with_error(e):
    """destroy([error]): "error {Error} Optional, an error to emit with error
    event"; the socket is destroyed as well. Node 24 emits that error on the
    socket (not on the response), then the response's and the socket's 'close'.

    Node 24: res.on('error'); res.on('close'); req.socket.on('error'); req.socket.on('close');
    ev.push(res.destroy(new Error('bad')) === res)
    -> [true, ['sock error', 'bad'], 'res close', 'sock close'], no bytes"""
    def h(req, res):
        res.on('error', lambda err: e.log(('res error', str(err))))
        res.on('close', lambda: e.log('res close'))
        req.socket.on('error', lambda err: e.log(('sock error', str(err))))
        req.socket.on('close', lambda *a: e.log('sock close'))
        e.log(res.destroy(RuntimeError('bad')) is res)
    out = serve(e, h)
    e.wait_event('sock close')
    assert out == b''
    assert e.events == [True, ('sock error', 'bad'), 'res close', 'sock close']


@pytest.mark.spec("http.md", "outgoingMessage.appendHeader(name, value)")
def test_append_header_with_unique_headers(e):
    """"If the value is an array, this is equivalent to calling this method
    multiple times. ... Depending of the value of options.uniqueHeaders ...
    this will end up in the header being sent multiple times or a single time
    with values joined using '; '."

    Node 24 (createServer({uniqueHeaders: ['x-u']})):
      res.appendHeader('X-U', 'a'); res.appendHeader('X-U', ['b', 'c']);
      res.appendHeader('X-M', 'a'); res.appendHeader('X-M', 'b');
      [getHeader('x-u'), getHeader('x-m')] -> [['a', 'b', 'c'], ['a', 'b']]
      wire 'X-U: a; b; c\\r\\nX-M: a\\r\\nX-M: b'"""
    def h(req, res):
        res.appendHeader('X-U', 'a')
        res.appendHeader('X-U', ['b', 'c'])
        res.appendHeader('X-M', 'a')
        res.appendHeader('X-M', 'b')
        e.log((res.getHeader('x-u'), res.getHeader('x-m')))
        res.end()
    out = serve(e, h, options={'uniqueHeaders': ['x-u']})
    assert e.events == [(['a', 'b', 'c'], ['a', 'b'])]
    assert out == (b'HTTP/1.1 200 OK\r\nX-U: a; b; c\r\nX-M: a\r\nX-M: b\r\nConnection: close\r\n'
                   b'Content-Length: 0\r\n\r\n')


@pytest.mark.spec("http.md", "outgoingMessage.setHeader(name, value)",
                  "outgoingMessage.end(chunk[, encoding][, callback])")
def test_set_header_replaces_and_end_default_utf8(e):
    """setHeader(): "If the header already exists in the to-be-sent headers,
    its value will be replaced"; end(): encoding **Default**: utf8.

    Node 24: res.setHeader('X-R', 'one'); res.setHeader('x-r', ['two', 'three']);
    res.setHeader('X-R', 4); [getHeader('x-r'), getRawHeaderNames()] -> [4, ['X-R']];
    res.end('\\u00e9') -> 'X-R: 4\\r\\n...Content-Length: 2\\r\\n\\r\\n\\xc3\\xa9'"""
    def h(req, res):
        res.setHeader('X-R', 'one')
        res.setHeader('x-r', ['two', 'three'])
        res.setHeader('X-R', 4)
        e.log((res.getHeader('x-r'), res.getRawHeaderNames()))
        res.end('\u00e9')
    out = serve(e, h)
    assert e.events == [(4, ['X-R'])]
    assert out == b'HTTP/1.1 200 OK\r\nX-R: 4\r\nConnection: close\r\nContent-Length: 2\r\n\r\n\xc3\xa9'


def _sockopts(sock):
    h = sock._handle
    return (h.getsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY) != 0,
            h.getsockopt(socket.SOL_SOCKET, socket.SO_KEEPALIVE) != 0,
            h.getsockopt(socket.IPPROTO_TCP, socket.TCP_KEEPIDLE))


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
@pytest.mark.parametrize('options,expected', [
    ({}, (True, False)),
    ({'noDelay': False}, (False, False)),
    ({'keepAlive': True, 'keepAliveInitialDelay': 3000}, (True, True, 3)),
])
def test_create_server_socket_options(e, options, expected):
    """noDelay: "disables the use of Nagle's algorithm immediately after a new
    incoming connection is received. **Default:** true"; keepAlive: "enables
    keep-alive functionality on the socket immediately after a new incoming
    connection is received ... **Default:** false"; keepAliveInitialDelay:
    "the initial delay before the first keepalive probe" (3000 ms -> 3 s, as
    socket.setKeepAlive). Expected values from the doc text (the socket options
    are not visible from JS)."""
    def h(req, res):
        got = _sockopts(req.socket)
        e.log(got if len(expected) == 3 else got[:2])
        res.end()
    serve(e, h, options=options or None)
    assert e.events == [expected]


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_create_server_classes_and_should_upgrade_false(e):
    """IncomingMessage / ServerResponse: **Default:** IncomingMessage /
    ServerResponse; a custom ServerResponse class is used; shouldUpgradeCallback:
    "rejected upgrades will fire a 'request' event like any non-upgrade request".

    Node 24: createServer({shouldUpgradeCallback: () => false}) with an 'upgrade'
    listener; upgrade request -> 'request' with req.upgrade false, req instanceof
    http.IncomingMessage, res instanceof http.ServerResponse; 'upgrade' not emitted;
    wire 'HTTP/1.1 200 OK\\r\\nConnection: close\\r\\nContent-Length: 2\\r\\n\\r\\nno'"""
    from nodehttp.http.incoming import IncomingMessage
    from nodehttp.http.server import ServerResponse

    class MyRes(ServerResponse):
        pass

    def on_req(req, res):
        e.log(('request', req.upgrade, isinstance(req, IncomingMessage), type(res).__name__))
        res.end('no')
    srv, port = e.server({'shouldUpgradeCallback': lambda req: False}, listener=on_req,
                         setup=lambda s: s.on('upgrade', lambda *a: e.log('upgrade')))
    out = strip_date(exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, close\r\nUpgrade: ws\r\n\r\n'))
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nno'
    srv2, port2 = e.server({'ServerResponse': MyRes}, listener=on_req)
    exchange(port2, GET_CLOSE)
    assert e.events == [('request', False, True, 'ServerResponse'), ('request', False, True, 'MyRes')]


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_create_server_insecure_http_parser(e):
    """insecureHTTPParser: "If set to true, it will use a HTTP parser with
    leniency flags enabled ... **Default:** false."

    Node 24: 'X-Bad: a\\x01b' -> default: 'HTTP/1.1 400 Bad Request\\r\\nConnection:
    close\\r\\n\\r\\n', no 'request'; {insecureHTTPParser: true}: 200, req.headers['x-bad']
    == 'a\\x01b'"""
    bad = b'GET / HTTP/1.1\r\nHost: x\r\nX-Bad: a\x01b\r\nConnection: close\r\n\r\n'

    def h(req, res):
        e.log(('request', req.headers['x-bad']))
        res.end('ok')
    assert serve(e, h, bad) == b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'
    assert e.events == []
    assert serve(e, h, bad, {'insecureHTTPParser': True}) == (
        b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok')
    assert e.events == [('request', 'a\x01b')]


@pytest.mark.spec("http.md", "Event: 'clientError'")
def test_client_error_forwards_socket_errors(e):
    """"If a client connection emits an 'error' event, it will be forwarded
    here."; "In some cases, the client has already received the response
    and/or the socket has already been destroyed, like in case of ECONNRESET
    errors"; "guaranteed to be passed an instance of the net.Socket class".

    Node 24: a client sends half a head, then resets (resetAndDestroy) ->
    ['clientError', 'ECONNRESET', 'read ECONNRESET', sock instanceof net.Socket true,
     sock.writable false, sock.destroyed true]; no 'request'."""
    import struct
    from nodehttp import net

    def setup(srv):
        def on_ce(err, sock):
            e.log(('clientError', err.code, err.message, isinstance(sock, net.Socket), sock.writable,
                   sock.destroyed))
            sock.destroy()
        srv.on('clientError', on_ce)
    srv, port = e.server(listener=lambda *a: e.log('request'), setup=setup)
    s = connect(port)
    s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n')
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    import time
    time.sleep(0.05)      # let the server read the half head first (as the 50 ms in the JS)
    s.close()             # RST
    e.wait_for(lambda ev: len(ev) >= 1)
    assert e.events == [('clientError', 'ECONNRESET', 'read ECONNRESET', True, False, True)]


@pytest.mark.spec("http.md", "server.timeout")
def test_server_timeout_change_affects_only_new_connections(e):
    """"The socket timeout logic is set up on connection, so changing this
    value only affects new connections to the server, not any existing
    connections."

    Node 24: connection A opens; then srv.timeout = 50; connection B opens and is
    closed by the server ('b closed'); 300 ms later A is still 'open' and a
    request on it gets 'HTTP/1.1 200 OK'."""
    srv, port = e.server(listener=lambda req, res: res.end('x'),
                         setup=lambda srv: srv.on('connection', lambda sock: e.log('connection')))
    with connect(port) as a:
        e.wait_event('connection')
        e.call(lambda: setattr(srv, 'timeout', 50))
        with connect(port) as b:
            assert read_all(b) == b''          # B: timed out and closed by the server
        a.settimeout(0.3)
        with pytest.raises(socket.timeout):
            a.recv(10)                          # A: still open
        a.settimeout(5)
        a.sendall(GET_CLOSE)
        assert strip_date(read_all(a)) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx'


@pytest.mark.spec("http.md", "Event: 'dropRequest'")
def test_drop_request_arguments(e):
    """'dropRequest' gets request {http.IncomingMessage} and socket
    {stream.Duplex} (the request's socket).

    Node 24: maxRequestsPerSocket 1, two pipelined requests ->
    [['dropRequest', '/2', sock instanceof net.Socket, req.socket === sock]] = [.., true, true];
    wire: 200 'ok' (Connection: close) then 503 chunked empty."""
    from nodehttp import net
    from nodehttp.http.incoming import IncomingMessage

    def setup(srv):
        srv.maxRequestsPerSocket = 1
        srv.on('dropRequest', lambda req, sock: e.log(('dropRequest', req.url, isinstance(req, IncomingMessage),
                                                       isinstance(sock, net.Socket), req.socket is sock)))
    srv, port = e.server(listener=lambda req, res: res.end('ok'), setup=setup)
    with connect(port) as s:
        s.sendall(b'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n')
        r1, rest = read_response(s)
        r2, rest = read_response(s, rest)
    assert strip_date(r1) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'
    assert strip_date(r2) == (b'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n'
                              b'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n')
    assert e.events == [('dropRequest', '/2', True, True, True)]


@pytest.mark.spec("http.md", "Event: 'dropRequest'", "server.maxRequestsPerSocket")
def test_drop_request_connection_not_closed_by_the_503(e):
    """maxRequestsPerSocket: "When the limit is reached it will set the
    Connection header value to close, but will not actually close the
    connection, subsequent requests sent after the limit is reached will get
    503 Service Unavailable as a response." The connection ends with the
    keep-alive timeout.

    Node 24: createServer({keepAliveTimeout: 200, keepAliveTimeoutBuffer: 0}),
    maxRequestsPerSocket 1, 'GET /1' and 'GET /2' pipelined -> 200 'ok'
    (Connection: close), 503 chunked empty (Connection: close); the client sees
    'close' 211 ms after sending (6012 ms with the default 5000 + 1000)."""
    import time
    srv, port = e.server({'keepAliveTimeout': 200, 'keepAliveTimeoutBuffer': 0},
                         listener=lambda req, res: res.end('ok'),
                         setup=lambda s: setattr(s, 'maxRequestsPerSocket', 1))
    t0 = time.monotonic()
    out = strip_date(_exchange_until_closed(
        port, b'GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\n\r\n', timeout=2.0))
    took = time.monotonic() - t0
    assert out == (b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'
                   b'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n'
                   b'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n')
    assert 0.15 < took < 1.5


def _exchange_until_closed(port, data, timeout=1.0):
    """Send data; return every byte until the server closes. Fails (with the
    bytes received) if the connection is still open after `timeout` idle seconds."""
    with connect(port) as s:
        s.sendall(data)
        s.settimeout(timeout)
        buf = b''
        while True:
            try:
                d = s.recv(65536)
            except socket.timeout:
                raise AssertionError('connection still open %.1f s after %r' % (timeout, buf))
            if not d:
                return buf
            buf += d


@pytest.mark.spec("http.md", "server.close([callback])", "http.Server > Event: 'close'")
def test_close_waits_for_active_connection(e):
    """"Stops the server from accepting new connections and closes all
    connections connected to this server which are not sending a request or
    waiting for a response." An active request is answered normally; the
    server emits 'close' (then the callback) only once that connection is gone.

    Node 24: in the 'request' listener srv.close(cb) then res.end('late') 50 ms
    later -> 'HTTP/1.1 200 OK\\r\\nConnection: keep-alive\\r\\nKeep-Alive: timeout=5\\r\\n
    Content-Length: 4\\r\\n\\r\\nlate'; the connection stays until the keep-alive timeout
    (6 s), then ['request', 'server close', 'close cb']. Here the client closes
    right after the response instead of waiting 6 s."""
    from nodehttp import timers

    def on_req(req, res):
        e.log('request')
        srv.close(lambda *a: e.log('close cb'))
        timers.setTimeout(lambda: res.end('late'), 50)
    srv, port = e.server(listener=on_req, setup=lambda s: s.on('close', lambda: e.log('server close')))
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        got, rest = read_response(s)
        assert strip_date(got) == (b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n'
                                   b'Content-Length: 4\r\n\r\nlate')
        assert e.events == ['request']        # still open: no 'close' yet
    e.wait_event('close cb')
    assert e.events == ['request', 'server close', 'close cb']


@pytest.mark.spec("http.md", "server.listen()", "server.listening")
def test_listen_returns_server_and_emits_listening(run):
    """server.listen(): "identical to server.listen() from net.Server"
    (returns the server, 'listening' then the callback); server.listening
    false until then and after close.

    Node 24: const r = srv.listen(0, '127.0.0.1', cb) ->
    [['ret', true, false], ['listening', true, 'number'], 'cb', ['closed', false]]"""
    from nodehttp.http.server import createServer
    ev = []

    def main():
        srv = createServer()
        srv.on('listening', lambda: ev.append(('listening', srv.listening, isinstance(srv.address()['port'], int))))

        def cb():
            ev.append('cb')
            srv.close(lambda *a: ev.append(('closed', srv.listening)))
        r = srv.listen(0, '127.0.0.1', cb)
        ev.append(('ret', r is srv, srv.listening))
    run(main, timeout=5)
    assert ev == [('ret', True, False), ('listening', True, True), 'cb', ('closed', False)]


@pytest.mark.spec("http.md", "Event: 'clientError'")
def test_client_error_default_destroys_when_headers_sent(e):
    """Default 'clientError' behaviour: "If the socket is not writable or
    headers of the current attached http.ServerResponse has been sent, it is
    immediately destroyed" (no canned 400).

    Node 24: the handler calls res.flushHeaders() and keeps the response open;
    the client then sends 'GARBAGE\\r\\n\\r\\n' -> the client gets only the 200 head
    ('...Transfer-Encoding: chunked\\r\\n\\r\\n') and the connection closes;
    events ['request', ['res close', false]]"""
    def on_req(req, res):
        e.log('request')
        res.flushHeaders()
        res.on('close', lambda: e.log(('res close', res.writableEnded)))
    srv, port = e.server(listener=on_req)
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        head = read_until(s, b'\r\n\r\n')
        s.sendall(b'GARBAGE\r\n\r\n')
        rest = read_all(s)
    assert strip_date(head + rest) == (b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n'
                                       b'Transfer-Encoding: chunked\r\n\r\n')
    e.wait_event(('res close', False))
    assert e.events == ['request', ('res close', False)]
