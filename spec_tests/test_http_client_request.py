"""http.md "Class: http.ClientRequest", "http.request()", "http.get()": the
documented event orders (success and every abort/destroy point), members,
headers on the wire and the synchronous errors.  Expected values are Node
24.19's output for the same exchange (tests/differential/scenarios/client_*.js);
where Node 24 differs from the v22 docs the test says so and follows Node."""

import pytest

import nodehttp as http
from nodehttp import timers

from _http_client_harness import once_head, serve, squash

OK5 = b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello'
OK0 = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'
PARTIAL = b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst'


def _silent(conn):
    pass


# -- http.request() event orders -------------------------------------------------

@pytest.mark.spec("http.md", "http.request(options[, callback])", "Event: 'socket'", "Event: 'response'",
                  "http.ClientRequest > Event: 'close'", "http.ClientRequest > Event: 'finish'")
def test_request_success_event_order(run):
    """http.request(): "In a successful request, the following events will be
    emitted in the following order: 'socket', 'response', 'data' ..., 'end', 'close'"."""
    seen = []

    def main():
        def listening(server, port):
            def on_response(res):
                seen.append('response')
                res.on('data', lambda d: seen.append('res:data'))
                res.on('end', lambda: seen.append('res:end'))
                res.on('close', lambda: seen.append('res:close'))
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': False}, on_response)
            req.on('socket', lambda s: seen.append('socket'))
            req.on('finish', lambda: seen.append('finish'))

            def on_close():
                seen.append('close')
                server.close()
            req.on('close', on_close)
            req.end()
            seen.append('end() returned')
        serve(once_head(OK5), listening)
    run(main)
    # Node 24: 'finish' comes right after 'socket' (the bytes are handed over).
    assert squash(seen) == ['end() returned', 'socket', 'finish', 'response', 'res:data',
                            'res:end', 'res:close', 'close']


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_request_connection_error_order(run):
    """"In the case of a connection error: 'socket', 'error', 'close'" (ECONNREFUSED)."""
    seen = []

    def main():
        from nodehttp import net
        probe = net.createServer()

        def listening():
            port = probe.address()['port']

            def closed(*_):
                req = http.get({'host': '127.0.0.1', 'port': port})
                req.on('socket', lambda s: seen.append('socket'))
                req.on('error', lambda e: seen.append(('error', e.code, e.syscall, e.address, e.port == port,
                                                       e.message == 'connect ECONNREFUSED 127.0.0.1:%d' % port)))
                req.on('close', lambda: seen.append(('close', req.destroyed)))
            probe.close(closed)
        probe.listen(0, '127.0.0.1', listening)
    run(main)
    assert seen == ['socket', ('error', 'ECONNREFUSED', 'connect', '127.0.0.1', True, True), ('close', True)]


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_request_premature_close_before_response(run):
    """"premature connection close before the response is received: 'socket',
    'error' with message 'Error: socket hang up' and code 'ECONNRESET', 'close'"."""
    seen = []

    def main():
        def respond(conn):
            conn.sock.end()

        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})
            req.on('socket', lambda s: seen.append('socket'))
            req.on('error', lambda e: seen.append(('error', e.name, e.message, e.code)))

            def on_close():
                seen.append('close')
                server.close()
            req.on('close', on_close)
        serve(respond, listening)
    run(main)
    assert seen == ['socket', ('error', 'Error', 'socket hang up', 'ECONNRESET'), 'close']


@pytest.mark.spec("http.md", "http.request(options[, callback])", "message.aborted")
def test_request_premature_close_after_response(run):
    """"premature connection close after the response is received: 'socket',
    'response', 'data', 'aborted' on res, 'close', 'error' aborted/ECONNRESET on
    res, 'close' on res"."""
    seen = []

    def main():
        def respond(conn):
            conn.sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial')
            timers.setTimeout(lambda: conn.sock.destroy(), 20)

        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})
            req.on('socket', lambda s: seen.append('socket'))

            def on_response(res):
                seen.append('response')
                res.on('data', lambda d: seen.append('res:data'))
                res.on('aborted', lambda: seen.append(('res:aborted', res.aborted, res.complete)))
                res.on('error', lambda e: seen.append(('res:error', e.message, e.code)))

                def on_close():
                    seen.append('res:close')
                    server.close()
                res.on('close', on_close)
            req.on('response', on_response)
            req.on('close', lambda: seen.append('close'))
        serve(respond, listening)
    run(main)
    assert seen == ['socket', 'response', 'res:data', ('res:aborted', True, False), 'close',
                    ('res:error', 'aborted', 'ECONNRESET'), 'res:close']


