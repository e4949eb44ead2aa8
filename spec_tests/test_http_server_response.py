"""http.md "Class: http.ServerResponse" (and the OutgoingMessage members it
inherits), on real loopback connections. Expected bytes and event orders were
printed by Node 24.19 for the same handlers
(tests/differential/scenarios/server_*.js)."""

import pytest

from spec_tests._http_server_harness import connect, env, exchange, strip_date

GET_CLOSE = b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
HEAD_CLOSE = b'HEAD / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'
POST_BODY = (b'POST /up HTTP/1.1\r\nHost: x\r\nContent-Length: 11\r\nConnection: close\r\n\r\n'
             b'hello world')


@pytest.fixture
def e():
    with env() as x:
        yield x


def serve(e, handler, request=GET_CLOSE, options=None, wait=None):
    """One exchange; returns (response bytes without Date, events)."""
    def on_req(req, res):
        handler(e, req, res)
    srv, port = e.server(options, listener=on_req) if options else e.server(listener=on_req)
    out = strip_date(exchange(port, request))
    if wait is not None:
        e.wait_event(wait)
    return out, list(e.events)


def err_tuple(fn):
    try:
        fn()
    except Exception as err:
        return (err.code, err.name, err.message)
    return None


# -- framing ------------------------------------------------------------------
@pytest.mark.spec("http.md", "response.end([data[, encoding]][, callback])")
def test_end_with_data_sets_content_length(e):
    out, _ = serve(e, lambda e, req, res: res.end('hello'))
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 5\r\n\r\nhello'


