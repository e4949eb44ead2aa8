"""http.md "Class: http.IncomingMessage" on the server side: the request
object given to 'request'. Expected values were printed by Node 24.19."""

import socket

import pytest

from spec_tests._http_server_harness import connect, env, exchange, strip_date


@pytest.fixture
def e():
    with env() as x:
        yield x


DUP = (b'GET /d HTTP/1.1\r\nHost: a\r\nHost: b\r\nCookie: c=1\r\nCookie: d=2\r\nSet-Cookie: s1\r\n'
       b'set-cookie: s2\r\nX-Y: 1\r\nx-y: 2\r\nContent-Type: t1\r\nAuthorization: one\r\n'
       b'Authorization: two\r\nConnection: close\r\n\r\n')


def capture(e, request, options=None, fn=None):
    def on_req(req, res):
        e.log(fn(req) if fn else req)
        res.end()
    if options:
        srv, port = e.server(options, listener=on_req)
    else:
        srv, port = e.server(listener=on_req)
    exchange(port, request)
    return e.events[0]


@pytest.mark.spec("http.md", "message.headers")
def test_headers_duplicate_rules(e):
    got = capture(e, DUP, fn=lambda req: req.headers)
    assert got == {'host': 'a', 'cookie': 'c=1; d=2', 'set-cookie': ['s1', 's2'], 'x-y': '1, 2',
                   'content-type': 't1', 'authorization': 'one', 'connection': 'close'}


@pytest.mark.spec("http.md", "message.headers")
def test_headers_join_duplicate_headers_option(e):
    got = capture(e, DUP, {'joinDuplicateHeaders': True}, fn=lambda req: req.headers)
    assert got == {'host': 'a, b', 'cookie': 'c=1; d=2', 'set-cookie': ['s1', 's2'],
                   'x-y': '1, 2', 'content-type': 't1', 'authorization': 'one, two',
                   'connection': 'close'}


@pytest.mark.spec("http.md", "message.headersDistinct")
def test_headers_distinct(e):
    got = capture(e, DUP, fn=lambda req: req.headersDistinct)
    assert got == {'host': ['a', 'b'], 'cookie': ['c=1', 'd=2'], 'set-cookie': ['s1', 's2'],
                   'x-y': ['1', '2'], 'content-type': ['t1'], 'authorization': ['one', 'two'],
                   'connection': ['close']}


@pytest.mark.spec("http.md", "message.rawHeaders")
def test_raw_headers(e):
    got = capture(e, DUP, fn=lambda req: req.rawHeaders)
    assert got == ['Host', 'a', 'Host', 'b', 'Cookie', 'c=1', 'Cookie', 'd=2', 'Set-Cookie', 's1',
                   'set-cookie', 's2', 'X-Y', '1', 'x-y', '2', 'Content-Type', 't1',
                   'Authorization', 'one', 'Authorization', 'two', 'Connection', 'close']


@pytest.mark.spec("http.md", "message.httpVersion")
@pytest.mark.spec("http.md", "message.method")
@pytest.mark.spec("http.md", "message.url")
@pytest.mark.spec("http.md", "message.statusCode")
@pytest.mark.spec("http.md", "message.statusMessage")
def test_request_line_fields(e):
    got = capture(e, b'DELETE /a/b?c=d&e#f HTTP/1.0\r\n\r\n',
                  fn=lambda r: (r.method, r.url, r.httpVersion, r.httpVersionMajor,
                                r.httpVersionMinor, r.statusCode, r.statusMessage))
    assert got == ('DELETE', '/a/b?c=d&e#f', '1.0', 1, 0, None, None)


@pytest.mark.spec("http.md", "message.socket")
@pytest.mark.spec("http.md", "message.connection")
def test_socket_and_connection(e):
    got = capture(e, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
                  fn=lambda r: (r.socket is r.connection, r.socket.remoteAddress))
    assert got == (True, '127.0.0.1')