@pytest.mark.spec("http.md", "request.destroy([error])", "request.destroyed")
def test_destroy_before_socket(run):
    """"If req.destroy() is called before a socket is assigned: 'error' socket
    hang up (or the given error), 'close'" -- and no 'socket'."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})
            req.on('socket', lambda s: seen.append('socket'))
            req.on('error', lambda e: seen.append(('error', e.message, e.code)))
            req.on('close', lambda: seen.append('close'))
            assert req.destroy() is req
            seen.append(('destroyed', req.destroyed, req.aborted))
            req2 = http.get({'host': '127.0.0.1', 'port': port})
            req2.on('socket', lambda s: seen.append('2 socket'))
            req2.on('error', lambda e: seen.append(('2 error', str(e))))

            def on_close2():
                seen.append('2 close')
                timers.setTimeout(server.close, 20)
            req2.on('close', on_close2)
            req2.destroy(ValueError('custom'))
        serve(lambda c: c.sock.destroy(), listening)
    run(main)
    assert seen == [('destroyed', True, False), ('error', 'socket hang up', 'ECONNRESET'), 'close',
                    ('2 error', 'custom'), '2 close']


@pytest.mark.spec("http.md", "request.destroy([error])")
def test_destroy_before_connect(run):
    """"If req.destroy() is called before the connection succeeds: 'socket',
    'error' socket hang up, 'close'"."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})

            def on_socket(s):
                seen.append(('socket', s.connecting))
                req.destroy()
            req.on('socket', on_socket)
            req.on('error', lambda e: seen.append(('error', e.message, e.code)))

            def on_close():
                seen.append('close')
                server.close()
            req.on('close', on_close)
        serve(_silent, listening)
    run(main)
    assert seen == [('socket', True), ('error', 'socket hang up', 'ECONNRESET'), 'close']


@pytest.mark.spec("http.md", "request.destroy([error])", "Event: 'aborted'")
def test_destroy_after_response(run):
    """"If req.destroy() is called after the response is received: 'aborted'
    on res, 'close', 'error' aborted on res, 'close' on res"."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})

            def on_response(res):
                def on_data(d):
                    seen.append('res:data')
                    req.destroy()
                    seen.append(('destroyed', res.aborted, res.destroyed))
                res.on('data', on_data)
                res.on('aborted', lambda: seen.append('res:aborted'))
                res.on('error', lambda e: seen.append(('res:error', e.message, e.code)))

                def on_close():
                    seen.append(('res:close', res.complete))
                    server.close()
                res.on('close', on_close)
            req.on('response', on_response)
            req.on('close', lambda: seen.append('close'))
        serve(once_head(PARTIAL), listening)
    run(main)
    assert seen == ['res:data', ('destroyed', False, False), 'res:aborted', 'close',
                    ('res:error', 'aborted', 'ECONNRESET'), ('res:close', False)]


@pytest.mark.spec("http.md", "request.abort()", "request.aborted", "Event: 'abort'")
def test_abort_before_socket(run):
    """req.abort() before a socket: 'abort' once, 'close'.  Node 24 emits
    'close' before 'abort' (the docs list 'abort' first)."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})
            req.on('socket', lambda s: seen.append('socket'))
            req.on('abort', lambda: seen.append(('abort', req.aborted)))
            req.on('error', lambda e: seen.append('error'))

            def on_close():
                seen.append('close')
                timers.setTimeout(server.close, 20)
            req.on('close', on_close)
            assert req.abort() is None
            req.abort()
            seen.append((req.aborted, req.destroyed))
        serve(lambda c: c.sock.destroy(), listening)
    run(main)
    assert seen == [(True, True), 'close', ('abort', True)]


@pytest.mark.spec("http.md", "request.abort()")
def test_abort_before_connect(run):
    """"If req.abort() is called before the connection succeeds: 'socket',
    'abort', 'error' socket hang up, 'close'"."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})

            def on_socket(s):
                seen.append('socket')
                req.abort()
            req.on('socket', on_socket)
            req.on('abort', lambda: seen.append('abort'))
            req.on('error', lambda e: seen.append(('error', e.message, e.code)))

            def on_close():
                seen.append('close')
                server.close()
            req.on('close', on_close)
        serve(_silent, listening)
    run(main)
    assert seen == ['socket', 'abort', ('error', 'socket hang up', 'ECONNRESET'), 'close']


@pytest.mark.spec("http.md", "request.abort()")
def test_abort_after_response(run):
    """req.abort() after the response.  Docs: 'abort', 'aborted', res 'error',
    'close', res 'close'; Node 24: 'abort', 'aborted', 'close', res 'error', res 'close'."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port})

            def on_response(res):
                def on_data(d):
                    req.abort()
                    seen.append('after abort')
                res.on('data', on_data)
                res.on('aborted', lambda: seen.append('res:aborted'))
                res.on('error', lambda e: seen.append(('res:error', e.message, e.code)))

                def on_close():
                    seen.append('res:close')
                    server.close()
                res.on('close', on_close)
            req.on('response', on_response)
            req.on('abort', lambda: seen.append('abort'))
            req.on('close', lambda: seen.append('close'))
        serve(once_head(PARTIAL), listening)
    run(main)
    assert seen == ['after abort', 'abort', 'res:aborted', 'close', ('res:error', 'aborted', 'ECONNRESET'),
                    'res:close']


# -- events ------------------------------------------------------------------------