@pytest.mark.spec("http.md", "response.write(chunk[, encoding][, callback])")
def test_write_uses_chunked_encoding(e):
    def h(e, req, res):
        res.write('abc')
        res.write(b'de')
        res.end()
    out, _ = serve(e, h)
    assert out == (b'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'3\r\nabc\r\n2\r\nde\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.write(chunk[, encoding][, callback])")
def test_write_encodings(e):
    def h(e, req, res):
        res.write('68656c6c6f', 'hex')
        res.end('d29ybGQ=', 'base64')
    out, _ = serve(e, h)
    assert out.endswith(b'\r\n\r\n5\r\nhello\r\n5\r\nworld\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.write(chunk[, encoding][, callback])")
def test_write_http10_reads_until_close(e):
    def h(e, req, res):
        res.write('a')
        res.write('b')
        res.end('c')
    out, _ = serve(e, h, b'GET / HTTP/1.0\r\n\r\n')
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nabc'
    e.events.clear()
    out, _ = serve(e, lambda e, req, res: (res.write('a'), res.end('b')),
                   b'GET / HTTP/1.0\r\nTE: chunked\r\n\r\n')
    assert out == (b'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'1\r\na\r\n1\r\nb\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.write(chunk[, encoding][, callback])")
@pytest.mark.parametrize('request_bytes,status,expected', [
    (HEAD_CLOSE, 200, b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'),
    (GET_CLOSE, 204, b'HTTP/1.1 204 No Content\r\nConnection: close\r\n\r\n'),
    (GET_CLOSE, 304, b'HTTP/1.1 304 Not Modified\r\nConnection: close\r\n\r\n'),
])
def test_no_body_for_head_204_304(e, request_bytes, status, expected):
    def h(e, req, res):
        res.writeHead(status)
        res.write('x')
        res.end('body is dropped')
    out, _ = serve(e, h, request_bytes)
    assert out == expected


@pytest.mark.spec("http.md", "response.write(chunk[, encoding][, callback])")
def test_reject_non_standard_body_writes(e):
    def h(e, req, res):
        e.log(err_tuple(lambda: res.write('x')))
        res.end()
    out, events = serve(e, h, HEAD_CLOSE, {'rejectNonStandardBodyWrites': True})
    assert events == [('ERR_HTTP_BODY_NOT_ALLOWED', 'Error',
                       'Adding content for this request method or response status is not allowed.')]
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n'


def test_304_with_user_chunked_header_drops_framing(e):
    def h(e, req, res):
        res.setHeader('Transfer-Encoding', 'chunked')
        res.statusCode = 304
        res.end()
    out, _ = serve(e, h)
    assert out == b'HTTP/1.1 304 Not Modified\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n'


# -- writeHead ----------------------------------------------------------------
@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_merges_with_set_header(e):
    """"When headers have been set with response.setHeader(), they will be
    merged with any headers passed to response.writeHead(), with the headers
    passed to response.writeHead() given precedence.\""""
    def h(e, req, res):
        res.setHeader('Content-Type', 'text/html')
        res.setHeader('X-Foo', 'bar')
        assert res.writeHead(201, 'Made It', {'Content-Type': 'text/plain', 'X-Extra': ['1', '2']}) is res
        e.log((res.getHeaders(), res.statusCode, res.statusMessage, res.headersSent))
        res.end('ok')
    out, events = serve(e, h)
    assert events == [({'content-type': 'text/plain', 'x-foo': 'bar', 'x-extra': ['1', '2']},
                       201, 'Made It', True)]
    assert out == (b'HTTP/1.1 201 Made It\r\nContent-Type: text/plain\r\nX-Foo: bar\r\nX-Extra: 1\r\n'
                   b'X-Extra: 2\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'2\r\nok\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_array_headers(e):
    def h(e, req, res):
        res.setHeader('X-A', 'old')
        res.writeHead(200, ['X-A', '1', 'X-A', '2', 'Content-Length', '2'])
        res.end('ok')
    out, _ = serve(e, h)
    assert out == (b'HTTP/1.1 200 OK\r\nX-A: 1\r\nX-A: 2\r\nContent-Length: 2\r\n'
                   b'Connection: close\r\n\r\nok')


@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_only_is_not_cached(e):
    """"If response.writeHead() method is called and this method has not been
    called, it will directly write the supplied header values onto the
    network channel without caching internally\""""
    def h(e, req, res):
        res.writeHead(200, {'content-type': 'text/plain', 'X-Num': 5})
        e.log(res.getHeader('content-type'))
        res.end('plain')
    out, events = serve(e, h)
    assert events == [None]
    assert out == (b'HTTP/1.1 200 OK\r\ncontent-type: text/plain\r\nX-Num: 5\r\nConnection: close\r\n'
                   b'Transfer-Encoding: chunked\r\n\r\n5\r\nplain\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.writeHead(statusCode[, statusMessage][, headers])")
def test_write_head_errors(e):
    def h(e, req, res):
        for f in (lambda: res.writeHead(99), lambda: res.writeHead(1000),
                  lambda: res.writeHead(200, 'bad\nmsg')):
            e.log(err_tuple(f))
        res.statusMessage = None
        res.writeHead(599)
        res.end()
    out, events = serve(e, h)
    assert events == [
        ('ERR_HTTP_INVALID_STATUS_CODE', 'RangeError', 'Invalid status code: 99'),
        ('ERR_HTTP_INVALID_STATUS_CODE', 'RangeError', 'Invalid status code: 1000'),
        ('ERR_INVALID_CHAR', 'TypeError', 'Invalid character in statusMessage'),
    ]
    assert out == (b'HTTP/1.1 599 unknown\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'0\r\n\r\n')


@pytest.mark.spec("http.md", "response.statusCode")
@pytest.mark.spec("http.md", "response.statusMessage")
def test_status_code_and_message_properties(e):
    def h(e, req, res):
        e.log((res.statusCode, res.statusMessage))
        res.statusCode = 404
        res.statusMessage = 'Nothing Here'
        res.end()
        e.log((res.statusCode, res.statusMessage))
    out, events = serve(e, h)
    assert events == [(200, None), (404, 'Nothing Here')]
    assert out == b'HTTP/1.1 404 Nothing Here\r\nConnection: close\r\nContent-Length: 0\r\n\r\n'


# -- headers API -------------------------------------------------------------
@pytest.mark.spec("http.md", "response.setHeader(name, value)")
@pytest.mark.spec("http.md", "response.getHeaderNames()")
@pytest.mark.spec("http.md", "response.getHeaders()")
@pytest.mark.spec("http.md", "response.hasHeader(name)")
@pytest.mark.spec("http.md", "response.getHeader(name)")
@pytest.mark.spec("http.md", "response.removeHeader(name)")
def test_header_api_and_wire(e):
    def h(e, req, res):
        assert res.setHeader('Foo', 'bar') is res
        res.setHeader('Set-Cookie', ['a=1', 'b=2'])
        res.setHeader('X-Num', 42)
        res.appendHeader('foo', 'baz')
        res.appendHeader('X-New', ['p', 'q'])
        e.log((res.getHeaderNames(), res.getRawHeaderNames()))
        e.log(res.getHeaders())
        e.log((res.hasHeader('FOO'), res.hasHeader('nope'), res.getHeader('x-num')))
        res.removeHeader('x-new')
        res.end()
    out, events = serve(e, h)
    assert events == [
        (['foo', 'set-cookie', 'x-num', 'x-new'], ['Foo', 'Set-Cookie', 'X-Num', 'X-New']),
        {'foo': ['bar', 'baz'], 'set-cookie': ['a=1', 'b=2'], 'x-num': 42, 'x-new': ['p', 'q']},
        (True, False, 42),
    ]
    assert out == (b'HTTP/1.1 200 OK\r\nFoo: bar\r\nFoo: baz\r\nSet-Cookie: a=1\r\nSet-Cookie: b=2\r\n'
                   b'X-Num: 42\r\nConnection: close\r\nContent-Length: 0\r\n\r\n')


@pytest.mark.spec("http.md", "response.headersSent")
def test_headers_sent_errors(e):
    def h(e, req, res):
        e.log(res.headersSent)
        res.end('x')
        e.log(res.headersSent)
        for f in (lambda: res.setHeader('a', 'b'), lambda: res.writeHead(200),
                  lambda: res.removeHeader('a'), lambda: res.appendHeader('a', 'b')):
            e.log(err_tuple(f))
    out, events = serve(e, h)
    assert events == [False, True] + [
        ('ERR_HTTP_HEADERS_SENT', 'Error', 'Cannot %s headers after they are sent to the client' % v)
        for v in ('set', 'write', 'remove', 'append')]


@pytest.mark.spec("http.md", "response.setHeader(name, value)")
def test_set_header_validation_errors(e):
    def h(e, req, res):
        for f in (lambda: res.setHeader('bad name', 'x'), lambda: res.setHeader('x', 'a\nb'),
                  lambda: res.setHeader('x', None), lambda: res.getHeader(5)):
            e.log(err_tuple(f))
        res.end()
    out, events = serve(e, h)
    assert events == [
        ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Header name must be a valid HTTP token ["bad name"]'),
        ('ERR_INVALID_CHAR', 'TypeError', 'Invalid character in header content ["x"]'),
        ('ERR_HTTP_INVALID_HEADER_VALUE', 'TypeError', 'Invalid value "undefined" for header "x"'),
        ('ERR_INVALID_ARG_TYPE', 'TypeError',
         'The "name" argument must be of type string. Received type number (5)'),
    ]


@pytest.mark.spec("http.md", "response.sendDate")
def test_send_date(e):
    srv, port = e.server(listener=lambda req, res: res.end('x'))
    got = exchange(port, GET_CLOSE)
    import re
    assert re.search(rb'\r\nDate: [A-Z][a-z]{2}, \d\d [A-Z][a-z]{2} \d{4} \d\d:\d\d:\d\d GMT\r\n', got)

    def h(req, res):
        e.log(res.sendDate)
        res.sendDate = False
        res.end('x')
    srv2, port2 = e.server(listener=h)
    assert exchange(port2, GET_CLOSE) == (
        b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx')
    assert e.events == [True]


@pytest.mark.spec("http.md", "http.createServer([options][, requestListener])")
def test_unique_headers_option(e):
    def h(e, req, res):
        res.setHeader('X-U', ['a', 'b'])
        res.setHeader('X-M', ['c', 'd'])
        res.end()
    out, _ = serve(e, h, options={'uniqueHeaders': ['x-u']})
    assert out == (b'HTTP/1.1 200 OK\r\nX-U: a; b\r\nX-M: c\r\nX-M: d\r\nConnection: close\r\n'
                   b'Content-Length: 0\r\n\r\n')


def test_connection_close_and_removed_headers(e):
    out, _ = serve(e, lambda e, req, res: (res.setHeader('Connection', 'close'), res.end('bye')),
                   b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 3\r\n\r\nbye'

    def h(e, req, res):
        res.removeHeader('Connection')
        res.removeHeader('Content-Length')
        res.end('x')
    out, _ = serve(e, h)
    assert out == b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n1\r\nx\r\n0\r\n\r\n'


def test_user_content_length_and_transfer_encoding(e):
    out, _ = serve(e, lambda e, req, res: (res.setHeader('Content-Length', 3), res.write('a'),
                                           res.end('bc')))
    assert out == b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\nConnection: close\r\n\r\nabc'
    out, _ = serve(e, lambda e, req, res: (res.setHeader('Transfer-Encoding', 'chunked'),
                                           res.write('ab'), res.end('c')))
    assert out == (b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n'
                   b'2\r\nab\r\n1\r\nc\r\n0\r\n\r\n')


# -- informational responses ---------------------------------------------
@pytest.mark.spec("http.md", "response.writeEarlyHints(hints[, callback])")
def test_write_early_hints(e):
    def h(e, req, res):
        res.writeEarlyHints({'link': ['</a.css>; rel=preload; as=style',
                                      '</b.js>; rel=preload; as=script'], 'x-trace': 'id'})
        for f in (lambda: res.writeEarlyHints('x'), lambda: res.writeEarlyHints({'link': 'bad'})):
            e.log(err_tuple(f))
        res.end('page')
    out, events = serve(e, h)
    assert out == (b'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload; as=style, </b.js>; '
                   b'rel=preload; as=script\r\nx-trace: id\r\n\r\nHTTP/1.1 200 OK\r\n'
                   b'Connection: close\r\nContent-Length: 4\r\n\r\npage')
    assert events == [
        ('ERR_INVALID_ARG_TYPE', 'TypeError',
         'The "hints" argument must be of type object. Received type string (\'x\')'),
        ('ERR_INVALID_ARG_VALUE', 'TypeError',
         'The argument \'hints\' must be an array or string of format '
         '"</styles.css>; rel=preload; as=style". Received \'bad\''),
    ]


@pytest.mark.spec("http.md", "response.writeProcessing()")
def test_write_processing(e):
    out, _ = serve(e, lambda e, req, res: (res.writeProcessing(), res.end('p')))
    assert out == (b'HTTP/1.1 102 Processing\r\n\r\nHTTP/1.1 200 OK\r\nConnection: close\r\n'
                   b'Content-Length: 1\r\n\r\np')


@pytest.mark.spec("http.md", "response.writeContinue()")
def test_write_continue(e):
    out, _ = serve(e, lambda e, req, res: (res.writeContinue(), res.end('c')))
    assert out == (b'HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 200 OK\r\nConnection: close\r\n'
                   b'Content-Length: 1\r\n\r\nc')


# -- trailers / flush / cork -------------------------------------------------
@pytest.mark.spec("http.md", "response.addTrailers(headers)")
def test_add_trailers(e):
    def h(e, req, res):
        res.writeHead(200, {'Trailer': 'Content-MD5'})
        res.write('data')
        res.addTrailers({'Content-MD5': '7895bf4b8828b55ceaf47747b4bca667', 'X-Multi': ['a', 'b']})
        res.end()
    out, _ = serve(e, h)
    assert out == (b'HTTP/1.1 200 OK\r\nTrailer: Content-MD5\r\nConnection: close\r\n'
                   b'Transfer-Encoding: chunked\r\n\r\n4\r\ndata\r\n0\r\n'
                   b'Content-MD5: 7895bf4b8828b55ceaf47747b4bca667\r\nX-Multi: a\r\nX-Multi: b\r\n\r\n')


@pytest.mark.spec("http.md", "response.addTrailers(headers)")
def test_add_trailers_discarded_without_chunked(e):
    """"if it is not (e.g. if the request was HTTP/1.0), they will be
    silently discarded.\""""
    out, _ = serve(e, lambda e, req, res: (res.write('data'), res.addTrailers({'X-T': '1'}),
                                           res.end()), b'GET / HTTP/1.0\r\n\r\n')
    assert out == b'HTTP/1.1 200 OK\r\nConnection: close\r\n\r\ndata'


@pytest.mark.spec("http.md", "response.flushHeaders()")
def test_flush_headers(e):
    def h(e, req, res):
        res.flushHeaders()
        e.log(res.headersSent)
        from nodehttp import timers
        timers.setImmediate(lambda: res.end('late'))
    out, events = serve(e, h)
    assert events == [True]
    assert out == (b'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'4\r\nlate\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.cork()")
@pytest.mark.spec("http.md", "response.uncork()")
def test_cork_uncork(e):
    def h(e, req, res):
        res.cork()
        e.log(res.writableCorked)
        res.write('a')
        res.write('b')
        res.uncork()
        e.log(res.writableCorked)
        res.end()
    out, events = serve(e, h)
    assert events == [1, 0]
    assert out == (b'HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked\r\n\r\n'
                   b'1\r\na\r\n1\r\nb\r\n0\r\n\r\n')


@pytest.mark.spec("http.md", "response.strictContentLength")
def test_strict_content_length(e):
    def h(e, req, res):
        e.log(res.strictContentLength)
        res.strictContentLength = True
        res.setHeader('Content-Length', 5)
        res.write('abc')
        e.log(err_tuple(lambda: res.write('defg')))
        e.log(err_tuple(lambda: res.end()))
        res.end('de')
    out, events = serve(e, h)
    assert events == [False] + [
        ('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Error',
         "Response body's content-length of %d byte(s) does not match the content-length of 5 "
         "byte(s) set in header" % n) for n in (7, 3)]
    assert out == b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nabcde'


# -- events and state -----------------------------------------------------
@pytest.mark.spec("http.md", "http.ServerResponse > Event: 'finish'")
@pytest.mark.spec("http.md", "http.OutgoingMessage > Event: 'finish'", "Event: 'prefinish'")
@pytest.mark.spec("http.md", "outgoingMessage.writableEnded", "outgoingMessage.writableFinished")
@pytest.mark.spec("http.md", "http.ServerResponse > Event: 'close'")
@pytest.mark.spec("http.md", "response.writableEnded")
@pytest.mark.spec("http.md", "response.writableFinished")
@pytest.mark.spec("http.md", "response.finished")
def test_event_order_prefinish_finish_close(e):
    def h(e, req, res):
        req.on('data', lambda d: e.log('req data'))
        req.on('end', lambda: e.log(('req end', req.complete)))
        req.on('close', lambda: e.log('req close'))
        res.on('prefinish', lambda: e.log('res prefinish'))
        res.on('finish', lambda: e.log(('res finish', res.writableFinished)))
        res.on('close', lambda: e.log(('res close', res.writableEnded)))
        res.end('ok', lambda *a: e.log('end cb'))
        e.log(('after end', res.writableEnded, res.finished))
    out, events = serve(e, h, POST_BODY, wait='req close')
    # Node 24.19 order
    assert events == ['res prefinish', ('after end', True, True), 'req data', ('res finish', True),
                      'end cb', ('res close', True), ('req end', True), 'req close']


@pytest.mark.spec("http.md", "http.ServerResponse > Event: 'close'")
def test_event_order_unread_body(e):
    def h(e, req, res):
        req.on('end', lambda: e.log('req end'))
        req.on('close', lambda: e.log('req close'))
        res.on('finish', lambda: e.log('res finish'))
        res.on('close', lambda: e.log('res close'))
        res.end('ok')
    out, events = serve(e, h, POST_BODY, wait='req close')
    assert events == ['res finish', 'res close', 'req end', 'req close']


@pytest.mark.spec("http.md", "http.ServerResponse > Event: 'close'")
def test_close_on_premature_disconnect(e):
    """"Indicates that the response is completed, or its underlying connection
    was terminated prematurely (before the response completion).\""""
    srv, port = e.server(listener=lambda req, res: (e.log('request'),
                                                     res.on('close', lambda: e.log(('res close', res.writableEnded)))))
    with connect(port) as s:
        s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\n\r\n')
        e.wait_event('request')
    e.wait_event(('res close', False))


@pytest.mark.spec("http.md", "response.req")
@pytest.mark.spec("http.md", "response.socket")
@pytest.mark.spec("http.md", "response.connection")
def test_req_socket_connection(e):
    def h(e, req, res):
        e.log((res.req is req, res.socket is req.socket, res.connection is res.socket,
               res.socket.remoteAddress))
        res.on('finish', lambda: e.log(res.socket))
        res.end()
    out, events = serve(e, h, wait=None)
    e.wait_for(lambda ev: len(ev) == 2)
    assert e.events == [(True, True, True, '127.0.0.1'), None]


@pytest.mark.spec("http.md", "response.setTimeout(msecs[, callback])")
@pytest.mark.spec("http.md", "outgoingMessage.setTimeout(msecs[, callback])")
def test_response_set_timeout(e):
    def h(e, req, res):
        def on_timeout(sock):
            e.log('res timeout')
            sock.destroy()
        assert res.setTimeout(50, on_timeout) is res
    srv, port = e.server(listener=lambda req, res: h(e, req, res))
    assert exchange(port, b'GET / HTTP/1.1\r\nHost: x\r\n\r\n') == b''
    assert e.events == ['res timeout']


def test_write_after_end(e):
    def h(e, req, res):
        res.on('error', lambda err: e.log(('error event', err.code, err.message)))
        res.end('x')
        e.log(('write returned', res.write('more', lambda err=None: e.log(('write cb', err.code)))))
    out, events = serve(e, h, wait=('error event', 'ERR_STREAM_WRITE_AFTER_END', 'write after end'))
    assert events[:3] == [('write returned', False), ('write cb', 'ERR_STREAM_WRITE_AFTER_END'),
                          ('error event', 'ERR_STREAM_WRITE_AFTER_END', 'write after end')]


@pytest.mark.spec("http.md", "outgoingMessage.pipe()")
def test_pipe_emits_error(e):
    out, events = serve(e, lambda e, req, res: (res.on('error', lambda err: e.log((err.code, err.message))),
                                                res.pipe(), res.end()))
    assert events == [('ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable')]


@pytest.mark.spec("http.md", "outgoingMessage.writableHighWaterMark")
@pytest.mark.spec("http.md", "outgoingMessage.writableObjectMode")
@pytest.mark.spec("http.md", "outgoingMessage.writableLength")
def test_writable_properties(e):
    def h(e, req, res):
        e.log((res.writableHighWaterMark, res.writableObjectMode, res.writableLength,
               res.writableEnded, res.writableFinished, res.sendDate, res.statusCode,
               res.statusMessage))
        res.end('x')
        e.log((res.writableEnded, res.finished, res.headersSent))
    out, events = serve(e, h)
    assert events == [(65536, False, 0, False, False, True, 200, None), (True, True, True)]


@pytest.mark.spec("http.md", "Event: 'drain'")
def test_drain_after_write_returns_false(e):
    """outgoingMessage 'drain': "Emitted when the buffer of the message is
    free again." A response waiting behind a pipelined one buffers its bytes:
    write() returns false past the high-water mark, 'drain' follows once the
    response owns the socket and its bytes went out."""
    from nodehttp import timers
    held = []

    def on_req(req, res):
        if req.url == '/first':
            held.append(res)
            return
        big = b'z' * 70000
        e.log(('write', res.write(big), res.writableLength >= 70000))
        res.on('drain', lambda: (e.log(('drain', res.writableLength)), res.end()))
        timers.setImmediate(lambda: held[0].end('first'))
    srv, port = e.server(listener=on_req)
    got = exchange(port, b'GET /first HTTP/1.1\r\nHost: x\r\n\r\n'
                         b'GET /second HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
    assert got.count(b'HTTP/1.1 200 OK') == 2 and b'z' * 70000 in got
    assert e.events == [('write', False, True), ('drain', 0)]
