"""Audit of http.md (issue 7's bar): server-side assertions the section tests
did not make yet -- return values (`this`), documented defaults, callbacks,
errors. Expected values were printed by Node 24.19; the JS that printed them
is in each test's docstring (run with a raw net client sending the request
bytes and printing the response bytes without the Date line and the events)."""

import socket

import pytest

from spec_tests._http_server_harness import connect, env, exchange, read_all, read_response, strip_date

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