@pytest.mark.spec("http.md", "Event: 'timeout'", "request.setTimeout(timeout[, callback])")
def test_timeout_option_and_set_timeout(run):
    """"Setting the timeout option or using the setTimeout() function will not
    abort the request or do anything besides add a 'timeout' event"."""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port, 'timeout': 30})
            req.on('socket', lambda s: seen.append(('socket', s.timeout)))

            def on_timeout():
                seen.append(('timeout', req.destroyed))
                req.destroy()
            req.on('timeout', on_timeout)
            req.on('error', lambda e: seen.append(e.code))

            def on_close():
                seen.append('close')
                req2 = http.get({'host': '127.0.0.1', 'port': port})

                def cb():
                    seen.append('cb')
                    req2.destroy(RuntimeError('gave up'))
                assert req2.setTimeout(30, cb) is req2
                seen.append(('listeners', req2.listenerCount('timeout')))
                req2.on('timeout', lambda: seen.append('event'))
                req2.on('error', lambda e: seen.append(str(e)))

                def on_close2():
                    seen.append('close2')
                    server.close()
                req2.on('close', on_close2)
            req.on('close', on_close)
        serve(_silent, listening)
    run(main)
    assert seen == [('socket', 30), ('timeout', False), 'ECONNRESET', 'close', ('listeners', 1),
                    'cb', 'event', 'gave up', 'close2']


@pytest.mark.spec("http.md", "Event: 'information'", "Event: 'continue'")
def test_information_and_continue(run):
    """1xx (not 101) -> 'information' with the documented fields; 100 also 'continue'."""
    seen = []

    def main():
        def respond(conn):
            conn.sock.write(b'HTTP/1.1 100 Continue\r\n\r\n')
            conn.sock.write(b'HTTP/1.1 103 Early Hints\r\nLink: </a.css>; rel=preload\r\n\r\n')
            conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST', 'headers': {'Content-Length': 0}})
            req.on('continue', lambda: seen.append('continue'))
            req.on('information', lambda info: seen.append(info))

            def on_response(res):
                seen.append(('response', res.statusCode))
                res.resume()
                res.on('end', server.close)
            req.on('response', on_response)
            req.end()
        serve(respond, listening)
    run(main)
    assert seen == [
        'continue',
        {'statusCode': 100, 'statusMessage': 'Continue', 'httpVersion': '1.1', 'httpVersionMajor': 1,
         'httpVersionMinor': 1, 'headers': {}, 'rawHeaders': []},
        {'statusCode': 103, 'statusMessage': 'Early Hints', 'httpVersion': '1.1', 'httpVersionMajor': 1,
         'httpVersionMinor': 1, 'headers': {'link': '</a.css>; rel=preload'},
         'rawHeaders': ['Link', '</a.css>; rel=preload']},
        ('response', 200)]


@pytest.mark.spec("http.md", "Event: 'continue'", "http.request(options[, callback])")
def test_expect_continue_sends_head_at_once(run):
    """"Sending an 'Expect' header will immediately send the request headers"."""
    seen = []

    def main():
        def respond(conn):
            if conn.state.get('stage') is None and '\r\n\r\n' in conn.data:
                conn.state['stage'] = 1
                seen.append(conn.data.replace(str(conn.sock.localPort), 'PORT'))
                conn.data = ''
                conn.sock.write(b'HTTP/1.1 100 Continue\r\n\r\n')
            elif conn.data == 'body!':
                seen.append('body!')
                conn.sock.end(OK0)

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'PUT',
                                'headers': {'Expect': '100-continue', 'Content-Length': 5}})
            seen.append(req.headersSent)
            req.on('continue', lambda: req.end('body!'))

            def on_response(res):
                seen.append(res.statusCode)
                res.resume()
                res.on('end', server.close)
            req.on('response', on_response)
        serve(respond, listening)
    run(main)
    assert seen == [True, 'PUT / HTTP/1.1\r\nExpect: 100-continue\r\nContent-Length: 5\r\nHost: 127.0.0.1:PORT\r\n'
                          'Connection: keep-alive\r\n\r\n', 'body!', 200]


@pytest.mark.spec("http.md", "http.ClientRequest > Event: 'upgrade'")
def test_upgrade_event(run):
    """101 -> 'upgrade' (response, socket, head); no 'response'; then 'close'."""
    seen = []

    def main():
        def respond(conn):
            if not conn.state.get('up'):
                conn.state['up'] = True
                conn.sock.write(b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHEAD')
            elif conn.data.endswith('ping'):
                conn.sock.end(b'pong')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'headers': {'Connection': 'Upgrade', 'Upgrade': 'echo'}})
            req.on('response', lambda r: seen.append('response?!'))

            def on_upgrade(res, socket, head):
                seen.append(('upgrade', res.statusCode, res.headers, head, socket is req.socket))
                socket.on('data', lambda d: seen.append(d))

                def on_close(*_):
                    seen.append('socket close')
                    server.close()
                socket.on('close', on_close)
                socket.on('end', lambda: socket.end())
                socket.write(b'ping')
            req.on('upgrade', on_upgrade)
            req.on('close', lambda: seen.append('close'))
            req.end()
        serve(respond, listening)
    run(main)
    assert seen == [('upgrade', 101, {'upgrade': 'echo', 'connection': 'Upgrade'}, b'HEAD', True), 'close',
                    b'pong', 'socket close']


