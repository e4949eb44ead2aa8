"""http.md: http.METHODS, http.STATUS_CODES, http.maxHeaderSize,
http.validateHeaderName, http.validateHeaderValue, http.setMaxIdleHTTPParsers.
Expected values were printed by Node 24.19."""

import pytest

from nodehttp.http import common
from nodehttp.http.common import (
    METHODS, STATUS_CODES, setMaxIdleHTTPParsers, validateHeaderName,
    validateHeaderValue,
)


def raises(fn):
    with pytest.raises(Exception) as info:
        fn()
    e = info.value
    return (e.code, e.name, e.message)


@pytest.mark.spec("http.md", "http.METHODS")
def test_methods_list_matches_node():
    assert METHODS == [
        'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD',
        'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL',
        'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
        'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
        'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE']
    assert METHODS == sorted(METHODS)


@pytest.mark.spec("http.md", "http.STATUS_CODES")
def test_status_codes():
    """"A collection of all the standard HTTP response status codes, and the
    short description of each." -- keys are ints (API.md)."""
    assert STATUS_CODES[404] == 'Not Found'
    assert STATUS_CODES[418] == "I'm a Teapot"
    assert STATUS_CODES[103] == 'Early Hints'
    assert STATUS_CODES[509] == 'Bandwidth Limit Exceeded'
    assert len(STATUS_CODES) == 63
    assert sorted(STATUS_CODES) == list(STATUS_CODES)


@pytest.mark.spec("http.md", "http.maxHeaderSize")
def test_max_header_size_default():
    assert common.maxHeaderSize == 16384


@pytest.mark.spec("http.md", "http.validateHeaderName(name[, label])")
@pytest.mark.parametrize('name,label,expected', [
    ('', None, ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Header name must be a valid HTTP token [""]')),
    (None, None, ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Header name must be a valid HTTP token ["undefined"]')),
    ('a b', 'Label', ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Label must be a valid HTTP token ["a b"]')),
    (5, None, ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Header name must be a valid HTTP token ["5"]')),
    ('x:y', None, ('ERR_INVALID_HTTP_TOKEN', 'TypeError', 'Header name must be a valid HTTP token ["x:y"]')),
])
def test_validate_header_name_errors(name, label, expected):
    if label is None:
        got = raises(lambda: validateHeaderName(name))
    else:
        got = raises(lambda: validateHeaderName(name, label))
    assert got == expected
    with pytest.raises(TypeError):
        validateHeaderName('')


@pytest.mark.spec("http.md", "http.validateHeaderName(name[, label])")
def test_validate_header_name_accepts_tokens():
    for name in ('Content-Type', 'x-a', "!#$%&'*+-.^_`|~09azAZ"):
        assert validateHeaderName(name) is None


@pytest.mark.spec("http.md", "http.validateHeaderValue(name, value)")
def test_validate_header_value_documented_examples():
    assert raises(lambda: validateHeaderValue('x-my-header', None)) == (
        'ERR_HTTP_INVALID_HEADER_VALUE', 'TypeError', 'Invalid value "undefined" for header "x-my-header"')
    assert raises(lambda: validateHeaderValue('x-my-header', 'oʊmɪɡə')) == (
        'ERR_INVALID_CHAR', 'TypeError', 'Invalid character in header content ["x-my-header"]')


@pytest.mark.spec("http.md", "http.validateHeaderValue(name, value)")
def test_validate_header_value_rules():
    assert raises(lambda: validateHeaderValue('x', 'a\r\nb')) == (
        'ERR_INVALID_CHAR', 'TypeError', 'Invalid character in header content ["x"]')
    assert raises(lambda: validateHeaderValue('x', ['a', 'b\n'])) == (
        'ERR_INVALID_CHAR', 'TypeError', 'Invalid character in header content ["x"]')
    # HTAB, SP, VCHAR and obs-text (up to 0xff) are fine; numbers too.
    assert validateHeaderValue('x', 'ok\tvalue \xff') is None
    assert validateHeaderValue('x', 5) is None
    assert validateHeaderValue('x', ['a', 'b']) is None


@pytest.mark.spec("http.md", "http.setMaxIdleHTTPParsers(max)")
def test_set_max_idle_http_parsers():
    setMaxIdleHTTPParsers(1000)
    assert common.max_idle_parsers == 1000
    assert raises(lambda: setMaxIdleHTTPParsers('a')) == (
        'ERR_INVALID_ARG_TYPE', 'TypeError',
        'The "max" argument must be of type number. Received type string (\'a\')')
    assert raises(lambda: setMaxIdleHTTPParsers(1.5)) == (
        'ERR_OUT_OF_RANGE', 'RangeError',
        'The value of "max" is out of range. It must be an integer. Received 1.5')
    assert raises(lambda: setMaxIdleHTTPParsers(0)) == (
        'ERR_OUT_OF_RANGE', 'RangeError',
        'The value of "max" is out of range. It must be >= 1 && <= 9007199254740991. Received 0')
    setMaxIdleHTTPParsers(5)
    assert common.max_idle_parsers == 5
    setMaxIdleHTTPParsers(1000)


def test_headers_from_raw_duplicate_rules():
    """http.md message.headers: duplicates of some fields are discarded,
    set-cookie is always an array, cookie joined with '; ', others ', '."""
    raw = ['Host', 'a', 'Host', 'b', 'Cookie', 'c=1', 'Cookie', 'd=2', 'Set-Cookie', 's1',
           'set-cookie', 's2', 'X-Y', '1', 'x-y', '2', 'Content-Type', 't1',
           'Authorization', 'one', 'Authorization', 'two', 'Connection', 'close']
    # Node 24 output (differential scenario server_request_duplicate_headers)
    assert common.headers_from_raw(raw) == {
        'host': 'a', 'cookie': 'c=1; d=2', 'set-cookie': ['s1', 's2'], 'x-y': '1, 2',
        'content-type': 't1', 'authorization': 'one', 'connection': 'close'}
    assert common.headers_from_raw(raw, True) == {
        'host': 'a, b', 'cookie': 'c=1; d=2', 'set-cookie': ['s1', 's2'], 'x-y': '1, 2',
        'content-type': 't1', 'authorization': 'one, two', 'connection': 'close'}
    assert common.headers_distinct_from_raw(raw) == {
        'host': ['a', 'b'], 'cookie': ['c=1', 'd=2'], 'set-cookie': ['s1', 's2'],
        'x-y': ['1', '2'], 'content-type': ['t1'], 'authorization': ['one', 'two'],
        'connection': ['close']}
