"""nodehttp.errors: every expected string below was printed by Node 24.19.0
(``node --expose-internals`` constructing ``require('internal/errors').codes``,
``util.inspect``/``util.format``, and real socket failures), or copied from
shared/spec/errors.md."""

import pickle
import socket

import pytest

from nodehttp import errors as E
from nodehttp.errors import (AbortError, NodeError, NodeRangeError, NodeTypeError,
                             UVException)

# (code, JS class, number of args, message when Node 24 is given '<0>', '<1>', ...)
NODE24 = [
    ('ERR_EVENT_RECURSION', 'Error', 1, 'The event "<0>" is already being dispatched'),
    ('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'TypeError', 0, 'HTTP/2 ALTSVC frames require a valid origin'),
    ('ERR_HTTP2_ALTSVC_LENGTH', 'TypeError', 0, 'HTTP/2 ALTSVC frames are limited to 16382 bytes'),
    ('ERR_HTTP2_CONNECT_AUTHORITY', 'Error', 0, ':authority header is required for CONNECT requests'),
    ('ERR_HTTP2_CONNECT_PATH', 'Error', 0, 'The :path header is forbidden for CONNECT requests'),
    ('ERR_HTTP2_CONNECT_SCHEME', 'Error', 0, 'The :scheme header is forbidden for CONNECT requests'),
    ('ERR_HTTP2_GOAWAY_SESSION', 'Error', 0, 'New streams cannot be created after receiving a GOAWAY'),
    ('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Error', 0, 'Cannot specify additional headers after response initiated'),
    ('ERR_HTTP2_HEADERS_SENT', 'Error', 0, 'Response has already been initiated.'),
    ('ERR_HTTP2_HEADER_SINGLE_VALUE', 'TypeError', 1, 'Header field "<0>" must only have a single value'),
    ('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'RangeError', 0, 'Informational status codes cannot be used'),
    ('ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'TypeError', 1, 'HTTP/1 Connection specific headers are forbidden: "<0>"'),
    ('ERR_HTTP2_INVALID_HEADER_VALUE', 'TypeError', 2, 'Invalid value "<0>" for header "<1>"'),
    ('ERR_HTTP2_INVALID_INFO_STATUS', 'RangeError', 1, 'Invalid informational status code: <0>'),
    ('ERR_HTTP2_INVALID_ORIGIN', 'TypeError', 0, 'HTTP/2 ORIGIN frames require a valid origin'),
    ('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'RangeError', 0, 'Packed settings length must be a multiple of six'),
    ('ERR_HTTP2_INVALID_PSEUDOHEADER', 'TypeError', 1, '"<0>" is an invalid pseudoheader or is used incorrectly'),
    ('ERR_HTTP2_INVALID_SESSION', 'Error', 0, 'The session has been destroyed'),
    ('ERR_HTTP2_INVALID_SETTING_VALUE', 'TypeError', 2, 'Invalid value for setting "<0>": <1>'),
    ('ERR_HTTP2_INVALID_STREAM', 'Error', 0, 'The stream has been destroyed'),
    ('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Error', 0, 'Maximum number of pending settings acknowledgements'),
    ('ERR_HTTP2_NESTED_PUSH', 'Error', 0, 'A push stream cannot initiate another push stream.'),
    ('ERR_HTTP2_NO_MEM', 'Error', 0, 'Out of memory'),
    ('ERR_HTTP2_NO_SOCKET_MANIPULATION', 'Error', 0, 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)'),
    ('ERR_HTTP2_ORIGIN_LENGTH', 'TypeError', 0, 'HTTP/2 ORIGIN frames are limited to 16382 bytes'),
    ('ERR_HTTP2_OUT_OF_STREAMS', 'Error', 0, 'No stream ID is available because maximum stream ID has been reached'),
    ('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Error', 1, 'Responses with <0> status must not have a payload'),
    ('ERR_HTTP2_PING_CANCEL', 'Error', 0, 'HTTP2 ping cancelled'),
    ('ERR_HTTP2_PING_LENGTH', 'RangeError', 0, 'HTTP2 ping payload must be 8 bytes'),
    ('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'TypeError', 0, 'Cannot set HTTP/2 pseudo-headers'),
    ('ERR_HTTP2_PUSH_DISABLED', 'Error', 0, 'HTTP/2 client has disabled push streams'),
    ('ERR_HTTP2_SEND_FILE', 'Error', 0, 'Directories cannot be sent'),
    ('ERR_HTTP2_SEND_FILE_NOSEEK', 'Error', 0, 'Offset or length can only be specified for regular files'),
    ('ERR_HTTP2_SESSION_ERROR', 'Error', 1, 'Session closed with error code <0>'),
    ('ERR_HTTP2_SETTINGS_CANCEL', 'Error', 0, 'HTTP2 session settings canceled'),
    ('ERR_HTTP2_SOCKET_BOUND', 'Error', 0, 'The socket is already bound to an Http2Session'),
    ('ERR_HTTP2_SOCKET_UNBOUND', 'Error', 0, 'The socket has been disconnected from the Http2Session'),
    ('ERR_HTTP2_STATUS_101', 'Error', 0, 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2'),
    ('ERR_HTTP2_STATUS_INVALID', 'RangeError', 1, 'Invalid status code: <0>'),
    ('ERR_HTTP2_STREAM_CANCEL', 'Error', 1, 'The pending stream has been canceled'),
    ('ERR_HTTP2_STREAM_ERROR', 'Error', 1, 'Stream closed with error code <0>'),
    ('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'Error', 0, 'A stream cannot depend on itself'),
    ('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Error', 0, 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS'),
    ('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Error', 0, 'Too many invalid HTTP/2 frames'),
    ('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Error', 0, 'Trailing headers have already been sent'),
    ('ERR_HTTP2_TRAILERS_NOT_READY', 'Error', 0, 'Trailing headers cannot be sent until after the wantTrailers event is emitted'),
    ('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'Error', 1, 'protocol "<0>" is unsupported.'),
    ('ERR_HTTP_BODY_NOT_ALLOWED', 'Error', 0, 'Adding content for this request method or response status is not allowed.'),
    ('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Error', 2, "Response body's content-length of <0> byte(s) does not match the content-length of <1> byte(s) set in header"),
    ('ERR_HTTP_HEADERS_SENT', 'Error', 1, 'Cannot <0> headers after they are sent to the client'),
    ('ERR_HTTP_INVALID_HEADER_VALUE', 'TypeError', 2, 'Invalid value "<0>" for header "<1>"'),
    ('ERR_HTTP_INVALID_STATUS_CODE', 'RangeError', 1, 'Invalid status code: <0>'),
    ('ERR_HTTP_REQUEST_TIMEOUT', 'Error', 0, 'Request timeout'),
    ('ERR_HTTP_SOCKET_ASSIGNED', 'Error', 0, 'ServerResponse has an already assigned socket'),
    ('ERR_HTTP_SOCKET_ENCODING', 'Error', 0, 'Changing the socket encoding is not allowed per RFC7230 Section 3.'),
    ('ERR_HTTP_TRAILER_INVALID', 'Error', 0, 'Trailers are invalid with this transfer encoding'),
    ('ERR_ILLEGAL_CONSTRUCTOR', 'TypeError', 0, 'Illegal constructor'),
    ('ERR_INVALID_ADDRESS_FAMILY', 'RangeError', 3, 'Invalid address family: <0> <1>:<2>'),
    ('ERR_INVALID_ARG_TYPE', 'TypeError', 3, 'The "<0>" argument must be <1>. Received type string (\'<2>\')'),
    ('ERR_INVALID_ARG_VALUE', 'TypeError', 2, "The argument '<0>' is invalid. Received '<1>'"),
    ('ERR_INVALID_CHAR', 'TypeError', 1, 'Invalid character in <0>'),
    ('ERR_INVALID_FD', 'RangeError', 1, '"fd" must be a positive integer: <0>'),
    ('ERR_INVALID_FD_TYPE', 'TypeError', 1, 'Unsupported fd type: <0>'),
    ('ERR_INVALID_HANDLE_TYPE', 'TypeError', 0, 'This handle type cannot be sent'),
    ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 2, '<0> must be a valid HTTP token ["<1>"]'),
    ('ERR_INVALID_IP_ADDRESS', 'TypeError', 1, 'Invalid IP address: <0>'),
    ('ERR_INVALID_PROTOCOL', 'TypeError', 2, 'Protocol "<0>" not supported. Expected "<1>"'),
    ('ERR_INVALID_RETURN_VALUE', 'TypeError', 3, 'Expected <0> to be returned from the "<1>" function but got type string (\'<2>\').'),
    ('ERR_INVALID_THIS', 'TypeError', 1, 'Value of "this" must be of type <0>'),
    ('ERR_INVALID_URL', 'TypeError', 1, 'Invalid URL'),
    ('ERR_IP_BLOCKED', 'Error', 1, 'IP(<0>) is blocked by net.BlockList'),
    ('ERR_METHOD_NOT_IMPLEMENTED', 'Error', 1, 'The <0> method is not implemented'),
    ('ERR_MISSING_ARGS', 'TypeError', 1, 'The "<0>" argument must be specified'),
    ('ERR_MISSING_OPTION', 'TypeError', 1, '<0> is required'),
    ('ERR_MULTIPLE_CALLBACK', 'Error', 0, 'Callback called multiple times'),
    ('ERR_OUT_OF_RANGE', 'RangeError', 3, 'The value of "<0>" is out of range. It must be <1>. Received \'<2>\''),
    ('ERR_PROXY_INVALID_CONFIG', 'Error', 1, '<0>'),
    ('ERR_PROXY_TUNNEL', 'Error', 1, '<0>'),
    ('ERR_SERVER_ALREADY_LISTEN', 'Error', 0, 'Listen method has been called more than once without closing.'),
    ('ERR_SERVER_NOT_RUNNING', 'Error', 0, 'Server is not running.'),
    ('ERR_SOCKET_ALREADY_BOUND', 'Error', 0, 'Socket is already bound'),
    ('ERR_SOCKET_BAD_BUFFER_SIZE', 'TypeError', 0, 'Buffer size must be a positive integer'),
    ('ERR_SOCKET_BAD_PORT', 'RangeError', 2, "<0> should be >= 0 and < 65536. Received type string ('<1>')."),
    ('ERR_SOCKET_BAD_TYPE', 'TypeError', 0, 'Bad socket type specified. Valid types are: udp4, udp6'),
    ('ERR_SOCKET_CLOSED', 'Error', 0, 'Socket is closed'),
    ('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Error', 0, 'Socket closed before the connection was established'),
    ('ERR_SOCKET_CONNECTION_TIMEOUT', 'Error', 0, 'Socket connection timeout'),
    ('ERR_STREAM_ALREADY_FINISHED', 'Error', 1, 'Cannot call <0> after a stream was finished'),
    ('ERR_STREAM_CANNOT_PIPE', 'Error', 0, 'Cannot pipe, not readable'),
    ('ERR_STREAM_DESTROYED', 'Error', 1, 'Cannot call <0> after a stream was destroyed'),
    ('ERR_STREAM_NULL_VALUES', 'TypeError', 0, 'May not write null values to stream'),
    ('ERR_STREAM_PREMATURE_CLOSE', 'Error', 0, 'Premature close'),
    ('ERR_STREAM_PUSH_AFTER_EOF', 'Error', 0, 'stream.push() after EOF'),
    ('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'Error', 0, 'stream.unshift() after end event'),
    ('ERR_STREAM_WRAP', 'Error', 0, 'Stream has StringDecoder set or is in objectMode'),
    ('ERR_STREAM_WRITE_AFTER_END', 'Error', 0, 'write after end'),
    ('ERR_UNESCAPED_CHARACTERS', 'TypeError', 1, '<0> contains unescaped characters'),
    ('ERR_UNHANDLED_ERROR', 'Error', 0, 'Unhandled error.'),
    ('ERR_UNKNOWN_ENCODING', 'TypeError', 1, 'Unknown encoding: <0>'),
    ('ERR_UNKNOWN_SIGNAL', 'TypeError', 1, 'Unknown signal: <0>'),
]


@pytest.mark.parametrize('code,base,nargs,expected', NODE24, ids=[r[0] for r in NODE24])
def test_every_code_matches_node24(code, base, nargs, expected):
    cls = getattr(E, code)
    assert cls is E.CODES[code] and cls.__name__ == code
    err = cls(*[f'<{i}>' for i in range(nargs)])
    assert (err.code, err.name, err.message, str(err)) == (code, base, expected, expected)
    assert err.toString() == f'{base} [{code}]: {expected}'
    assert isinstance(err, {'Error': NodeError, 'TypeError': TypeError,
                            'RangeError': ValueError}[base])
    assert isinstance(err, NodeError)


def test_every_spec_code_is_registered():
    import re
    from pathlib import Path
    spec = Path(__file__).resolve().parents[3] / 'shared' / 'spec' / 'errors.md'
    if not spec.exists():
        spec = Path('/work/shared/spec/errors.md')
    table = set(re.findall(r'^\| `(ERR_[A-Z0-9_]+)`', spec.read_text(), re.M))
    assert len(table) > 90
    assert table - set(E.CODES) - {'ERR_HTTP2_ERROR'} == set()
    assert E.ERR_HTTP2_ERROR is E.NghttpError


def test_base_classes():
    assert issubclass(NodeTypeError, NodeError) and issubclass(NodeTypeError, TypeError)
    assert issubclass(NodeRangeError, NodeError) and issubclass(NodeRangeError, ValueError)
    assert (NodeError.name, NodeTypeError.name, NodeRangeError.name) == ('Error', 'TypeError', 'RangeError')
    e = NodeError('boom', code='EXX')
    assert (e.message, str(e), e.code, e.toString()) == ('boom', 'boom', 'EXX', 'Error: boom')
    with pytest.raises(E.ERR_HTTP_HEADERS_SENT) as info:
        raise E.ERR_HTTP_HEADERS_SENT('set')
    assert str(info.value) == 'Cannot set headers after they are sent to the client'


def test_argument_count_is_checked_like_node():
    # Node: "Code: ERR_HTTP_HEADERS_SENT; The provided arguments length (0) does not match the required ones (1)."
    with pytest.raises(TypeError, match=r'arguments length \(0\) does not match the required ones \(1\)'):
        E.ERR_HTTP_HEADERS_SENT()
    with pytest.raises(TypeError, match=r'arguments length \(2\) does not match the required ones \(1\)'):
        E.ERR_HTTP_HEADERS_SENT('a', 'b')


def test_range_variants():
    for code in ('ERR_INVALID_ARG_VALUE', 'ERR_INVALID_RETURN_VALUE', 'ERR_HTTP2_INVALID_SETTING_VALUE'):
        assert issubclass(getattr(E, code).RangeError, NodeRangeError)
    e = E.ERR_INVALID_ARG_VALUE.RangeError('x', 5)
    assert (e.name, e.code, e.message) == ('RangeError', 'ERR_INVALID_ARG_VALUE',
                                           "The argument 'x' is invalid. Received 5")


class Foo:
    pass


def bar():
    pass


ARG_TYPE = [  # (name, expected, actual, Node 24 message)
    ('x', 'string', 5, 'The "x" argument must be of type string. Received type number (5)'),
    ('x', ['string', 'number'], True, 'The "x" argument must be one of type string or number. Received type boolean (true)'),
    ('x', ['string', 'Buffer', 'Uint8Array'], None, 'The "x" argument must be of type string or an instance of Buffer or Uint8Array. Received undefined'),
    ('x', ['Buffer', 'Uint8Array'], None, 'The "x" argument must be an instance of Buffer or Uint8Array. Received undefined'),
    ('options.port', ['string', 'number', 'object'], 'abcdefghijklmnopqrstuvwxyz0123', "The \"options.port\" property must be one of type string, number, or object. Received type string ('abcdefghijklmnopqrstuvwxy...')"),
    ('x', 'Function', [1], 'The "x" argument must be of type function. Received an instance of Array'),
    ('x', 'Function', {}, 'The "x" argument must be of type function. Received an instance of Object'),
    ('x', 'function', Foo(), 'The "x" argument must be of type function. Received an instance of Foo'),
    ('x', ['a valid thing'], "it's", 'The "x" argument must be a valid thing. Received type string ("it\'s")'),
    ('x', ['string', 'a valid thing', 'Buffer'], 1.5, 'The "x" argument must be of type string or an instance of Buffer or a valid thing. Received type number (1.5)'),
    ('x', ['string', 'number', 'boolean'], float('nan'), 'The "x" argument must be one of type string, number, or boolean. Received type number (NaN)'),
    ('x', ['object'], -0.0, 'The "x" argument must be of type object. Received type number (-0)'),
    ('x', ['Object'], bar, 'The "x" argument must be of type object. Received function bar'),
    ('x', ['Object', 'null'], lambda: None, 'The "x" argument must be of type object or null. Received function '),
    ('x', ['an X', 'a Y'], 12345678901234567890, 'The "x" argument must be one of an X or a Y. Received type number (12345678901234567000)'),
    ('x', 'string', 1e21, 'The "x" argument must be of type string. Received type number (1e+21)'),
    ('x', 'string', float('inf'), 'The "x" argument must be of type string. Received type number (Infinity)'),
    ('x', 'string', 'abc\ndef', "The \"x\" argument must be of type string. Received type string ('abc\ndef')"),
    ('x', 'string', 'abcdefghijklmnopqrstuvwxyz01', "The \"x\" argument must be of type string. Received type string ('abcdefghijklmnopqrstuvwxyz01')"),
    ('x', 'string', 'abcdefghijklmnopqrstuvwxyz012', "The \"x\" argument must be of type string. Received type string ('abcdefghijklmnopqrstuvwxy...')"),
    ('x', ['string', 'Object', 'Function'], 1, 'The "x" argument must be one of type string, object, or function. Received type number (1)'),
    ('x', ['string', 'number', 'Object', 'Function', 'an X'], 1, 'The "x" argument must be one of type string, number, object, or function or an an X. Received type number (1)'),
    ('x', ['string', 'object', 'Function', 'Buffer'], 1, 'The "x" argument must be one of type string or function or an instance of Buffer or Object. Received type number (1)'),
    ('x', ['Object', 'object'], 1, 'The "x" argument must be one of type object or object. Received type number (1)'),
    ('x', ['Foo', 'Bar', 'Baz'], 1, 'The "x" argument must be an instance of Foo, Bar, or Baz. Received type number (1)'),
    ('x', ['a', 'b', 'c'], 1, 'The "x" argument must be one of a, b, or c. Received type number (1)'),
    ('x', ['string', 'null', 'undefined'], 1, 'The "x" argument must be of type string or one of null or undefined. Received type number (1)'),
    ('x.y argument', ['string'], 1, 'The x.y argument must be of type string. Received type number (1)'),
    ('The "foo" argument', 'Function', [1], 'The The "foo" argument must be of type function. Received an instance of Array'),
]


@pytest.mark.parametrize('name,expected,actual,message', ARG_TYPE)
def test_invalid_arg_type(name, expected, actual, message):
    err = E.ERR_INVALID_ARG_TYPE(name, expected, actual)
    assert (err.name, err.code, err.message) == ('TypeError', 'ERR_INVALID_ARG_TYPE', message)
    assert isinstance(err, TypeError)


def test_received_rendering_of_python_values():
    # API.md "Errors": None -> undefined, True -> type boolean (true), ...
    assert E.received(None) == 'Received undefined'
    assert E.received(True) == 'Received type boolean (true)'
    assert E.received(5) == 'Received type number (5)'
    assert E.received('abc') == "Received type string ('abc')"
    assert E.received([1]) == 'Received an instance of Array'
    assert E.received({'a': 1}) == 'Received an instance of Object'
    assert E.received(Foo()) == 'Received an instance of Foo'
    assert E.specific_type(b'x') == 'an instance of Buffer'
    assert E.specific_type(E.ERR_SOCKET_CLOSED()) == 'an instance of Error'
    assert E.specific_type(Foo) == 'function Foo'
    assert E.specific_type(2.5) == 'type number (2.5)'


ARG_VALUE = [
    (('x', 5), "The argument 'x' is invalid. Received 5"),
    (('options.x', 'abc', 'must be good'), "The property 'options.x' must be good. Received 'abc'"),
    (('x', {'a': [1, 2, {'b': 3}], 's': 'x' * 200}),
     "The argument 'x' is invalid. Received {\n  a: [ 1, 2, { b: 3 } ],\n  s: 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx..."),
    (('x', None), "The argument 'x' is invalid. Received undefined"),
]

OUT_OF_RANGE = [
    (('x', '>= 0', -1), 'The value of "x" is out of range. It must be >= 0. Received -1'),
    (('x', '>= 0', 2 ** 33), 'The value of "x" is out of range. It must be >= 0. Received 8_589_934_592'),
    (('x', '>= 0', -(2 ** 33)), 'The value of "x" is out of range. It must be >= 0. Received -8_589_934_592'),
    (('x', '>= 0', 1.5), 'The value of "x" is out of range. It must be >= 0. Received 1.5'),
    (('x', '>= 0', 'str'), "The value of \"x\" is out of range. It must be >= 0. Received 'str'"),
    (('x', '>= 0', 12345678901234), 'The value of "x" is out of range. It must be >= 0. Received 12_345_678_901_234'),
    (('Custom text', '>= 0', 3, True), 'Custom text It must be >= 0. Received 3'),
]

OTHERS = [
    ('ERR_MISSING_ARGS', ('a',), 'The "a" argument must be specified'),
    ('ERR_MISSING_ARGS', ('a', 'b'), 'The "a" and "b" arguments must be specified'),
    ('ERR_MISSING_ARGS', ('a', 'b', 'c'), 'The "a", "b", and "c" arguments must be specified'),
    ('ERR_MISSING_ARGS', (['a', 'b'], 'c'), 'The "a" or "b" and "c" arguments must be specified'),
    ('ERR_INVALID_CHAR', ('header content', 'x'), 'Invalid character in header content ["x"]'),
    ('ERR_INVALID_CHAR', ('header content',), 'Invalid character in header content'),
    ('ERR_SOCKET_BAD_PORT', ('Port', 70000), 'Port should be >= 0 and < 65536. Received type number (70000).'),
    ('ERR_SOCKET_BAD_PORT', ('Port', -1, False), 'Port should be > 0 and < 65536. Received type number (-1).'),
    ('ERR_SOCKET_BAD_PORT', ('options.port', 'abc', True), "options.port should be >= 0 and < 65536. Received type string ('abc')."),
    ('ERR_INVALID_RETURN_VALUE', ('an object', 'foo', 5), 'Expected an object to be returned from the "foo" function but got type number (5).'),
    ('ERR_INVALID_RETURN_VALUE', ('an object', 'foo', None), 'Expected an object to be returned from the "foo" function but got undefined.'),
    ('ERR_INVALID_RETURN_VALUE', ('an object', 'foo', Foo()), 'Expected an object to be returned from the "foo" function but got an instance of Foo.'),
    ('ERR_INVALID_ADDRESS_FAMILY', ('IPv7', 'localhost', 80), 'Invalid address family: IPv7 localhost:80'),
    ('ERR_IP_BLOCKED', ('1.2.3.4',), 'IP(1.2.3.4) is blocked by net.BlockList'),
    ('ERR_INVALID_URL', ('foo',), 'Invalid URL'),
    ('ERR_HTTP2_STREAM_CANCEL', (NodeError('boom'),), 'The pending stream has been canceled (caused by: boom)'),
    ('ERR_HTTP2_STREAM_CANCEL', (ValueError('boom'),), 'The pending stream has been canceled (caused by: boom)'),
    ('ERR_HTTP2_INVALID_SETTING_VALUE', ('headerTableSize', -1), 'Invalid value for setting "headerTableSize": -1'),
    ('ERR_HTTP2_INVALID_SETTING_VALUE', ('headerTableSize', -1, 0, 10), 'Invalid value for setting "headerTableSize": -1'),
    ('ERR_HTTP2_INVALID_SETTING_VALUE', ('enablePush', 'x'), 'Invalid value for setting "enablePush": x'),
    ('ERR_HTTP_HEADERS_SENT', ('set',), 'Cannot set headers after they are sent to the client'),
    ('ERR_HTTP_CONTENT_LENGTH_MISMATCH', (3, 5), "Response body's content-length of 3 byte(s) does not match the content-length of 5 byte(s) set in header"),
    ('ERR_INVALID_THIS', ('EventTarget',), 'Value of "this" must be of type EventTarget'),
    ('ERR_UNHANDLED_ERROR', (), 'Unhandled error.'),
    ('ERR_UNHANDLED_ERROR', ('abc',), 'Unhandled error. (abc)'),
    ('ERR_UNHANDLED_ERROR', ({'a': 1},), 'Unhandled error. ([object Object])'),
]


@pytest.mark.parametrize('args,message', ARG_VALUE)
def test_invalid_arg_value(args, message):
    err = E.ERR_INVALID_ARG_VALUE(*args)
    assert (err.name, err.message) == ('TypeError', message)


@pytest.mark.parametrize('args,message', OUT_OF_RANGE)
def test_out_of_range(args, message):
    err = E.ERR_OUT_OF_RANGE(*args)
    assert (err.name, err.message) == ('RangeError', message)


@pytest.mark.parametrize('code,args,message', OTHERS)
def test_function_templates(code, args, message):
    assert getattr(E, code)(*args).message == message


def test_function_template_properties():
    e = E.ERR_INVALID_ADDRESS_FAMILY('IPv7', 'localhost', 80)
    assert (e.host, e.port) == ('localhost', 80)
    e = E.ERR_HTTP2_INVALID_SETTING_VALUE('headerTableSize', -1, 0, 10)
    assert (e.actual, e.min, e.max) == (-1, 0, 10)
    cause = ValueError('boom')
    assert E.ERR_HTTP2_STREAM_CANCEL(cause).cause is cause
    e = E.ERR_INVALID_URL('foo')
    assert e.input == 'foo' and not hasattr(e, 'base')
    with pytest.raises(TypeError, match='At least one arg needs to be specified'):
        E.ERR_MISSING_ARGS()


UNHANDLED = [  # value given to emit('error', value) -> Node 24 message
    (42, 'Unhandled error. (42)'),
    ('str', "Unhandled error. ('str')"),
    ({'a': 1}, 'Unhandled error. ({ a: 1 })'),
    (None, 'Unhandled error. (undefined)'),
    ([1, 'a'], "Unhandled error. ([ 1, 'a' ])"),
]


@pytest.mark.parametrize('value,message', UNHANDLED)
def test_unhandled_error_from_emit(value, message):
    err = E.unhandled_error(value)
    assert (err.code, err.message, err.context) == ('ERR_UNHANDLED_ERROR', message, value)
    assert err.toString() == 'Error [ERR_UNHANDLED_ERROR]: ' + message


INSPECT = [
    ([], '[]'), ({}, '{}'), ([[[[1]]]], '[ [ [ [Array] ] ] ]'),
    ({'a': {'b': {'c': {}}}}, '{ a: { b: { c: {} } } }'),
    ({'a': {'b': {'c': {'d': 1}}}}, '{ a: { b: { c: [Object] } } }'),
    ('xxx', "'xxx'"), (b'', '<Buffer >'), (b'abc', '<Buffer 61 62 63>'),
    (1e21, '1e+21'), (-1.5e-7, '-1.5e-7'), (0.1 + 0.2, '0.30000000000000004'),
    (123456789012345680000, '123456789012345680000'), ({1}, 'Set(1) { 1 }'),
    ("a'b\"c", '`a\'b"c`'), ("a'b\"c`", "'a\\'b\"c`'"),
    ({'a': 1, 'b-c': [1, 2, [3, [4, [5]]]], 's': "it's", 't': 'a\nb', 'u': None, 'f': -0.0,
      'big': 2 ** 60, 'x': 1e-7, 'nested': {'a': {'b': {'c': {'d': 1}}}}},
     "{\n  a: 1,\n  'b-c': [ 1, 2, [ 3, [Array] ] ],\n  s: \"it's\",\n  t: 'a\\nb',\n  u: undefined,\n"
     "  f: -0,\n  big: 1152921504606847000,\n  x: 1e-7,\n  nested: { a: { b: [Object] } }\n}"),
    (['aaaaaaaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbbbbbbbbbbbbbb', 'ccccccccccccccccccccccccccccc'],
     "[\n  'aaaaaaaaaaaaaaaaaaaaa',\n  'bbbbbbbbbbbbbbbbbbbbbbbbbbbb',\n  'ccccccccccccccccccccccccccccc'\n]"),
    # arrays of more than 6 entries are grouped in columns (Node 24 util.inspect)
    (list(range(30)), '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,\n   9, 10, 11, 12, 13, 14, 15, 16, 17,\n  18, 19, 20, 21, 22, 23, 24, 25, 26,\n  27, 28, 29\n]'),
    (['a', 'bb', 'ccc', 'dddd', 'e', 'f', 'g', 'h'], "[\n  'a',   'bb',\n  'ccc', 'dddd',\n  'e',   'f',\n  'g',   'h'\n]"),
    (list(range(120)), '[\n   0,  1,  2,  3,  4,  5,  6,  7,  8,  9, 10, 11,\n  12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,\n  24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35,\n  36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47,\n  48, 49, 50, 51, 52, 53, 54, 55, 56, 57, 58, 59,\n  60, 61, 62, 63, 64, 65, 66, 67, 68, 69, 70, 71,\n  72, 73, 74, 75, 76, 77, 78, 79, 80, 81, 82, 83,\n  84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95,\n  96, 97, 98, 99,\n  ... 20 more items\n]'),
    ([{'a': 1, 'b': 'xx'}] * 8, "[\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' },\n  { a: 1, b: 'xx' }\n]"),
    ({'x': list(range(10)), 'y': 's'}, "{\n  x: [\n    0, 1, 2, 3, 4,\n    5, 6, 7, 8, 9\n  ],\n  y: 's'\n}"),
    ([1, 'a', 2, 'b', 3, 'c', 4], "[\n  1, 'a', 2, 'b',\n  3, 'c', 4\n]"),
    ({k: n + 1 for n, k in enumerate('abcdefghijklmnopqr')}, '{\n  a: 1,\n  b: 2,\n  c: 3,\n  d: 4,\n  e: 5,\n  f: 6,\n  g: 7,\n  h: 8,\n  i: 9,\n  j: 10,\n  k: 11,\n  l: 12,\n  m: 13,\n  n: 14,\n  o: 15,\n  p: 16,\n  q: 17,\n  r: 18\n}'),
    (lambda: 1, '[Function (anonymous)]'), (len, '[Function: len]'), (Foo, '[class Foo]'),
]


@pytest.mark.parametrize('value,expected', INSPECT)
def test_inspect(value, expected):
    assert E.inspect(value) == expected


FORMAT = [
    (('%d', '0x10'), '16'), (('%i', '12.9abc'), '12'), (('%f', '1.5e3x'), '1500'),
    (('%s %s', 'a'), 'a %s'), (('%s', 'a', 'b', 3), 'a b 3'), (('100%%',), '100%%'),
    (('%j', 'q'), '"q"'), (('%s', {'a': {'b': {'c': 1}}}), '{ a: [Object] }'),
    (('%s', 2 ** 64), '18446744073709552000'), (('%s|%d|%i|%j|%s|%s|%d', 'a', '42.5x', 42.9, {'a': [1]}, -0.0, [1, 2], True),
                                                'a|NaN|42|{"a":[1]}|-0|[ 1, 2 ]|1'),
]


@pytest.mark.parametrize('args,expected', FORMAT)
def test_util_format(args, expected):
    assert E.format(*args) == expected


# --- non-ERR coded errors and system errors ---------------------------------

def test_econnreset_and_epipe():
    e = E.econnreset()
    assert (e.code, e.message, e.name, e.toString()) == ('ECONNRESET', 'socket hang up', 'Error', 'Error: socket hang up')
    assert isinstance(e, ConnectionResetError) and isinstance(e, NodeError)
    assert (e.errno, e.syscall) == (None, None)
    assert E.econnreset('aborted').message == 'aborted'
    p = E.epipe_ended()
    assert (p.code, str(p)) == ('EPIPE', 'This socket has been ended by the other party')
    assert isinstance(p, BrokenPipeError)


def test_abort_error():
    # Node 24: String(err) 'AbortError: The operation was aborted', name AbortError, code ABORT_ERR
    e = AbortError()
    assert (e.name, e.code, e.message, e.toString(), e.cause) == (
        'AbortError', 'ABORT_ERR', 'The operation was aborted', 'AbortError: The operation was aborted', None)
    reason = ValueError('why')
    assert AbortError('stop', reason).cause is reason


def test_connect_refused():
    # Node 24: net.connect(9, '127.0.0.1') -> {"code":"ECONNREFUSED","errno":-111,"syscall":"connect",
    # "address":"127.0.0.1","port":9,"message":"connect ECONNREFUSED 127.0.0.1:9"}
    e = E.uv_exception('ECONNREFUSED', 'connect', '127.0.0.1', 9)
    assert isinstance(e, ConnectionRefusedError) and isinstance(e, UVException) and isinstance(e, NodeError)
    assert (e.name, e.code, e.errno, e.syscall, e.address, e.port) == ('Error', 'ECONNREFUSED', -111, 'connect', '127.0.0.1', 9)
    assert str(e) == e.message == 'connect ECONNREFUSED 127.0.0.1:9'
    assert e.toString() == 'Error: connect ECONNREFUSED 127.0.0.1:9'
    # with localAddress/localPort: "... - Local (127.0.0.1:45677)", localAddress/localPort set
    e = E.uv_exception(-111, 'connect', '127.0.0.1', 9, ('127.0.0.1', 45677))
    assert e.message == 'connect ECONNREFUSED 127.0.0.1:9 - Local (127.0.0.1:45677)'
    assert (e.localAddress, e.localPort) == ('127.0.0.1', 45677)


def test_listen_eaddrinuse():
    # Node 24: "listen EADDRINUSE: address already in use 127.0.0.1:34875", errno -98; ':::p' for any
    e = E.uv_exception('EADDRINUSE', 'listen', '127.0.0.1', 8080)
    assert e.message == 'listen EADDRINUSE: address already in use 127.0.0.1:8080'
    assert (e.errno, e.address, e.port, type(e).__mro__[-4]) == (-98, '127.0.0.1', 8080, OSError)
    assert E.uv_exception('EADDRINUSE', 'listen', '::', 34875).message == 'listen EADDRINUSE: address already in use :::34875'


def test_stream_errors_and_classes():
    assert E.uv_exception('ECONNRESET', 'read').message == 'read ECONNRESET'
    assert isinstance(E.uv_exception('ECONNRESET', 'read'), ConnectionResetError)
    w = E.uv_exception('EPIPE', 'write')
    assert (w.message, w.errno, isinstance(w, BrokenPipeError)) == ('write EPIPE', -32, True)
    t = E.uv_exception('ETIMEDOUT', 'connect', '10.0.0.1', 80)
    assert isinstance(t, TimeoutError) and t.errno == -110
    a = E.uv_exception('EACCES', 'listen', '0.0.0.0', 80)
    assert a.message == 'listen EACCES: permission denied 0.0.0.0:80' and isinstance(a, PermissionError)


def test_from_oserror_real_refused_connect():
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    port = srv.getsockname()[1]
    srv.close()  # nobody listens there now
    c = socket.socket()
    try:
        with pytest.raises(OSError) as info:
            c.connect(('127.0.0.1', port))
    finally:
        c.close()
    e = E.from_oserror(info.value, 'connect', '127.0.0.1', port)
    assert (e.code, e.errno, e.message) == ('ECONNREFUSED', -111, f'connect ECONNREFUSED 127.0.0.1:{port}')
    assert isinstance(e, ConnectionRefusedError) and e.__cause__ is info.value


def test_from_oserror_real_double_bind():
    a = socket.socket()
    a.bind(('127.0.0.1', 0))
    a.listen()
    port = a.getsockname()[1]
    b = socket.socket()
    try:
        with pytest.raises(OSError) as info:
            b.bind(('127.0.0.1', port))
    finally:
        a.close()
        b.close()
    e = E.from_oserror(info.value, 'listen', '127.0.0.1', port)
    assert e.message == f'listen EADDRINUSE: address already in use 127.0.0.1:{port}'


def test_dns_errors():
    # Node 24: "getaddrinfo ENOTFOUND nosuchhost.invalid", errno -3008, syscall getaddrinfo, hostname
    e = E.dns_exception(socket.EAI_NONAME, 'getaddrinfo', 'nosuchhost.invalid')
    assert (e.code, e.errno, e.syscall, e.hostname, e.message) == (
        'ENOTFOUND', -3008, 'getaddrinfo', 'nosuchhost.invalid', 'getaddrinfo ENOTFOUND nosuchhost.invalid')
    assert isinstance(e, socket.gaierror)
    g = E.dns_exception('EAI_AGAIN', 'getaddrinfo', 'h')
    assert (g.code, g.errno, g.message) == ('EAI_AGAIN', -3001, 'getaddrinfo EAI_AGAIN h')
    f = E.from_oserror(socket.gaierror(socket.EAI_NONAME, 'Name or service not known'), 'getaddrinfo', 'x.invalid')
    assert (f.code, f.message) == ('ENOTFOUND', 'getaddrinfo ENOTFOUND x.invalid')


def test_from_oserror_timeout_without_errno():
    e = E.from_oserror(socket.timeout('timed out'), 'connect', '10.0.0.1', 80)
    assert (e.code, e.errno, e.message) == ('ETIMEDOUT', -110, 'connect ETIMEDOUT 10.0.0.1:80')


def test_js_number():
    cases = {1.0: '1', 1.5: '1.5', 1e21: '1e+21', 1e20: '100000000000000000000', 1e-7: '1e-7',
             1.5e-6: '0.0000015', 123.456: '123.456', 2 ** 53: '9007199254740992',
             2 ** 60: '1152921504606847000', -2.5e-10: '-2.5e-10', 1.7976931348623157e308: '1.7976931348623157e+308'}
    for v, s in cases.items():
        assert E.js_number(v) == s
    assert E.js_number(-0.0) == '-0' and E.js_string(-0.0) == '0'


def test_pickle_round_trip():
    e = pickle.loads(pickle.dumps(E.ERR_HTTP_HEADERS_SENT('set')))
    assert (type(e), e.message) == (E.ERR_HTTP_HEADERS_SENT, 'Cannot set headers after they are sent to the client')
    s = pickle.loads(pickle.dumps(E.uv_exception('ECONNREFUSED', 'connect', '127.0.0.1', 9)))
    assert isinstance(s, ConnectionRefusedError)
    assert (s.message, s.code, s.errno, s.port) == ('connect ECONNREFUSED 127.0.0.1:9', 'ECONNREFUSED', -111, 9)
    d = pickle.loads(pickle.dumps(E.dns_exception('ENOTFOUND', 'getaddrinfo', 'h')))
    assert isinstance(d, socket.gaierror) and (d.message, d.hostname) == ('getaddrinfo ENOTFOUND h', 'h')
    c = pickle.loads(pickle.dumps(E.econnreset()))
    assert isinstance(c, ConnectionResetError) and c.toString() == 'Error: socket hang up'
    assert NodeError(None).message == ''  # new Error(undefined).message


def test_module_is_pure():
    """errors.py imports nothing from the loop (nor socket/threading) at import time:
    load the file alone, outside the package, in a fresh interpreter."""
    import subprocess
    import sys
    code = ('import importlib.util, sys; '
            f'spec = importlib.util.spec_from_file_location("errors_alone", {E.__file__!r}); '
            'm = importlib.util.module_from_spec(spec); before = set(sys.modules); spec.loader.exec_module(m); '
            'print(sorted(set(sys.modules) - before))')
    out = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True, check=True)
    # what an interpreter preloads differs (a venv has not imported `math`
    # yet); the contract is: only these small pure modules, never the loop,
    # sockets or threads
    loaded = set(eval(out.stdout))
    assert loaded <= {'__future__', 'errno', 'math'}, loaded