@pytest.mark.spec("http.md", "http.ClientRequest > Event: 'connect'")
def test_connect_event(run):
    """A CONNECT request's 2xx answer -> 'connect' (response, socket, head): a raw tunnel."""
    seen = []

    def main():
        def respond(conn):
            if not conn.state.get('tunnel'):
                conn.state['tunnel'] = True
                seen.append(conn.data.split('\r\n')[0])
                conn.data = ''
                conn.sock.write(b'HTTP/1.1 200 Connection Established\r\n\r\nEARLY')
            elif conn.data == 'hello':
                conn.sock.end(b'bye')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'CONNECT', 'path': 'example.com:80'})

            def on_connect(res, socket, head):
                seen.append(('connect', res.statusCode, res.statusMessage, head))
                socket.on('data', lambda d: seen.append(d))

                def on_close(*_):
                    seen.append('tunnel close')
                    server.close()
                socket.on('close', on_close)
                socket.end(b'hello')
            req.on('connect', on_connect)
            req.on('close', lambda: seen.append('close'))
            req.end()
        serve(respond, listening)
    run(main)
    assert seen == ['CONNECT example.com:80 HTTP/1.1', ('connect', 200, 'Connection Established', b'EARLY'),
                    'close', b'bye', 'tunnel close']


# -- members -----------------------------------------------------------------------

@pytest.mark.spec("http.md", "request.path", "request.method", "request.host", "request.protocol",
                  "request.maxHeadersCount", "request.reusedSocket", "request.finished",
                  "request.writableEnded", "request.writableFinished", "request.socket", "request.connection")
def test_request_members(run):
    """The request's documented properties through its life (Node 24 values)."""
    seen = []

    def snap(label, req):
        seen.append((label, req.path, req.method, req.host, req.protocol, req.maxHeadersCount, req.reusedSocket,
                     req.finished, req.writableEnded, req.writableFinished, req.headersSent,
                     req.socket is not None, req.connection is req.socket, req.destroyed))

    def main():
        def listening(server, port):
            req = http.request({'hostname': 'localhost', 'host': '127.0.0.1', 'port': port, 'path': '/p?q',
                                'method': 'delete'})
            snap('created', req)
            req.on('socket', lambda s: snap('socket', req))
            req.on('finish', lambda: snap('finish', req))

            def on_response(res):
                res.resume()
                res.on('end', lambda: snap('end', req))
            req.on('response', on_response)

            def on_close():
                snap('close', req)
                server.close()
            req.on('close', on_close)
            req.end()
            snap('ended', req)
        serve(once_head(OK0), listening)
    run(main)
    base = ('/p?q', 'DELETE', 'localhost', 'http:', None, False)
    assert seen == [
        ('created',) + base + (False, False, False, False, False, True, False),
        ('ended',) + base + (True, True, False, True, False, True, False),
        ('socket',) + base + (True, True, False, True, True, True, False),
        ('finish',) + base + (True, True, True, True, True, True, False),
        ('end',) + base + (True, True, True, True, True, True, True),
        ('close',) + base + (True, True, True, True, True, True, True),
    ]


@pytest.mark.spec("http.md", "request.setHeader(name, value)", "request.getHeader(name)",
                  "request.getHeaderNames()", "request.getHeaders()", "request.getRawHeaderNames()",
                  "request.hasHeader(name)", "request.removeHeader(name)")
def test_header_accessors_and_wire(run):
    """The header accessors; non-string values stay as set and go out as strings."""
    seen = []

    def main():
        def respond(conn):
            if conn.data.endswith('hello world'):
                seen.append(conn.data.replace(str(conn.sock.localPort), 'PORT'))
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'PUT', 'path': '/a',
                                'headers': {'Content-Type': 'text/plain', 'X-Num': 5}})
            req.setHeader('Content-Length', 11)
            req.setHeader('Cookie', ['a=1', 'b=2'])
            seen.append(req.getHeader('content-length'))
            seen.append(req.getHeaderNames())
            seen.append(req.getRawHeaderNames())
            seen.append({k: v for k, v in req.getHeaders().items() if k != 'host'})
            seen.append((req.hasHeader('COOKIE'), req.hasHeader('x-missing')))
            req.removeHeader('x-num')
            req.on('response', lambda res: (res.resume(), res.on('end', server.close)))
            req.write('hello ')
            req.end('world')
        serve(respond, listening)
    run(main)
    assert seen == [
        11, ['content-type', 'x-num', 'host', 'content-length', 'cookie'],
        ['Content-Type', 'X-Num', 'Host', 'Content-Length', 'Cookie'],
        {'content-type': 'text/plain', 'x-num': 5, 'content-length': 11, 'cookie': ['a=1', 'b=2']},
        (True, False),
        'PUT /a HTTP/1.1\r\nContent-Type: text/plain\r\nHost: 127.0.0.1:PORT\r\nContent-Length: 11\r\n'
        'Cookie: a=1; b=2\r\nConnection: keep-alive\r\n\r\nhello world']