@pytest.mark.spec("http.md", "message.trailers")
@pytest.mark.spec("http.md", "message.trailersDistinct")
@pytest.mark.spec("http.md", "message.rawTrailers")
@pytest.mark.spec("http.md", "message.complete")
def test_trailers_and_complete(e):
    def on_req(req, res):
        parts = []
        e.log(('before', req.complete, req.trailers))
        req.on('data', parts.append)

        def on_end():
            e.log((b''.join(parts), req.complete, req.trailers, req.rawTrailers,
                   req.trailersDistinct))
            res.end('ok')
        req.on('end', on_end)
    srv, port = e.server(listener=on_req)
    exchange(port, b'POST /c HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\nConnection: close'
                   b'\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\nX-Sum: abc\r\nX-Sum: def\r\n'
                   b'Set-Cookie: a\r\n\r\n')
    assert e.events == [
        ('before', False, {}),
        (b'hello world', True, {'x-sum': 'abc, def', 'set-cookie': ['a']},
         ['X-Sum', 'abc', 'X-Sum', 'def', 'Set-Cookie', 'a'],
         {'x-sum': ['abc', 'def'], 'set-cookie': ['a']}),
    ]


@pytest.mark.spec("http.md", "Event: 'aborted'")
@pytest.mark.spec("http.md", "message.aborted")
@pytest.mark.spec("http.md", "http.IncomingMessage > Event: 'close'")
def test_aborted_on_client_disconnect(e):
    def on_req(req, res):
        req.on('data', lambda d: e.log(('data', d)))
        req.on('aborted', lambda: e.log(('aborted', req.aborted, req.complete)))
        req.on('error', lambda err: e.log(('req error', err.code, err.message)))
        req.on('end', lambda: e.log('req end'))
        req.on('close', lambda: e.log('req close'))
        res.on('close', lambda: e.log(('res close', res.writableEnded)))
    srv, port = e.server(listener=on_req)
    with connect(port) as s:
        s.sendall(b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\npartial')
        e.wait_event(('data', b'partial'))
        s.shutdown(socket.SHUT_WR)
        got = s.recv(1000)
    e.wait_event('req close')
    # Node 24.19: the half-close mid-body is HPE_INVALID_EOF_STATE -> 400
    assert got == b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n'
    assert e.events == [('data', b'partial'), ('aborted', True, False), ('res close', False),
                        ('req error', 'ECONNRESET', 'aborted'), 'req close']


@pytest.mark.spec("http.md", "message.destroy([error])")
def test_destroy_closes_socket(e):
    def on_req(req, res):
        req.on('close', lambda: e.log(('req close', req.destroyed)))
        res.on('close', lambda: e.log('res close'))
        req.destroy()
    srv, port = e.server(listener=on_req)
    assert exchange(port, b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab') == b''
    e.wait_for(lambda ev: len(ev) == 2)
    assert sorted(map(str, e.events)) == sorted(map(str, [('req close', True), 'res close']))


@pytest.mark.spec("http.md", "message.setTimeout(msecs[, callback])")
def test_message_set_timeout(e):
    def on_req(req, res):
        def on_timeout(sock):
            e.log('req timeout')
            sock.destroy()
        assert req.setTimeout(50, on_timeout) is req
    srv, port = e.server(listener=on_req)
    assert exchange(port, b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: 10\r\n\r\nab') == b''
    assert e.events == ['req timeout']


@pytest.mark.spec("http.md", "message.complete")
def test_body_read_and_complete(e):
    def on_req(req, res):
        parts = []
        req.on('data', parts.append)
        req.on('end', lambda: (e.log((b''.join(parts), req.complete)), res.end('got')))
    srv, port = e.server(listener=on_req)
    got = exchange(port, b'POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close'
                         b'\r\n\r\nhello world')
    assert strip_date(got) == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\ngot'
    assert e.events == [(b'hello world', True)]


def test_custom_incoming_message_and_server_response_classes(e):
    from nodehttp.http.incoming import IncomingMessage
    from nodehttp.http.server import ServerResponse

    class MyReq(IncomingMessage):
        pass

    class MyRes(ServerResponse):
        pass

    got = capture(e, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n',
                  {'IncomingMessage': MyReq, 'ServerResponse': MyRes},
                  fn=lambda req: type(req).__name__)
    assert got == 'MyReq'


@pytest.mark.spec("http.md", "message.socket")
def test_socket_set_encoding_is_refused(e):
    """Node 24: the server's sockets refuse setEncoding (ERR_HTTP_SOCKET_ENCODING)."""
    def get(req):
        try:
            req.socket.setEncoding('utf8')
        except Exception as err:
            return (err.code, err.message)
    got = capture(e, b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n', fn=get)
    assert got == ('ERR_HTTP_SOCKET_ENCODING',
                   'Changing the socket encoding is not allowed per RFC7230 Section 3.')
