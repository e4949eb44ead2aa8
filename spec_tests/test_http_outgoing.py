"""http.md "Class: http.OutgoingMessage" without a socket: header storage,
validation and the writable* properties. Values printed by Node 24.19 for
`new http.OutgoingMessage()`."""

import pytest

from nodehttp.http.outgoing import OutgoingMessage


def err(fn):
    try:
        fn()
    except Exception as e:
        return (e.code, e.name, e.message)
    return None


@pytest.fixture
def o():
    return OutgoingMessage()


@pytest.mark.spec("http.md", "Class: http.OutgoingMessage")
def test_defaults(o):
    assert (o.writableCorked, o.writableHighWaterMark, o.writableLength, o.writableObjectMode,
            o.writableEnded, o.writableFinished, o.headersSent, o.sendDate, o.finished,
            o.destroyed, o.chunkedEncoding, o.useChunkedEncodingByDefault, o.shouldKeepAlive,
            o.strictContentLength, o.socket, o._header) == (
        0, 65536, 0, False, False, False, False, False, False, False, False, True, True, False,
        None, None)


@pytest.mark.spec("http.md", "outgoingMessage.setHeader(name, value)")
@pytest.mark.spec("http.md", "outgoingMessage.setHeaders(headers)")
@pytest.mark.spec("http.md", "outgoingMessage.appendHeader(name, value)")
@pytest.mark.spec("http.md", "outgoingMessage.getHeaders()")
@pytest.mark.spec("http.md", "outgoingMessage.getHeaderNames()")
@pytest.mark.spec("http.md", "outgoingMessage.getHeader(name)")
def test_header_storage(o):
    assert o.setHeader('X-A', '1') is o
    assert o.setHeaders({'X-B': '2', 'set-cookie': 'c1'}) is o
    assert o.appendHeader('x-a', ['3', '4']) is o
    assert o.getHeaders() == {'x-a': ['1', '3', '4'], 'x-b': '2', 'set-cookie': ['c1']}
    assert o.getHeaderNames() == ['x-a', 'x-b', 'set-cookie']
    assert o.getRawHeaderNames() == ['X-A', 'X-B', 'set-cookie']
    o.setHeader('x', 5)
    assert o.getHeader('x') == 5
    assert o.getHeader('X') == 5
    assert o.getHeader('nope') is None


@pytest.mark.spec("http.md", "outgoingMessage.setHeaders(headers)")
def test_set_headers_errors(o):
    msg = 'The "headers" argument must be an instance of Headers or Map. Received '
    assert err(lambda: o.setHeaders([['a', 'b']])) == (
        'ERR_INVALID_ARG_TYPE', 'TypeError', msg + 'an instance of Array')
    assert err(lambda: o.setHeaders(None)) == ('ERR_INVALID_ARG_TYPE', 'TypeError', msg + 'undefined')


@pytest.mark.spec("http.md", "outgoingMessage.hasHeader(name)")
@pytest.mark.spec("http.md", "outgoingMessage.removeHeader(name)")
def test_has_and_remove_header(o):
    o.setHeader('Foo', 'bar')
    assert o.hasHeader('foo') and o.hasHeader('FOO')
    o.removeHeader('FOO')
    assert not o.hasHeader('foo')
    o.removeHeader('not-there')
    msg = 'The "name" argument must be of type string. Received type number (1)'
    assert err(lambda: o.hasHeader(1)) == ('ERR_INVALID_ARG_TYPE', 'TypeError', msg)
    assert err(lambda: o.removeHeader(1)) == ('ERR_INVALID_ARG_TYPE', 'TypeError', msg)


@pytest.mark.spec("http.md", "outgoingMessage.removeHeader(name)")
def test_remove_date_turns_off_send_date(o):
    o.sendDate = True
    o.removeHeader('Date')
    assert o.sendDate is False