@pytest.mark.spec("http.md", "request.write(chunk[, encoding][, callback])", "request.end([data[, encoding]][, callback])")
def test_write_chunked_and_end_callback(run):
    """write() without Content-Length -> chunked; empty writes do nothing;
    callbacks run when flushed; end() sends 0\\r\\n\\r\\n."""
    seen = []

    def main():
        def respond(conn):
            if conn.data.endswith('0\r\n\r\n'):
                seen.append(conn.data.replace(str(conn.sock.localPort), 'PORT'))
                conn.sock.end(b'HTTP/1.1 204 No Content\r\n\r\n')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST', 'path': '/up'})
            seen.append(req.write('abc'))
            req.write(b'defgh', lambda: seen.append('write cb'))
            req.write('')
            assert req.end('ij', lambda: seen.append('end cb')) is req
            req.on('finish', lambda: seen.append('finish'))
            req.on('response', lambda res: (res.resume(), res.on('end', server.close)))
        serve(respond, listening)
    run(main)
    assert seen == [True, 'write cb', 'end cb', 'finish',
                    'POST /up HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked'
                    '\r\n\r\n3\r\nabc\r\n5\r\ndefgh\r\n2\r\nij\r\n0\r\n\r\n']


@pytest.mark.spec("http.md", "request.flushHeaders()")
def test_flush_headers_sends_head_first(run):
    seen = []

    def main():
        def respond(conn):
            if not conn.state.get('head') and '\r\n\r\n' in conn.data:
                conn.state['head'] = True
                seen.append(conn.data.split('\r\n')[0])
                conn.data = ''
                conn.sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
            elif conn.state.get('head') and conn.data.endswith('0\r\n\r\n'):
                seen.append(conn.data)
                conn.sock.end()

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST'})
            req.flushHeaders()
            seen.append(req.headersSent)

            def on_response(res):
                res.resume()
                res.on('end', lambda: req.end('late'))
            req.on('response', on_response)
            req.on('close', server.close)
        serve(respond, listening)
    run(main)
    assert seen == [True, 'POST / HTTP/1.1', '4\r\nlate\r\n0\r\n\r\n']


@pytest.mark.spec("http.md", "request.cork()", "request.uncork()")
def test_cork_uncork_batches_writes(run):
    """cork() keeps writes in memory until uncork() (writable.cork())."""
    seen = []

    def main():
        def respond(conn):
            seen.append(conn.data.split('\r\n\r\n', 1)[1])
            if conn.data.endswith('0\r\n\r\n'):
                conn.sock.end(OK0)

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST'})

            def on_socket(s):
                def go():
                    req.cork()
                    req.write('a')
                    req.write('b')
                    seen.append(('corked', req.writableCorked))
                    req.uncork()
                    timers.setTimeout(lambda: req.end(), 30)
                s.on('connect', go)
            req.on('socket', on_socket)
            req.flushHeaders()
            req.on('response', lambda res: (res.resume(), res.on('end', server.close)))
        serve(respond, listening)
    run(main)
    assert seen[0] == ('corked', 1)
    assert seen[1:] == ['', '1\r\na\r\n1\r\nb\r\n', '1\r\na\r\n1\r\nb\r\n0\r\n\r\n'] or \
        seen[1:] == ['1\r\na\r\n1\r\nb\r\n', '1\r\na\r\n1\r\nb\r\n0\r\n\r\n']


@pytest.mark.spec("http.md", "request.setNoDelay([noDelay])", "request.setSocketKeepAlive([enable][, initialDelay])")
def test_set_no_delay_and_keep_alive_reach_the_socket(run):
    """"Once a socket is assigned to this request and is connected socket.setNoDelay()/setKeepAlive() will be called"."""
    import socket as pysocket
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': False})
            req.setNoDelay(True)
            req.setSocketKeepAlive(True, 3000)

            def on_response(res):
                h = req.socket._handle
                seen.append((h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY) != 0,
                             h.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_KEEPALIVE) != 0))
                res.resume()
                res.on('end', server.close)
            req.on('response', on_response)
        serve(once_head(OK0), listening)
    run(main)
    assert seen == [(True, True)]


@pytest.mark.spec("http.md", "request.reusedSocket")
def test_reused_socket_retry_pattern(run):
    """The docs' retry pattern: an ECONNRESET on a reused socket is retried."""
    seen = []

    def main():
        agent = http.Agent({'keepAlive': True})

        def respond(conn):
            if '\r\n\r\n' in conn.data:
                conn.data = ''
                conn.state['n'] = conn.state.get('n', 0) + 1
                if conn.n == 1 and conn.state['n'] == 2:
                    conn.sock.destroy()       # the server dropped the kept-alive connection
                else:
                    conn.sock.write(OK5)

        def listening(server, port):
            def retriable(tag):
                def on_response(res):
                    seen.append((tag, res.statusCode, req.reusedSocket))
                    res.resume()
                    if tag == 'first':
                        res.on('end', lambda: timers.setImmediate(lambda: retriable('second')))
                    else:
                        res.on('end', lambda: (agent.destroy(), server.close()))
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)

                def on_error(err):
                    seen.append((tag, 'error', err.code, req.reusedSocket))
                    if req.reusedSocket and err.code == 'ECONNRESET':
                        retriable('retry')
                req.on('error', on_error)
            retriable('first')
        serve(respond, listening)
    run(main)
    assert seen == [('first', 200, False), ('second', 'error', 'ECONNRESET', True), ('retry', 200, False)]


