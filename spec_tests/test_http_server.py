"""http.md "Class: http.Server" and "http.createServer()": every event, its
default behaviour when nobody listens, the timeouts and the connection
management methods. Expected bytes come from Node 24.19 runs of the same
exchange (tests/differential/scenarios/server_*.js)."""

import socket
import threading

import pytest

from spec_tests._http_server_harness import (
    connect, env, exchange, read_all, read_response, read_until, strip_date,
)


@pytest.fixture
def e():
    with env() as x:
        yield x


def hello(req, res):
    res.end('hello')


GET_CLOSE = b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'


# -- createServer and defaults ------------------------------------------------
@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_create_server_defaults(e):
    from nodehttp.http.server import Server, createServer

    def make():
        s = createServer()
        return (isinstance(s, Server), s.keepAliveTimeout, s.headersTimeout, s.requestTimeout,
                s.timeout, s.maxHeadersCount, s.maxRequestsPerSocket, s.keepAliveTimeoutBuffer,
                s.connectionsCheckingInterval, s.requireHostHeader, s.joinDuplicateHeaders,
                s.rejectNonStandardBodyWrites, s.httpAllowHalfOpen, s.maxHeaderSize,
                s.insecureHTTPParser, s.listening)
    # Node 24: 5000 60000 300000 0 null 0 1000 30000 true undefined false false undefined undefined
    assert e.call(make) == (True, 5000, 60000, 300000, 0, None, 0, 1000, 30000, True, None,
                            False, False, None, None, False)


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_create_server_option_validation(e):
    from nodehttp.http.server import createServer

    def bad(opts):
        try:
            createServer(opts)
        except Exception as err:
            return (err.code, err.message)
    assert e.call(bad, {'requestTimeout': 'x'}) == (
        'ERR_INVALID_ARG_TYPE',
        'The "requestTimeout" argument must be of type number. Received type string (\'x\')')
    assert e.call(bad, {'headersTimeout': 2000, 'requestTimeout': 1000}) == (
        'ERR_OUT_OF_RANGE',
        'The value of "headersTimeout" is out of range. It must be <= requestTimeout. Received 2000')
    assert e.call(bad, {'requireHostHeader': 1}) == (
        'ERR_INVALID_ARG_TYPE',
        'The "options.requireHostHeader" property must be of type boolean. Received type number (1)')
    # Node 24.19's httpValidation option
    assert e.call(bad, {'httpValidation': 'bad'}) == (
        'ERR_INVALID_ARG_VALUE',
        "The property 'options.httpValidation' must be one of: 'strict', 'relaxed', 'insecure'. "
        "Received 'bad'")
    assert e.call(bad, {'httpValidation': 'strict', 'insecureHTTPParser': True}) == (
        'ERR_INVALID_ARG_VALUE',
        "The property 'options.httpValidation' cannot be used together with "
        "options.insecureHTTPParser. Received 'strict'")
    # headersTimeout defaults to min(60000, requestTimeout)
    assert e.call(lambda: createServer({'requestTimeout': 1000}).headersTimeout) == 1000


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_request_listener_is_added_to_request_event(e):
    srv, port = e.server(listener=hello)
    assert e.call(lambda: srv.listenerCount('request')) == 1
    assert strip_date(exchange(port, GET_CLOSE)) == (
        b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello')


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_option_keyword_arguments(e):
    from nodehttp.http.server import createServer
    assert e.call(lambda: createServer(keepAliveTimeout=10).keepAliveTimeout) == 10


# -- 'request' / keep-alive / pipelining ----------------------------------
@pytest.mark.spec("http.md", "Event: 'request'")
def test_keep_alive_several_requests_one_connection(e):
    """"There may be multiple requests per connection (in the case of HTTP
    Keep-Alive connections)."""
    seen = []

    def on_req(req, res):
        seen.append((req.url, req.socket.remotePort))
        res.end(req.url)
    srv, port = e.server(listener=on_req)
    with connect(port) as s:
        s.sendall(b'GET /a HTTP/1.1\r\nHost: x\r\n\r\n')
        r1, rest = read_response(s)
        s.sendall(b'GET /b HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
        r2 = rest + read_all(s)
    assert strip_date(r1) == (b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n'
                              b'Keep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\n/a')
    assert strip_date(r2) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\n/b'
    assert [u for u, _ in seen] == ['/a', '/b'] and seen[0][1] == seen[1][1]


@pytest.mark.spec("http.md", "Event: 'request'")
def test_pipelined_responses_in_request_order(e):
    from nodehttp import timers

    def setup(srv):
        def on_req(req, res):
            e.log(('request', req.url))
            res.on('finish', lambda: e.log(('finish', req.url)))
            if req.url == '/slow':
                timers.setTimeout(lambda: res.end('slow'), 30)
            elif req.url == '/fast':
                res.end('fast')
            else:
                timers.setImmediate(lambda: res.end('last'))
        srv.on('request', on_req)
    srv, port = e.server(setup=setup)
    out = exchange(port, b'GET /slow HTTP/1.1\r\nHost: x\r\n\r\nGET /fast HTTP/1.1\r\nHost: x\r\n\r\n'
                         b'GET /last HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    assert strip_date(out) == (
        b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 4\r\n\r\nslow'
        b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\nContent-Length: 4\r\n\r\nfast'
        b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 4\r\n\r\nlast')
    e.wait_event(('finish', '/last'))
    assert e.events == [('request', '/slow'), ('request', '/fast'), ('request', '/last'),
                        ('finish', '/slow'), ('finish', '/fast'), ('finish', '/last')]


@pytest.mark.spec("http.md", "Event: 'request'")
@pytest.mark.parametrize('request_bytes,expected', [
    (b'GET /x HTTP/1.0\r\n\r\n', b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nten'),
    (b'GET /1 HTTP/1.0\r\nConnection: keep-alive\r\n\r\n', b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nten'),
])
def test_http10_requests_close(e, request_bytes, expected):
    srv, port = e.server(listener=lambda req, res: res.end('ten'))
    assert strip_date(exchange(port, request_bytes)) == expected


# -- 'checkContinue' / 'checkExpectation' ---------------------------------
EXPECT = (b'POST /e HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n'
          b'Connection: close\r\n\r\n')


@pytest.mark.spec("http.md", "Event: 'checkContinue'")
def test_check_continue_default_sends_100(e):
    """"If this event is not listened for, the server will automatically
    respond with a 100 Continue as appropriate.\""""
    def on_req(req, res):
        req.on('data', lambda d: e.log(('data', d)))
        req.on('end', lambda: res.end('done'))
    srv, port = e.server(listener=on_req)
    with connect(port) as s:
        s.sendall(EXPECT)
        got = read_until(s, b'100 Continue\r\n\r\n')
        s.sendall(b'data')
        got += read_all(s)
    assert strip_date(got) == (b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n'
                               b'Connection: close\r\nContent-Length: 4\r\n\r\ndone')
    assert e.events == [('data', b'data')]


@pytest.mark.spec("http.md", "Event: 'checkContinue'")
def test_check_continue_listener_replaces_request(e):
    """"When this event is emitted and handled, the 'request' event will not
    be emitted.\""""
    def setup(srv):
        def on_cc(req, res):
            e.log(('checkContinue', req.url, req.headers['expect']))
            res.writeContinue()
            req.on('data', lambda d: e.log(('data', d)))
            req.on('end', lambda: res.end('fine'))
        srv.on('checkContinue', on_cc)
        srv.on('request', lambda *a: e.log('request'))
    srv, port = e.server(setup=setup)
    with connect(port) as s:
        s.sendall(EXPECT)
        got = read_until(s, b'100 Continue\r\n\r\n')
        s.sendall(b'data')
        got += read_all(s)
    assert strip_date(got) == (b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\n'
                               b'Connection: close\r\nContent-Length: 4\r\n\r\nfine')
    assert e.events == [('checkContinue', '/e', '100-continue'), ('data', b'data')]


@pytest.mark.spec("http.md", "Event: 'checkContinue'")
def test_check_continue_final_status_closes(e):
    def setup(srv):
        def on_cc(req, res):
            res.writeHead(400)
            res.end('no')
        srv.on('checkContinue', on_cc)
    srv, port = e.server(setup=setup)
    got = exchange(port, EXPECT.replace(b'Connection: close\r\n', b''))
    assert strip_date(got) == (b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n'
                               b'Transfer-Encoding: chunked\r\n\r\n2\r\nno\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "Event: 'checkExpectation'")
def test_check_expectation_default_417(e):
    srv, port = e.server(listener=lambda *a: e.log('request'))
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\nExpect: something\r\n\r\n')
        got, _ = read_response(s)
    assert strip_date(got) == (b'HTTP/1.1 417 Expectation Failed\r\nConnection: keep-alive\r\n'
                               b'Keep-Alive: timeout=5\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')
    assert e.events == []


@pytest.mark.spec("http.md", "Event: 'checkExpectation'")
def test_check_expectation_listener(e):
    def setup(srv):
        def on_ce(req, res):
            e.log(('checkExpectation', req.headers['expect']))
            res.end('ok')
        srv.on('checkExpectation', on_ce)
        srv.on('request', lambda *a: e.log('request'))
    srv, port = e.server(setup=setup)
    got = exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nExpect: something\r\nConnection: close\r\n\r\n')
    assert strip_date(got) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok'
    assert e.events == [('checkExpectation', 'something')]


# -- 'clientError' --------------------------------------------------------
@pytest.mark.spec("http.md", "Event: 'clientError'")
@pytest.mark.parametrize('data,expected', [
    (b'GARBAGE\r\n\r\n', b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'),
    (b'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + b'a' * 20000 + b'\r\n\r\n',
     b'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n'),
    (b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n',
     b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'),
])
def test_client_error_default_canned_responses(e, data, expected):
    """"Default behavior is to try close the socket with a HTTP '400 Bad
    Request', or a HTTP '431 Request Header Fields Too Large' in the case of
    a HPE_HEADER_OVERFLOW error.\""""
    srv, port = e.server(listener=lambda *a: e.log('request'))
    assert exchange(port, data) == expected
    assert e.events == []


@pytest.mark.spec("http.md", "Event: 'clientError'")
def test_client_error_listener_gets_error_and_socket(e):
    def setup(srv):
        def on_ce(err, socket):
            e.log((err.code, err.message, err.bytesParsed, bytes(err.rawPacket)))
            socket.end('HTTP/1.1 400 Custom\r\n\r\n')
        srv.on('clientError', on_ce)
    srv, port = e.server(setup=setup)
    data = b'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n'
    assert exchange(port, data) == b'HTTP/1.1 400 Custom\r\n\r\n'
    assert e.events == [('HPE_INVALID_HEADER_TOKEN', 'Parse Error: Invalid header token', 28, data)]


@pytest.mark.spec("http.md", "Event: 'clientError'")
def test_client_error_http2_preface(e):
    def setup(srv):
        def on_ce(err, socket):
            e.log(err.code)
            socket.destroy()
        srv.on('clientError', on_ce)
    srv, port = e.server(setup=setup)
    assert exchange(port, b'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n') == b''
    assert e.events == ['HPE_PAUSED_H2_UPGRADE']


# -- 'connect' / 'upgrade' ------------------------------------------------
@pytest.mark.spec("http.md", "http.Server > Event: 'connect'")
def test_connect_event_with_head(e):
    def setup(srv):
        def on_connect(req, socket, head):
            e.log(('connect', req.method, req.url, bytes(head)))
            socket.write(b'HTTP/1.1 200 Connection Established\r\n\r\n' + bytes(head))
            socket.on('end', lambda: socket.end())
        srv.on('connect', on_connect)
    srv, port = e.server(setup=setup)
    with connect(port) as s:
        s.sendall(b'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\nTUNNEL')
        got = read_until(s, b'TUNNEL')
        s.shutdown(socket.SHUT_WR)
        got += read_all(s)
    assert got == b'HTTP/1.1 200 Connection Established\r\n\r\nTUNNEL'
    assert e.events == [('connect', 'CONNECT', 'example.com:443', b'TUNNEL')]


@pytest.mark.spec("http.md", "http.Server > Event: 'connect'")
def test_connect_without_listener_closes(e):
    srv, port = e.server(listener=lambda *a: e.log('request'))
    assert exchange(port, b'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n') == b''
    assert e.events == []


@pytest.mark.spec("http.md", "http.Server > Event: 'upgrade'")
def test_upgrade_event_with_head(e):
    def setup(srv):
        def on_upgrade(req, socket, head):
            e.log(('upgrade', req.url, req.headers['upgrade'], bytes(head)))
            socket.write(b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n'
                         b'Connection: Upgrade\r\n\r\n')
            socket.write(b'echo:' + bytes(head))
            socket.on('end', lambda: socket.end())
        srv.on('upgrade', on_upgrade)
        srv.on('request', lambda *a: e.log('request'))
    srv, port = e.server(setup=setup)
    with connect(port) as s:
        s.sendall(b'GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\nHEAD')
        got = read_until(s, b'echo:HEAD')
        s.shutdown(socket.SHUT_WR)
        got += read_all(s)
    assert got == (b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade'
                   b'\r\n\r\necho:HEAD')
    assert e.events == [('upgrade', '/ws', 'websocket', b'HEAD')]


@pytest.mark.spec("http.md", "http.Server > Event: 'upgrade'")
def test_upgrade_without_listener_is_a_request(e):
    """"By default all HTTP upgrade requests are ignored (i.e. only regular
    'request' events are emitted\""""
    def on_req(req, res):
        e.log(('request', req.upgrade))
        res.end('plain')
    srv, port = e.server(listener=on_req)
    got = exchange(port, b'GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade, close\r\n'
                         b'Upgrade: websocket\r\n\r\n')
    assert strip_date(got) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nplain'
    assert e.events == [('request', False)]


@pytest.mark.spec("http.md", "http.Server > Event: 'upgrade'")
def test_should_upgrade_callback_accepts_without_listener_destroys(e):
    """"If an upgrade is accepted by shouldUpgradeCallback but no event handler
    is registered then the socket is destroyed\""""
    srv, port = e.server({'shouldUpgradeCallback': lambda req: True},
                         listener=lambda *a: e.log('request'))
    got = exchange(port, b'GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n')
    assert got == b''
    assert e.events == []


# -- 'connection' ---------------------------------------------------------
@pytest.mark.spec("http.md", "Event: 'connection'")
def test_connection_event_gets_socket(e):
    def setup(srv):
        srv.on('connection', lambda sock: e.log(('connection', type(sock).__name__,
                                                 sock.remoteAddress)))
    srv, port = e.server(listener=hello, setup=setup)
    exchange(port, GET_CLOSE)
    assert e.events == [('connection', 'Socket', '127.0.0.1')]


# -- 'dropRequest' / maxRequestsPerSocket ----------------------------------
@pytest.mark.spec("http.md", "Event: 'dropRequest'")
@pytest.mark.spec("http.md", "server.maxRequestsPerSocket")
def test_max_requests_per_socket_drop_request(e):
    def setup(srv):
        srv.maxRequestsPerSocket = 2
        srv.on('dropRequest', lambda req, sock: e.log(('dropRequest', req.url)))

        def on_req(req, res):
            e.log(('request', req.url))
            res.end('r' + req.url[1:])
        srv.on('request', on_req)
    srv, port = e.server(setup=setup)
    with connect(port) as s:
        s.sendall(b'GET /1 HTTP/1.1\r\nHost: x\r\n\r\n')
        r1, rest = read_response(s)
        s.sendall(b'GET /2 HTTP/1.1\r\nHost: x\r\n\r\n')
        r2, rest = read_response(s, rest)
        s.sendall(b'GET /3 HTTP/1.1\r\nHost: x\r\n\r\n')
        r3, rest = read_response(s, rest)
    assert strip_date(r1) == (b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n'
                              b'Keep-Alive: timeout=5, max=2\r\nContent-Length: 2\r\n\r\nr1')
    assert strip_date(r2) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nr2'
    assert strip_date(r3) == (b'HTTP/1.1 503 Service Unavailable\r\nConnection: close\r\n'
                              b'Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n')
    assert e.events == [('request', '/1'), ('request', '/2'), ('dropRequest', '/3')]


# -- requireHostHeader -------------------------------------------------------
@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_require_host_header(e):
    srv, port = e.server(listener=lambda *a: e.log('request'))
    assert strip_date(exchange(port, b'GET / HTTP/1.1\r\n\r\n')) == (
        b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n')
    assert e.events == []
    srv2, port2 = e.server({'requireHostHeader': False}, listener=lambda req, res: res.end('ok'))
    assert strip_date(exchange(port2, b'GET / HTTP/1.1\r\nConnection: close\r\n\r\n')) == (
        b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok')


# -- maxHeadersCount / maxHeaderSize ----------------------------------------
@pytest.mark.spec("http.md", "server.maxHeadersCount")
def test_max_headers_count(e):
    def on_req(req, res):
        res.end(repr(sorted(req.headers)))
    srv, port = e.server(listener=on_req, setup=lambda s: setattr(s, 'maxHeadersCount', 2))
    # Node 24: more header lines than maxHeadersCount -> 431
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nA: 1\r\nConnection: close\r\n\r\n') == (
        b'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n')
    got = exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    assert got.endswith(b"['connection', 'host']")


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_max_header_size_option(e):
    srv, port = e.server({'maxHeaderSize': 100}, listener=lambda *a: e.log('request'))
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\nX-Big: ' + b'a' * 300 + b'\r\n\r\n') == (
        b'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n')


# -- timeouts ----------------------------------------------------------------
@pytest.mark.spec("http.md", "server.headersTimeout")
def test_headers_timeout_408(e):
    srv, port = e.server({'headersTimeout': 100, 'requestTimeout': 200,
                          'connectionsCheckingInterval': 20},
                         listener=lambda *a: e.log('request'))
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n') == (
        b'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n')
    assert e.events == []


@pytest.mark.spec("http.md", "server.requestTimeout")
def test_request_timeout_client_error(e):
    def setup(srv):
        def on_req(req, res):
            e.log('request')
            req.on('aborted', lambda: e.log('aborted'))
        srv.on('request', on_req)

        def on_ce(err, sock):
            e.log(('clientError', err.code, err.message))
            sock.destroy()
        srv.on('clientError', on_ce)
    srv, port = e.server({'headersTimeout': 100, 'requestTimeout': 150,
                          'connectionsCheckingInterval': 20}, setup=setup)
    assert exchange(port, b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab') == b''
    e.wait_event('aborted')
    assert e.events == ['request', ('clientError', 'ERR_HTTP_REQUEST_TIMEOUT', 'Request timeout'),
                        'aborted']


@pytest.mark.spec("http.md", "server.keepAliveTimeout")
@pytest.mark.spec("http.md", "server.keepAliveTimeoutBuffer")
def test_keep_alive_timeout_closes_idle_socket(e):
    srv, port = e.server({'keepAliveTimeout': 200, 'keepAliveTimeoutBuffer': 0},
                         listener=lambda req, res: res.end('idle next'))
    import time
    t0 = time.monotonic()
    got = exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    took = time.monotonic() - t0
    assert strip_date(got) == (b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\n'
                               b'Keep-Alive: timeout=0\r\nContent-Length: 9\r\n\r\nidle next')
    assert 0.15 < took < 2


@pytest.mark.spec("http.md", "server.keepAliveTimeout")
def test_keep_alive_timeout_header_seconds(e):
    srv, port = e.server({'keepAliveTimeout': 65000}, listener=lambda req, res: res.end('x'))
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        got, _ = read_response(s)
    assert b'\r\nKeep-Alive: timeout=65\r\n' in got


@pytest.mark.spec("http.md", "server.setTimeout([msecs][, callback])")
@pytest.mark.spec("http.md", "server.timeout")
def test_server_set_timeout_emits_timeout_with_socket(e):
    def setup(srv):
        def on_timeout(sock):
            e.log('timeout')
            sock.destroy()
        assert srv.setTimeout(80, on_timeout) is srv
        assert srv.timeout == 80

        def on_req(req, res):
            e.log('request')
            res.on('close', lambda: e.log('res close'))
        srv.on('request', on_req)
    srv, port = e.server(setup=setup)
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n') == b''
    e.wait_event('res close')
    assert e.events == ['request', 'timeout', 'res close']


@pytest.mark.spec("http.md", "server.timeout")
def test_server_timeout_without_listener_destroys(e):
    srv, port = e.server(listener=lambda *a: None, setup=lambda s: setattr(s, 'timeout', 50))
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n') == b''


# -- close / closeAllConnections / closeIdleConnections --------------------
@pytest.mark.spec("http.md", "server.close([callback])")
@pytest.mark.spec("http.md", "http.Server > Event: 'close'")
def test_close_closes_idle_keep_alive_connections(e):
    def setup(srv):
        srv.on('close', lambda: e.log('server close'))
    srv, port = e.server(listener=lambda req, res: res.end('idle'), setup=setup)
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        read_response(s)
        e.call(lambda: srv.close(lambda *a: e.log('close cb')))
        assert read_all(s) == b''
    e.wait_event('close cb')
    assert e.events == ['server close', 'close cb']
    assert e.call(lambda: srv.listening) is False


@pytest.mark.spec("http.md", "server.closeIdleConnections()")
def test_close_idle_connections_keeps_active_ones(e):
    pending = []

    def on_req(req, res):
        if req.url == '/hold':
            pending.append(res)
            e.log('held')
        else:
            res.end('idle')
    srv, port = e.server(listener=on_req)
    with connect(port) as idle, connect(port) as busy:
        idle.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        read_response(idle)
        busy.sendall(b'GET /hold HTTP/1.1\r\nHost: x\r\n\r\n')
        e.wait_event('held')
        e.call(srv.closeIdleConnections)
        assert read_all(idle) == b''
        e.call(lambda: pending[0].end('late'))
        got, _ = read_response(busy)
        assert got.endswith(b'late')


@pytest.mark.spec("http.md", "server.closeAllConnections()")
def test_close_all_connections(e):
    def on_req(req, res):
        e.log('request')
        res.on('close', lambda: e.log(('res close', res.writableEnded)))
        req.on('close', lambda: e.log('req close'))
        from nodehttp import timers
        timers.setImmediate(srv.closeAllConnections)
    srv, port = e.server(listener=on_req)
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n') == b''
    e.wait_event('req close')
    assert e.events == ['request', ('res close', False), 'req close']


@pytest.mark.spec("http.md", "server.listening")
@pytest.mark.spec("http.md", "server.listen()")
def test_listening_property(e):
    srv, port = e.server(listener=hello)
    assert e.call(lambda: srv.listening) is True
    assert isinstance(port, int) and port > 0


@pytest.mark.spec("http.md", "server[Symbol.asyncDispose]()")
def test_async_dispose_and_context_manager(e):
    srv, port = e.server(listener=hello)
    done = threading.Event()
    e.call(lambda: srv.asyncDispose().then(lambda v: done.set()))
    assert done.wait(5)
    assert e.call(lambda: srv.listening) is False

    srv2, port2 = e.server(listener=hello)

    def use():
        with srv2 as s:
            assert s is srv2
    e.call(use)
    assert e.call(lambda: srv2.listening) is False


@pytest.mark.spec("http.md", "server.keepAliveTimeout")
def test_keep_alive_timeout_does_not_cut_a_slow_response(e):
    """The keep-alive timeout only runs between requests: "after it has
    finished writing the last response"; a slow second response on the same
    connection is not cut."""
    from nodehttp import timers

    def on_req(req, res):
        if req.url == '/slow':
            timers.setTimeout(lambda: res.end('slow'), 300)
        else:
            res.end('fast')
    srv, port = e.server({'keepAliveTimeout': 100, 'keepAliveTimeoutBuffer': 0}, listener=on_req)
    with connect(port) as s:
        s.sendall(b'GET /fast HTTP/1.1\r\nHost: x\r\n\r\n')
        r1, rest = read_response(s)
        s.sendall(b'GET /slow HTTP/1.1\r\nHost: x\r\n\r\n')
        r2, rest = read_response(s, rest)
        assert r1.endswith(b'fast') and r2.endswith(b'slow')
        # idle again: closed after the keep-alive timeout
        assert read_all(s) == b''


@pytest.mark.spec("http.md", "Event: 'connection'")
def test_socket_timeout_set_in_connection_listener_destroys(e):
    """A socket.setTimeout() made in a 'connection' listener: with no
    'timeout' listener anywhere the socket is destroyed when it fires."""
    srv, port = e.server(listener=lambda req, res: e.log('request'),
                         setup=lambda s: s.on('connection', lambda sock: sock.setTimeout(60)))
    with connect(port) as s:
        assert read_all(s) == b''
    assert e.events == []


@pytest.mark.spec("http.md", "Event: 'clientError'")
def test_client_error_on_connection_reset(e):
    """"Socket-level errors (e.g. ECONNRESET) reach 'clientError'": Node 24
    prints `clientError ECONNRESET read ECONNRESET false` for a peer that
    resets in the middle of a head."""
    import struct

    def setup(srv):
        srv.on('clientError', lambda err, sock: e.log((err.code, err.message, sock.writable)))
    srv, port = e.server(listener=lambda *a: e.log('request'), setup=setup)
    s = connect(port)
    s.sendall(b'GET / HTTP/1.1\r\nHo')
    s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
    import time
    time.sleep(0.05)   # let the server read the partial head first
    s.close()          # RST
    e.wait_for(lambda ev: len(ev) >= 1)
    assert e.events == [('ECONNRESET', 'read ECONNRESET', False)]