@pytest.mark.spec("http.md", "outgoingMessage.write(chunk[, encoding][, callback])")
@pytest.mark.spec("http.md", "outgoingMessage.end(chunk[, encoding][, callback])")
@pytest.mark.spec("http.md", "outgoingMessage.flushHeaders()")
def test_base_class_has_no_implicit_header(o):
    expected = ('ERR_METHOD_NOT_IMPLEMENTED', 'Error', 'The _implicitHeader() method is not implemented')
    assert err(lambda: o.write('x')) == expected
    assert err(lambda: o.end()) == expected
    assert err(lambda: o.flushHeaders()) == expected


@pytest.mark.spec("http.md", "outgoingMessage.write(chunk[, encoding][, callback])")
def test_write_argument_errors(o):
    assert err(lambda: o.write(None)) == (
        'ERR_STREAM_NULL_VALUES', 'TypeError', 'May not write null values to stream')
    assert err(lambda: o.write(5)) == (
        'ERR_INVALID_ARG_TYPE', 'TypeError',
        'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. '
        'Received type number (5)')


@pytest.mark.spec("http.md", "outgoingMessage.addTrailers(headers)")
def test_add_trailers_validation(o):
    assert err(lambda: o.addTrailers({'bad name': 'x'})) == (
        'ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Trailer name must be a valid HTTP token ["bad name"]')
    assert err(lambda: o.addTrailers({'x': 'bad\n'})) == (
        'ERR_INVALID_CHAR', 'TypeError', 'Invalid character in trailer content ["x"]')
    o.addTrailers({'X-T': 'v', 'X-L': ['a', 'b']})
    assert o._trailer == 'X-T: v\r\nX-L: a\r\nX-L: b\r\n'


@pytest.mark.spec("http.md", "outgoingMessage.cork()")
@pytest.mark.spec("http.md", "outgoingMessage.uncork()")
@pytest.mark.spec("http.md", "outgoingMessage.writableCorked")
def test_cork_counts(o):
    o.cork()
    o.cork()
    assert o.writableCorked == 2
    o.uncork()
    assert o.writableCorked == 1
    o.uncork()
    assert o.writableCorked == 0


@pytest.mark.spec("http.md", "outgoingMessage.destroy([error])")
def test_destroy_without_socket(o):
    assert o.destroy() is o
    assert o.destroyed is True
    assert o.destroy() is o


@pytest.mark.spec("http.md", "outgoingMessage.headersSent")
@pytest.mark.spec("http.md", "outgoingMessage.socket")
@pytest.mark.spec("http.md", "outgoingMessage.connection")
def test_headers_sent_and_socket(o):
    assert o.headersSent is False
    assert o.socket is None and o.connection is None


def test_render_header_directly(o):
    """What a subclass does from _implicit_header(): _store_header renders the
    head with framing and keep-alive decisions."""
    o.setHeader('X-A', '1')
    o._contentLength = 3
    o._store_header('GET / HTTP/1.1\r\n', o._out_headers)
    assert o._header == 'GET / HTTP/1.1\r\nX-A: 1\r\nConnection: keep-alive\r\nContent-Length: 3\r\n\r\n'
    assert o.headersSent is True
    assert err(lambda: o.setHeader('a', 'b')) == (
        'ERR_HTTP_HEADERS_SENT', 'Error', 'Cannot set headers after they are sent to the client')


def test_render_header_chunked_and_trailer_error():
    o = OutgoingMessage()
    o._store_header('POST / HTTP/1.1\r\n', None)
    assert o._header == 'POST / HTTP/1.1\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n'
    assert o.chunkedEncoding is True
    o2 = OutgoingMessage()
    o2.useChunkedEncodingByDefault = False
    o2.setHeader('Trailer', 'x')
    assert err(lambda: o2._store_header('GET / HTTP/1.1\r\n', o2._out_headers)) == (
        'ERR_HTTP_TRAILER_INVALID', 'Error', 'Trailers are invalid with this transfer encoding')