@pytest.mark.spec("http.md", "request.maxHeadersCount")
def test_max_headers_count_limits_response_headers(run):
    seen = []

    def main():
        resp = b'HTTP/1.1 200 OK\r\nA: 1\r\nB: 2\r\nC: 3\r\nContent-Length: 0\r\n\r\n'

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': False})
            req.maxHeadersCount = 2

            def on_response(res):
                seen.append((res.headers, len(res.rawHeaders)))
                res.resume()
                res.on('end', server.close)
            req.on('response', on_response)
            req.end()
        serve(once_head(resp), listening)
    run(main)
    assert seen == [({'a': '1', 'b': '2'}, 8)]


# -- http.request() / http.get() call forms and options ------------------------------

@pytest.mark.spec("http.md", "http.request(url[, options][, callback])", "http.get(url[, options][, callback])",
                  "http.get(options[, callback])")
def test_call_forms(run):
    """url string, url + options (options win), options only, keyword options,
    with and without callback; get() ends the request."""
    seen = []

    def main():
        def respond(conn):
            while '\r\n\r\n' in conn.data:
                i = conn.data.index('\r\n\r\n')
                seen.append(conn.data[:i].split('\r\n')[0])
                conn.data = conn.data[i + 4:]
                conn.sock.write(OK0)

        def listening(server, port):
            url = 'http://127.0.0.1:%d/u?x=1' % port
            n = [0]

            def done(res):
                res.resume()
                n[0] += 1
                if n[0] == 5:
                    res.on('end', server.close)
            r1 = http.get(url, done)
            seen.append(('get ended', r1.writableEnded))
            http.get(url, {'path': '/merged', 'agent': False}, done)
            http.get({'host': '127.0.0.1', 'port': port, 'path': '/opts'}, done)
            http.get(url, done, path='/kw', method='HEAD')
            r5 = http.request(url, method='POST')
            r5.on('response', done)
            seen.append(('request not ended', r5.writableEnded))
            r5.end()
        serve(respond, listening)
    run(main)
    assert seen[:2] == [('get ended', True), ('request not ended', False)]
    assert sorted(seen[2:]) == sorted(['GET /u?x=1 HTTP/1.1', 'GET /merged HTTP/1.1', 'GET /opts HTTP/1.1',
                                       'HEAD /kw HTTP/1.1', 'POST /u?x=1 HTTP/1.1'])


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_default_headers_options(run):
    """setHost, setDefaultHeaders, auth, an explicit Authorization, defaultPort,
    headers as a flat array (wire order and duplicates kept)."""
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                seen.append(conn.data.replace(str(conn.sock.localPort), 'PORT'))
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')

        def listening(server, port):
            base = {'host': '127.0.0.1', 'port': port, 'agent': False}
            cases = [
                {**base, 'path': '/1', 'setHost': False},
                {**base, 'path': '/2', 'setDefaultHeaders': False},
                {**base, 'path': '/3', 'auth': 'user:p@ss:word'},
                {**base, 'path': '/4', 'auth': 'a:b', 'headers': {'Authorization': 'Bearer x'}},
                {**base, 'path': '/5', 'defaultPort': port},
                {**base, 'path': '/6', 'headers': ['X-B', '1', 'x-a', '2', 'X-B', '3', 'Host', 'h']},
            ]

            def next_(*_):
                if not cases:
                    server.close()
                    return
                req = http.request(cases.pop(0), lambda res: (res.resume(), res.on('end', next_)))
                req.end()
            next_()
        serve(respond, listening)
    run(main)
    assert seen == [
        'GET /1 HTTP/1.1\r\nConnection: close\r\n\r\n',
        'GET /2 HTTP/1.1\r\n\r\n',
        'GET /3 HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nAuthorization: Basic dXNlcjpwQHNzOndvcmQ=\r\nConnection: close\r\n\r\n',
        'GET /4 HTTP/1.1\r\nAuthorization: Bearer x\r\nHost: 127.0.0.1:PORT\r\nConnection: close\r\n\r\n',
        'GET /5 HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n',
        'GET /6 HTTP/1.1\r\nX-B: 1\r\nx-a: 2\r\nX-B: 3\r\nHost: h\r\nConnection: close\r\n\r\n',
    ]


