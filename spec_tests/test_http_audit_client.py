"""Audit of http.md (issue 7's bar): client-side assertions the section tests
did not make yet -- http.request()'s documented option defaults, return types,
what happens with no 'upgrade'/'connect' listener, the response's HTTP version
fields, maxHeadersCount's default, write()'s default encoding. Expected values
were printed by Node 24.19; the JS is in each docstring."""

import pytest

import nodehttp as http
from nodehttp import net

from _http_client_harness import once_head, serve


def _quiet(req):
    req.on('error', lambda e: None)
    return req


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_request_option_defaults(run):
    """host **Default:** 'localhost'; method **Default:** 'GET'; path
    **Default:** '/'; protocol **Default:** 'http:'; port **Default:**
    defaultPort if set, else 80; Returns: {http.ClientRequest}.

    Node 24:
      const req = http.request({port: 1234});
      [req instanceof http.ClientRequest, req.host, req.path, req.method, req.protocol,
       req.getHeader('host'), req.getHeader('nope') === undefined, req.maxHeadersCount]
      -> [true, 'localhost', '/', 'GET', 'http:', 'localhost:1234', true, null]
      http.request({host: '127.0.0.1'}).getHeader('host') -> '127.0.0.1' (port 80 not shown)"""
    seen = []

    def main():
        req = _quiet(http.request({'port': 1234}))
        seen.append((isinstance(req, http.ClientRequest), req.host, req.path, req.method, req.protocol,
                     req.getHeader('host'), req.getHeader('nope'), req.maxHeadersCount))
        req.destroy()
        r2 = _quiet(http.request({'host': '127.0.0.1'}))
        seen.append(r2.getHeader('host'))
        r2.destroy()
    run(main, timeout=5)
    assert seen == [(True, 'localhost', '/', 'GET', 'http:', 'localhost:1234', None, None), '127.0.0.1']


@pytest.mark.spec("http.md", "http.get(options[, callback])", "http.get(url[, options][, callback])",
                  "request.finished")
def test_get_returns_ended_client_request(run):
    """Returns: {http.ClientRequest}; "calls req.end() automatically".

    request.finished: "request.end() will automatically be called if the request
    was initiated via http.get()".

    Node 24: const g = http.get({host: '127.0.0.1', port: 1});
    [g instanceof http.ClientRequest, g.writableEnded, g.finished] -> [true, true, true]"""
    seen = []

    def main():
        g = _quiet(http.get({'host': '127.0.0.1', 'port': 1}))
        seen.append((isinstance(g, http.ClientRequest), g.writableEnded, g.finished))
        g.destroy()
        g2 = _quiet(http.get('http://127.0.0.1:1/x'))
        seen.append((isinstance(g2, http.ClientRequest), g2.writableEnded, g2.path))
        g2.destroy()
    run(main, timeout=5)
    assert seen == [(True, True, True), (True, True, '/x')]


def _no_listener_scenario(run, response, options):
    seen = []

    def main():
        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, **options})
            req.on('socket', lambda s: s.on('close', lambda *a: seen.append('socket close')))
            req.on('response', lambda res: seen.append('response'))
            req.on('error', lambda e: seen.append(('error', e.code, e.message)))

            def on_close():
                seen.append(('close', req.destroyed))
                from nodehttp import timers
                timers.setTimeout(server.close, 50)
            req.on('close', on_close)
            req.end()
        serve(once_head(response), listening)
    run(main, timeout=5)
    return seen


@pytest.mark.spec("http.md", "http.ClientRequest > Event: 'upgrade'")
def test_upgrade_without_listener_closes_connection(run):
    """"If this event is not being listened for and the response status code is
    101 Switching Protocols, clients receiving an upgrade header will have their
    connections closed."

    Node 24 (server answers 101 + 'HEAD'; no 'upgrade' listener):
    events [['close', true], 'socket close'] -- no 'response', no 'error'."""
    seen = _no_listener_scenario(
        run, b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHEAD',
        {'headers': {'Connection': 'Upgrade', 'Upgrade': 'echo'}})
    assert seen == [('close', True), 'socket close']


@pytest.mark.spec("http.md", "http.ClientRequest > Event: 'connect'")
def test_connect_without_listener_closes_connection(run):
    """"If this event is not being listened for, clients receiving a CONNECT
    method will have their connections closed."

    Node 24 (CONNECT example.com:80, server answers 200 + 'EARLY'; no 'connect'
    listener): events [['close', true], 'socket close']."""
    seen = _no_listener_scenario(run, b'HTTP/1.1 200 Connection Established\r\n\r\nEARLY',
                                 {'method': 'CONNECT', 'path': 'example.com:80'})
    assert seen == [('close', True), 'socket close']