@pytest.mark.spec("http.md", "http.request(options[, callback])")
@pytest.mark.parametrize('opts, code, message', [
    ({'method': 'BAD METHOD'}, 'ERR_INVALID_HTTP_TOKEN', 'Method must be a valid HTTP token ["BAD METHOD"]'),
    ({'method': 5}, 'ERR_INVALID_ARG_TYPE',
     'The "options.method" property must be of type string. Received type number (5)'),
    ({'path': '/a b'}, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters'),
    ({'path': '/\u0100'}, 'ERR_UNESCAPED_CHARACTERS', 'Request path contains unescaped characters'),
    ({'protocol': 'https:'}, 'ERR_INVALID_PROTOCOL', 'Protocol "https:" not supported. Expected "http:"'),
    ({'headers': {'bad name': 'x'}}, 'ERR_INVALID_HTTP_TOKEN', 'Header name must be a valid HTTP token ["bad name"]'),
    ({'headers': {'x-a': 'a\nb'}}, 'ERR_INVALID_CHAR', 'Invalid character in header content ["x-a"]'),
    ({'headers': {'x-a': None}}, 'ERR_HTTP_INVALID_HEADER_VALUE', 'Invalid value "undefined" for header "x-a"'),
    ({'host': 5}, 'ERR_INVALID_ARG_TYPE',
     'The "options.host" property must be of type string or one of undefined or null. Received type number (5)'),
    ({'agent': 'yes'}, 'ERR_INVALID_ARG_TYPE', 'The "options.agent" property must be one of Agent-like Object, '
                                               "undefined, or false. Received type string ('yes')"),
    ({'timeout': 'x'}, 'ERR_INVALID_ARG_TYPE',
     "The \"timeout\" argument must be of type number. Received type string ('x')"),
    ({'maxHeaderSize': -1}, 'ERR_OUT_OF_RANGE',
     'The value of "maxHeaderSize" is out of range. It must be >= 0 && <= 9007199254740991. Received -1'),
    ({'insecureHTTPParser': 'x'}, 'ERR_INVALID_ARG_TYPE',
     "The \"options.insecureHTTPParser\" property must be of type boolean. Received type string ('x')"),
    ({'port': 70000}, 'ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. Received type number (70000).'),
])
def test_synchronous_validation_errors(run, opts, code, message):
    got = []

    def main():
        try:
            http.request({'host': '127.0.0.1', 'port': 1, **opts})
        except Exception as err:  # noqa: BLE001
            got.append((err.code, err.message, str(err)))
    run(main)
    assert got == [(code, message, message)]


@pytest.mark.spec("http.md", "http.request(url[, options][, callback])")
@pytest.mark.parametrize('url, code', [
    ('not a url', 'ERR_INVALID_URL'), ('http://', 'ERR_INVALID_URL'), ('ftp://127.0.0.1/', 'ERR_INVALID_PROTOCOL'),
])
def test_bad_urls(run, url, code):
    got = []

    def main():
        try:
            http.request(url)
        except Exception as err:  # noqa: BLE001
            got.append(err.code)
    run(main)
    assert got == [code]


@pytest.mark.spec("http.md", "http.request(url[, options][, callback])")
def test_url_with_credentials_becomes_basic_auth(run):
    """"When using a URL object parsed username and password will now be properly URI decoded"."""
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                seen.append([l for l in conn.data.split('\r\n') if l.startswith(('GET', 'Authorization'))])
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')

        def listening(server, port):
            http.get('http://us%%20er:p%%40ss@127.0.0.1:%d/a b?c=d e' % port,
                     lambda res: (res.resume(), res.on('end', server.close)))
        serve(respond, listening)
    run(main)
    import base64
    assert seen == [['GET /a%20b?c=d%20e HTTP/1.1', 'Authorization: Basic ' + base64.b64encode(b'us er:p@ss').decode()]]


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_unix_socket_path(run, tmp_path):
    """socketPath: a request over a Unix domain socket; Host defaults to localhost."""
    from nodehttp import net
    seen = []
    path = str(tmp_path / 's.sock')

    def main():
        def on_conn(sock):
            def on_data(d):
                seen.append(d)
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nunix')
            sock.on('data', on_data)
        server = net.createServer(on_conn)

        def listening():
            def on_response(res):
                res.setEncoding('utf8')
                res.on('data', seen.append)
                res.on('end', server.close)
            http.get({'socketPath': path, 'path': '/sock', 'agent': http.Agent()}, on_response)
        server.listen(path, listening)
    run(main)
    assert seen == [b'GET /sock HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n', 'unix']


@pytest.mark.spec("http.md", "http.request(options[, callback])", "http.ClientRequest")
def test_response_incoming_message_rules(run):
    """The response IncomingMessage: duplicates per message.headers, trailers at 'end', complete."""
    seen = []

    def main():
        resp = (b'HTTP/1.1 200 OK\r\nSet-Cookie: a\r\nSet-Cookie: b\r\nX-M: 1\r\nX-M: 2\r\nAge: 1\r\nAge: 2\r\n'
                b'Transfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\nX-T: 9\r\n\r\n')

        def listening(server, port):
            def on_response(res):
                seen.append(res.headers)
                seen.append(res.trailers)
                res.on('data', seen.append)

                def end():
                    seen.append((res.trailers, res.rawTrailers, res.complete))
                    server.close()
                res.on('end', end)
            http.get({'host': '127.0.0.1', 'port': port, 'agent': False}, on_response)
        serve(once_head(resp), listening)
    run(main)
    assert seen == [{'set-cookie': ['a', 'b'], 'x-m': '1, 2', 'age': '1', 'transfer-encoding': 'chunked'}, {},
                    b'abc', ({'x-t': '9'}, ['X-T', '9'], True)]


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_parse_error_is_emitted_on_request(run):
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': False})
            req.on('error', lambda e: seen.append((e.code, e.message, e.bytesParsed)))
            req.on('close', lambda: (seen.append('close'), server.close()))
        serve(once_head(b'HTTP/1.1 2000 OK\r\n\r\n'), listening)
    run(main)
    assert seen == [('HPE_INVALID_STATUS', 'Parse Error: Invalid response status', 12), 'close']


# -- Node 0.8 surface ------------------------------------------------------------------

def test_create_client_is_deprecated_and_works(run):
    """Node 0.8's http.createClient(port, host) (deprecated: use http.request)."""
    seen = []

    def main():
        from nodehttp import process
        process.on('warning', lambda w: seen.append((w.name, w.message)))

        def listening(server, port):
            client = http.createClient(port, '127.0.0.1')
            req = client.request('GET', '/old', {'X-Old': '1'})
            req.on('response', lambda res: (seen.append(res.statusCode), res.resume(),
                                            res.on('end', server.close)))
            req.end()
            assert http.ClientResponse is http.IncomingMessage
            assert http.ServerRequest is http.IncomingMessage
        serve(once_head(OK0), listening)
    run(main)
    assert seen == [('DeprecationWarning', 'http.createClient is deprecated. Use `http.request` instead.'), 200]


class _Signal:
    """A minimal AbortSignal stand-in (Python has none): aborted, reason, addEventListener."""

    def __init__(self):
        self.aborted = False
        self.reason = None
        self._listeners = []

    def addEventListener(self, name, fn):
        self._listeners.append(fn)

    def abort(self, reason=None):
        self.aborted = True
        self.reason = reason
        for fn in self._listeners:
            fn()


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_signal_abort_behaves_as_destroy(run):
    """"Passing an AbortSignal and then calling abort() ... will behave the same
    way as calling .destroy() on the request ... 'AbortError: The operation was
    aborted', the code 'ABORT_ERR' and the cause, if one was provided"."""
    seen = []

    def main():
        def listening(server, port):
            sig = _Signal()
            req = http.get({'host': '127.0.0.1', 'port': port, 'signal': sig})
            req.on('socket', lambda s: (seen.append('socket'), sig.abort('why')))
            req.on('error', lambda e: seen.append((e.name, e.code, e.message, e.cause)))

            def on_close():
                seen.append(('close', req.destroyed))
                pre = _Signal()
                pre.abort()
                r2 = http.get({'host': '127.0.0.1', 'port': port, 'signal': pre})
                r2.on('socket', lambda s: seen.append('2 socket?!'))
                r2.on('error', lambda e: seen.append(('2', e.code)))
                r2.on('close', lambda: (seen.append('2 close'), timers.setTimeout(server.close, 20)))
            req.on('close', on_close)
        serve(_silent, listening)
    run(main)
    assert seen == ['socket', ('AbortError', 'ABORT_ERR', 'The operation was aborted', 'why'), ('close', True),
                    ('2', 'ABORT_ERR'), '2 close']


@pytest.mark.spec("http.md", "request.write(chunk[, encoding][, callback])", "http.OutgoingMessage > Event: 'drain'")
def test_write_returns_false_then_drain(run):
    """"Returns false if all or part of the data was queued in user memory.
    'drain' will be emitted when the buffer is free again"."""
    from nodehttp import net
    seen = []

    def main():
        def on_conn(sock):
            sock.pause()
            total = [0]

            def on_data(d):
                total[0] += len(d)
                if total[0] >= seen[0] and not sock.writableEnded:
                    sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
            sock.on('data', on_data)
            timers.setTimeout(sock.resume, 100)
        server = net.createServer(on_conn)

        def listening():
            req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'method': 'POST',
                                'agent': False})
            chunk = b'a' * (256 * 1024)

            def go():
                n = 0
                while req.write(chunk):
                    n += 1
                    assert n < 1024, 'the kernel never pushed back'
                seen.append((n + 1) * len(chunk))       # bytes of body written before pushing back
                seen.append(('needDrain', req.writableNeedDrain))

                def on_drain():
                    seen.append('drain')
                    req.end()
                req.once('drain', on_drain)
            req.on('socket', lambda s: s.on('connect', go))
            req.on('response', lambda res: (seen.append(res.statusCode), res.resume(), res.on('end', server.close)))
        server.listen(0, '127.0.0.1', listening)
    run(main)
    assert seen[1:] == [('needDrain', True), 'drain', 200]