@pytest.mark.spec("http.md", "message.httpVersion", "message.statusCode", "message.statusMessage")
@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_response_http10_fields_and_join_duplicate_headers(run):
    """message.httpVersion: "In the case of client response, the HTTP version of
    the connected-to server"; statusCode/statusMessage of the response;
    http.request()'s joinDuplicateHeaders option.

    Node 24: server sends 'HTTP/1.0 404 Nope\\r\\nX-A: 1\\r\\nX-A: 2\\r\\nAge: 1\\r\\nAge: 2\\r\\n
    Content-Length: 0\\r\\n\\r\\n'; http.get({..., joinDuplicateHeaders: true})
    -> '1.0', 1, 0, 404, 'Nope', {'x-a': '1, 2', age: '1, 2', 'content-length': '0'}, url '', method null"""
    seen = []

    def main():
        def listening(server, port):
            def on_response(res):
                seen.append((res.httpVersion, res.httpVersionMajor, res.httpVersionMinor, res.statusCode,
                             res.statusMessage, res.headers, res.url, res.method))
                res.resume()
                res.on('end', server.close)
            http.get({'host': '127.0.0.1', 'port': port, 'joinDuplicateHeaders': True}, on_response)
        serve(once_head(b'HTTP/1.0 404 Nope\r\nX-A: 1\r\nX-A: 2\r\nAge: 1\r\nAge: 2\r\n'
                        b'Content-Length: 0\r\n\r\n'), listening)
    run(main, timeout=5)
    assert seen == [('1.0', 1, 0, 404, 'Nope', {'x-a': '1, 2', 'age': '1, 2', 'content-length': '0'}, '', None)]


@pytest.mark.spec("http.md", "request.maxHeadersCount")
@pytest.mark.parametrize('n', [1000, 1001, 2001])
def test_request_max_headers_count_default(run, n):
    """request.maxHeadersCount **Default:** 2000 -- the property reads null;
    Node 24 keeps 2000 raw entries (1000 header lines) of a response and drops
    the rest.

    Node 24 (response with n lines: Content-Length then 'aI:1'; maxHeaderSize 1 MiB):
      n=1000, 1001 and 2001 -> req.maxHeadersCount null, res.rawHeaders.length / 2 == 1000,
      Object.keys(res.headers).length == 1000, last pair ['a998', '1']"""
    seen = []
    head = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n' + b''.join(b'a%d:1\r\n' % i for i in range(n - 1))

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': False, 'maxHeaderSize': 1 << 20})

            def on_response(res):
                seen.append((req.maxHeadersCount, len(res.rawHeaders) // 2, len(res.headers), res.rawHeaders[-2:]))
                res.resume()
                res.on('end', server.close)
            req.on('response', on_response)
            req.on('error', lambda e: (seen.append(('error', e.code)), server.close()))
        serve(once_head(head + b'\r\n'), listening)
    run(main, timeout=5)
    assert seen == [(None, 1000, 1000, ['a998', '1'])]


@pytest.mark.spec("http.md", "request.write(chunk[, encoding][, callback])")
def test_request_write_default_utf8(run):
    """write(chunk[, encoding]): a string is encoded as UTF-8 by default;
    Returns: {boolean}; the callback gets null once the chunk is flushed.

    Node 24: req.write('\\u00e9', (err) => ...) -> true, cb(null), wire body
    '2\\r\\n\\xc3\\xa9\\r\\n0\\r\\n\\r\\n'"""
    seen = []

    def main():
        def respond(conn):
            if conn.data.endswith('0\r\n\r\n'):
                seen.append(conn.data.split('\r\n\r\n', 1)[1])
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST'},
                               lambda res: (res.resume(), res.on('end', server.close)))
            seen.append(('write ret', req.write('\u00e9', lambda err: seen.append(('write cb', err)))))
            req.end()
        serve(respond, listening)
    run(main, timeout=5)
    assert seen == [('write ret', True), ('write cb', None), '2\r\n\xc3\xa9\r\n0\r\n\r\n']


@pytest.mark.spec("http.md", "request.setHeader(name, value)")
def test_request_set_header_outside_latin1_throws(run):
    """"When the value is a string an exception will be thrown if it contains
    characters outside the latin1 encoding."

    Node 24: req.setHeader('x', 'caf\\u00e9') ok (getHeader -> 'café');
    '\\u20ac' and 'a\\u0100' -> ERR_INVALID_CHAR, TypeError,
    'Invalid character in header content ["x"]'"""
    seen = []

    def main():
        req = _quiet(http.request({'port': 1}))
        for v in ('caf\u00e9', '\u20ac', 'a\u0100'):
            try:
                req.setHeader('x', v)
                seen.append(('ok', req.getHeader('x')))
            except Exception as err:  # noqa: BLE001
                seen.append((err.code, err.name, err.message))
        req.destroy()
    run(main, timeout=5)
    bad = ('ERR_INVALID_CHAR', 'TypeError', 'Invalid character in header content ["x"]')
    assert seen == [('ok', 'caf\u00e9'), bad, bad]


@pytest.mark.spec("http.md", "request.maxHeadersCount")
def test_request_max_headers_count_zero_is_no_limit(run):
    """"If set to 0, no limit will be applied."

    Node 24: req.maxHeadersCount = 0; response with 2501 header lines
    -> res.rawHeaders.length / 2 == 2501, Object.keys(res.headers).length == 2501"""
    seen = []
    head = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n' + b''.join(b'a%d:1\r\n' % i for i in range(2500))

    def main():
        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': False, 'maxHeaderSize': 1 << 20})
            req.maxHeadersCount = 0

            def on_response(res):
                seen.append((len(res.rawHeaders) // 2, len(res.headers)))
                res.resume()
                res.on('end', server.close)
            req.on('response', on_response)
            req.on('error', lambda e: (seen.append(('error', e.code)), server.close()))
            req.end()
        serve(once_head(head + b'\r\n'), listening)
    run(main, timeout=5)
    assert seen == [(2501, 2501)]


@pytest.mark.spec("http.md", "request.write(chunk[, encoding][, callback])", "Event: 'socket'", "request.socket")
def test_request_empty_write_and_socket_type(run):
    """write(): "When write function is called with empty string or buffer, it
    does nothing and waits for more input." The docs add that the callback runs
    "only if the chunk is non-empty"; Node 24 does call it (in order) -- the
    test follows Node. 'socket' / request.socket: "guaranteed to be an instance
    of the net.Socket class".

    Node 24:
      ev.push(['ret empty', req.write('', () => ev.push('empty cb'))]);
      ev.push(['ret empty buf', req.write(Buffer.alloc(0), () => ev.push('empty buf cb'))]);
      req.write('x', () => ev.push('x cb')); req.end(() => ev.push('end cb'));
    -> [['ret empty', true], ['ret empty buf', true], ['socket', true, true],
        'empty cb', 'empty buf cb', 'x cb', 'end cb'], wire body '1\\r\\nx\\r\\n0\\r\\n\\r\\n'"""
    seen = []

    def main():
        def respond(conn):
            if conn.data.endswith('0\r\n\r\n'):
                seen.append(conn.data.split('\r\n\r\n', 1)[1])
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST'},
                               lambda res: (res.resume(), res.on('end', server.close)))
            req.on('socket', lambda s: seen.append(('socket', isinstance(s, net.Socket), req.socket is s)))
            seen.append(('ret empty', req.write('', lambda *a: seen.append('empty cb'))))
            seen.append(('ret empty buf', req.write(b'', lambda *a: seen.append('empty buf cb'))))
            req.write('x', lambda *a: seen.append('x cb'))
            req.end(lambda: seen.append('end cb'))
        serve(respond, listening)
    run(main, timeout=5)
    assert seen == [('ret empty', True), ('ret empty buf', True), ('socket', True, True),
                    'empty cb', 'empty buf cb', 'x cb', 'end cb', '1\r\nx\r\n0\r\n\r\n']


@pytest.mark.spec("http.md", "Event: 'information'")
def test_information_not_emitted_for_101(run):
    """"101 Upgrade statuses do not fire this event ... listen for the
    'upgrade' event instead."

    Node 24: req.on('information', ...); req.on('upgrade', (res, sock, head) => ...)
    on a 101 answer -> [['upgrade', 101, 0]] only."""
    seen = []

    def main():
        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port,
                                'headers': {'Connection': 'Upgrade', 'Upgrade': 'echo'}})
            req.on('information', lambda info: seen.append(('information', info['statusCode'])))

            def on_upgrade(res, sock, head):
                seen.append(('upgrade', res.statusCode, len(head)))
                sock.destroy()
                server.close()
            req.on('upgrade', on_upgrade)
            req.end()
        serve(once_head(b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n'),
              listening)
    run(main, timeout=5)
    assert seen == [('upgrade', 101, 0)]


@pytest.mark.spec("http.md", "http.maxHeaderSize", "http.request(options[, callback])")
def test_client_max_header_size_option(run):
    """http.maxHeaderSize: "This can be overridden for servers and client
    requests by passing the maxHeaderSize option"; the value itself is 16 KiB.

    Node 24: response head with a 200-byte header, http.get({..., maxHeaderSize: 100})
    -> 'error' ['HPE_HEADER_OVERFLOW', 'Parse Error: Header overflow', bytesParsed 225,
    rawPacket.length 247], then 'close'; no 'response'."""
    seen = []
    resp = b'HTTP/1.1 200 OK\r\nX-Big: ' + b'a' * 200 + b'\r\nContent-Length: 0\r\n\r\n'

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port, 'maxHeaderSize': 100, 'agent': False},
                           lambda res: seen.append('response'))
            req.on('error', lambda e: seen.append((e.code, e.message, e.bytesParsed, len(e.rawPacket))))
            req.on('close', lambda: (seen.append('close'), server.close()))
        serve(once_head(resp), listening)
    run(main, timeout=5)
    assert http.maxHeaderSize == 16384
    assert seen == [('HPE_HEADER_OVERFLOW', 'Parse Error: Header overflow', 225, 247), 'close']


PARTIAL = b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst'


@pytest.mark.spec("http.md", "http.request(options[, callback])", "request.destroy([error])")
def test_destroy_with_error_after_response(run):
    """"If req.destroy() is called after the response is received": 'aborted'
    on res, 'close', 'error' on res "with message 'Error: aborted' and code
    'ECONNRESET', or the error with which req.destroy() was called", 'close' on
    res. Node 24 emits the given error on req first, and res gets 'aborted' /
    ECONNRESET -- the test follows Node.

    Node 24: res.on('data', () => req.destroy(new Error('mine')))
    -> [['req error', 'mine'], 'res aborted', 'close', ['res error', 'aborted', 'ECONNRESET'], 'res close']"""
    seen = []

    def main():
        def listening(server, port):
            box = {}

            def on_response(res):
                res.on('data', lambda d: box['req'].destroy(RuntimeError('mine')))
                res.on('aborted', lambda: seen.append('res aborted'))
                res.on('error', lambda e: seen.append(('res error', str(e), getattr(e, 'code', None))))
                res.on('close', lambda: (seen.append('res close'), server.close()))
            req = http.get({'host': '127.0.0.1', 'port': port}, on_response)
            box['req'] = req
            req.on('error', lambda e: seen.append(('req error', str(e))))
            req.on('close', lambda: seen.append('close'))
        serve(once_head(PARTIAL), listening)
    run(main, timeout=5)
    assert seen == [('req error', 'mine'), 'res aborted', 'close', ('res error', 'aborted', 'ECONNRESET'),
                    'res close']


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_callback_is_a_once_response_listener_and_errors_throw(run):
    """"The optional callback parameter will be added as a one-time listener
    for the 'response' event."; "if no listeners are registered the error will
    be thrown."

    Node 24: req.listenerCount('response') -> 1 before, 0 after the response;
    http.get() to a closed port with no 'error' listener ->
    process 'uncaughtException' with code 'ECONNREFUSED', syscall 'connect'"""
    from nodehttp import process
    seen = []

    def main():
        process.on('uncaughtException', lambda e: seen.append(('uncaught', e.code, e.syscall)))

        def listening(server, port):
            def on_response(res):
                res.resume()
                from nodehttp import timers
                timers.setImmediate(lambda: (seen.append(('after', req.listenerCount('response'))),
                                             refused()))
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': False}, on_response)
            seen.append(('before', req.listenerCount('response')))
            req.end()

            def refused():
                server.close(lambda *a: http.get({'host': '127.0.0.1', 'port': port}))
        serve(once_head(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'), listening)
    run(main, timeout=5)
    assert seen == [('before', 1), ('after', 0), ('uncaught', 'ECONNREFUSED', 'connect')]


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_lookup_local_address_and_unique_headers_options(run):
    """lookup: "Custom lookup function"; localAddress: "Local interface to bind
    for network connections"; uniqueHeaders: "A list of request headers that
    should be sent only once. If the header's value is an array, the items will
    be joined using '; '."

    Node 24: http.get({host: 'example.invalid', port, localAddress: '127.0.0.1',
    uniqueHeaders: ['x-u'], headers: {'X-U': ['a', 'b'], 'X-M': ['c', 'd']},
    lookup: (host, opts, cb) => cb(null, '127.0.0.1', 4)})
    -> lookup called once with ('example.invalid', an options object);
    req.socket.localAddress '127.0.0.1'; Host 'example.invalid:PORT';
    wire lines ['X-U: a; b', 'X-M: c', 'X-M: d']"""
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data and not conn.state.get('done'):
                conn.state['done'] = True
                seen.append([l for l in conn.data.split('\r\n') if l.startswith('X-')])
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')

        def listening(server, port):
            calls = []

            def lookup(host, opts, cb):
                calls.append((host, isinstance(opts, dict)))
                if opts.get('all'):
                    cb(None, [{'address': '127.0.0.1', 'family': 4}])
                else:
                    cb(None, '127.0.0.1', 4)

            def on_response(res):
                seen.append((calls, req.socket.localAddress, req.getHeader('host') == 'example.invalid:%d' % port))
                res.resume()
                res.on('end', server.close)
            req = http.get({'host': 'example.invalid', 'port': port, 'agent': False, 'localAddress': '127.0.0.1',
                            'uniqueHeaders': ['x-u'], 'headers': {'X-U': ['a', 'b'], 'X-M': ['c', 'd']},
                            'lookup': lookup}, on_response)
            req.on('error', lambda e: (seen.append(('error', e.code, str(e))), server.close()))
        serve(respond, listening)
    run(main, timeout=5)
    assert seen == [['X-U: a; b', 'X-M: c', 'X-M: d'], ([('example.invalid', True)], '127.0.0.1', True)]


@pytest.mark.spec("http.md", "http.request(options[, callback])")
def test_create_connection_option(run):
    """createConnection: "A function that produces a socket/stream to use for
    the request when the agent option is not used".

    Node 24: createConnection: (opts, cb) => net.createConnection(opts.port, opts.host)
    -> called with opts.host '127.0.0.1', opts.port, typeof cb 'function'; body 'cc';
    req.reusedSocket false"""
    seen = []

    def main():
        def listening(server, port):
            def create(opts, cb=None):
                seen.append((opts['host'], opts['port'] == port, callable(cb)))
                return net.createConnection(opts['port'], opts['host'])

            def on_response(res):
                res.setEncoding('utf8')
                res.on('data', seen.append)
                res.on('end', lambda: (seen.append(req.reusedSocket), server.close()))
            req = http.get({'host': '127.0.0.1', 'port': port, 'createConnection': create}, on_response)
        serve(once_head(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\ncc'), listening)
    run(main, timeout=5)
    assert seen == [('127.0.0.1', True, True), 'cc', False]


@pytest.mark.spec("http.md", "http.request(url[, options][, callback])")
def test_url_object_is_converted_to_options(run):
    """"If it is a URL object, it will be automatically converted to an
    ordinary options object." (API.md: a urllib.parse result stands for a URL.)
    "If both url and options are specified, the objects are merged, with the
    options properties taking precedence."  Same wire as the string form."""
    from urllib.parse import urlsplit
    seen = []

    def main():
        def respond(conn):
            while '\r\n\r\n' in conn.data:
                i = conn.data.index('\r\n\r\n')
                seen.append(conn.data[:i].split('\r\n')[0])
                conn.data = conn.data[i + 4:]
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')

        def listening(server, port):
            n = [0]

            def done(res):
                res.resume()
                n[0] += 1
                if n[0] == 2:
                    res.on('end', server.close)
            u = urlsplit('http://127.0.0.1:%d/obj?q=1' % port)
            http.get(u, {'agent': False}, done)
            http.get(u, {'path': '/over', 'agent': False}, done)
        serve(respond, listening)
    run(main, timeout=5)
    assert sorted(seen) == ['GET /obj?q=1 HTTP/1.1', 'GET /over HTTP/1.1']


@pytest.mark.spec("http.md", "Event: 'drain'", "request.write(chunk[, encoding][, callback])")
def test_request_write_returns_false_then_drain(run):
    """write(): "Returns false if all or part of the data was queued in user
    memory. 'drain' will be emitted when the buffer is free again."

    Node 24: POST with Content-Length 200000, req.write(Buffer.alloc(200000)) before
    the socket connects -> [false, writableLength >= 200000, writableNeedDrain true];
    then 'drain' with writableLength 0."""
    seen = []

    def main():
        def on_conn(sock):
            sock.on('error', lambda e: None)
            got = [0]

            def on_data(d):
                got[0] += len(d)
                if got[0] >= 200000:
                    sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
            sock.on('data', on_data)
        server = net.createServer(on_conn)

        def listening():
            port = server.address()['port']
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST',
                                'headers': {'Content-Length': 200000}},
                               lambda res: (res.resume(), res.on('end', server.close)))
            seen.append(('write', req.write(b'z' * 200000), req.writableLength >= 200000, req.writableNeedDrain))
            req.on('drain', lambda: (seen.append(('drain', req.writableLength)), req.end()))
        server.listen(0, '127.0.0.1', listening)
    run(main, timeout=5)
    assert seen == [('write', False, True, True), ('drain', 0)]


@pytest.mark.spec("http.md", "Event: 'response'")
def test_response_emitted_only_once(run):
    """"This event is emitted only once." A server that answers one request
    with two responses: the first is delivered, the second is dropped.

    Node 24: server writes '200 ... a' and '201 ... b' in one chunk ->
    [['response', 200], ['data', 'a'], 'end', 'close'], no 'error'"""
    seen = []

    def main():
        def listening(server, port):
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': False})

            def on_response(res):
                seen.append(('response', res.statusCode))
                res.on('data', lambda d: seen.append(('data', d)))
                res.on('end', lambda: seen.append('end'))
            req.on('response', on_response)
            req.on('error', lambda e: seen.append(('error', e.code, str(e))))

            def on_close():
                seen.append('close')
                from nodehttp import timers
                timers.setTimeout(server.close, 30)
            req.on('close', on_close)
        serve(once_head(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\na'
                        b'HTTP/1.1 201 Created\r\nContent-Length: 1\r\n\r\nb'), listening)
    run(main, timeout=5)
    assert seen == [('response', 200), ('data', b'a'), 'end', 'close']


@pytest.mark.spec("http.md", "message.destroy([error])")
def test_response_destroy_on_client(run):
    """message.destroy(): "Calls destroy() on the socket that received the
    IncomingMessage"; Returns: {this}. Client side, mid-body.

    Node 24: in the response callback const r = res.destroy()
    -> [['ret', true, true], ['res close', true, false], 'req close', 'socket close'],
    no 'error' anywhere"""
    seen = []

    def main():
        def listening(server, port):
            def on_response(res):
                res.on('error', lambda e: seen.append(('res error', str(e))))
                res.on('close', lambda: seen.append(('res close', res.destroyed, res.complete)))
                req.socket.on('close', lambda *a: seen.append('socket close'))
                r = res.destroy()
                seen.append(('ret', r is res, res.destroyed))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': False}, on_response)
            req.on('error', lambda e: seen.append(('req error', e.code, str(e))))
            req.on('close', lambda: seen.append('req close'))
            from nodehttp import timers
            timers.setTimeout(server.close, 200)
        serve(once_head(PARTIAL), listening)
    run(main, timeout=5)
    assert seen == [('ret', True, True), ('res close', True, False), 'req close', 'socket close']


@pytest.mark.spec("http.md", "request.end([data[, encoding]][, callback])")
def test_request_end_with_data_and_encoding(run):
    """"If data is specified, it is equivalent to calling
    request.write(data, encoding) followed by request.end(callback)." Returns
    {this}; the callback runs when the request stream is finished.

    Node 24 (same scenario): Content-Length 5,
    req.end('68656c6c6f', 'hex', cb) -> body 'hello' on the wire, end() returns req,
    cb called before the response: [true, 'end cb', 'hello', 'response']"""
    seen = []

    def main():
        def respond(conn):
            if conn.data.endswith('hello'):
                seen.append(conn.data.split('\r\n\r\n', 1)[1])
                conn.sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')

        def listening(server, port):
            req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'PUT',
                                'headers': {'Content-Length': 5}},
                               lambda res: (seen.append('response'), res.resume(), res.on('end', server.close)))
            seen.append(req.end('68656c6c6f', 'hex', lambda: seen.append('end cb')) is req)
        serve(respond, listening)
    run(main, timeout=5)
    assert seen == [True, 'end cb', 'hello', 'response']
