"""Shared pieces of node:http (Node: lib/_http_common.js and the validators in
lib/_http_outgoing.js): METHODS, STATUS_CODES, the token and header-value
checks, the incoming header-merging rules used by IncomingMessage on both
the server and the client, and the idle-parser limit.

Everything here is plain data or pure functions; nothing touches the loop.
"""

import re

from nodehttp import errors

__all__ = [
    'METHODS', 'STATUS_CODES', 'maxHeaderSize', 'validateHeaderName',
    'validateHeaderValue', 'setMaxIdleHTTPParsers', 'check_is_http_token',
    'check_invalid_header_char', 'js_str',
]

# http.METHODS: llhttp's method table, sorted (Node 24).
METHODS = [
    'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD',
    'LINK', 'LOCK', 'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL',
    'MOVE', 'NOTIFY', 'OPTIONS', 'PATCH', 'POST', 'PROPFIND', 'PROPPATCH',
    'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT', 'SEARCH', 'SOURCE',
    'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
]

# http.STATUS_CODES, exactly as Node 24 prints them; keys are ints (API.md:
# "object keys that are numbers in Node" are int keys).
STATUS_CODES = {
    100: 'Continue', 101: 'Switching Protocols', 102: 'Processing',
    103: 'Early Hints', 200: 'OK', 201: 'Created', 202: 'Accepted',
    203: 'Non-Authoritative Information', 204: 'No Content',
    205: 'Reset Content', 206: 'Partial Content', 207: 'Multi-Status',
    208: 'Already Reported', 226: 'IM Used', 300: 'Multiple Choices',
    301: 'Moved Permanently', 302: 'Found', 303: 'See Other',
    304: 'Not Modified', 305: 'Use Proxy', 307: 'Temporary Redirect',
    308: 'Permanent Redirect', 400: 'Bad Request', 401: 'Unauthorized',
    402: 'Payment Required', 403: 'Forbidden', 404: 'Not Found',
    405: 'Method Not Allowed', 406: 'Not Acceptable',
    407: 'Proxy Authentication Required', 408: 'Request Timeout',
    409: 'Conflict', 410: 'Gone', 411: 'Length Required',
    412: 'Precondition Failed', 413: 'Payload Too Large',
    414: 'URI Too Long', 415: 'Unsupported Media Type',
    416: 'Range Not Satisfiable', 417: 'Expectation Failed',
    418: "I'm a Teapot", 421: 'Misdirected Request',
    422: 'Unprocessable Entity', 423: 'Locked', 424: 'Failed Dependency',
    425: 'Too Early', 426: 'Upgrade Required', 428: 'Precondition Required',
    429: 'Too Many Requests', 431: 'Request Header Fields Too Large',
    451: 'Unavailable For Legal Reasons', 500: 'Internal Server Error',
    501: 'Not Implemented', 502: 'Bad Gateway', 503: 'Service Unavailable',
    504: 'Gateway Timeout', 505: 'HTTP Version Not Supported',
    506: 'Variant Also Negotiates', 507: 'Insufficient Storage',
    508: 'Loop Detected', 509: 'Bandwidth Limit Exceeded',
    510: 'Not Extended', 511: 'Network Authentication Required',
}

# http.maxHeaderSize: --max-http-header-size default (16 KiB).
maxHeaderSize = 16384

# RFC 9110 §5.6.2 token: 1*tchar.
_token_re = re.compile(r"^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$")
# Field content may hold HTAB, SP, VCHAR and obs-text (0x80-0xff); anything
# else (CR, LF, NUL, other controls, code points above 0xff) is rejected.
_invalid_header_char_re = re.compile('[^\t\x20-\x7e\x80-\xff]')


def check_is_http_token(value):
    """True when `value` is a non-empty RFC 9110 token."""
    return isinstance(value, str) and _token_re.match(value) is not None


def check_invalid_header_char(value):
    """True when the string holds a character not allowed in a field value."""
    return _invalid_header_char_re.search(value) is not None


def js_str(value):
    """String(value) as JS renders the Python counterparts (API.md "Values")."""
    if isinstance(value, str):
        return value
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if value is None:
        return 'undefined'
    if isinstance(value, float):
        if value != value:
            return 'NaN'
        if value in (float('inf'), float('-inf')):
            return 'Infinity' if value > 0 else '-Infinity'
        if value == int(value) and abs(value) < 1e21:
            return str(int(value))
        return repr(value)
    if isinstance(value, (list, tuple)):
        return ','.join('' if v is None else js_str(v) for v in value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return bytes(value).decode('utf-8', 'replace')
    if isinstance(value, dict):
        return '[object Object]'
    return str(value)


_valid_names = set()   # names already checked (bounded below)
_valid_values = set()  # short string values already checked (bounded below)


def validateHeaderName(name, label='Header name'):
    """http.validateHeaderName(name[, label]) -- http.md."""
    if name.__class__ is str and name in _valid_names:
        return
    if not isinstance(name, str) or not name or _token_re.match(name) is None:
        raise errors.ERR_INVALID_HTTP_TOKEN(label, name)
    if len(_valid_names) < 1024:
        _valid_names.add(name)


def validateHeaderValue(name, value):
    """http.validateHeaderValue(name, value) -- http.md."""
    if value is None:
        raise errors.ERR_HTTP_INVALID_HEADER_VALUE(value, name)
    if isinstance(value, (list, tuple)):
        for v in value:
            if v is not None and check_invalid_header_char(js_str(v)):
                raise errors.ERR_INVALID_CHAR('header content', name)
        return
    if value.__class__ is not str:
        value = js_str(value)
    elif value in _valid_values:
        return
    if _invalid_header_char_re.search(value) is not None:
        raise errors.ERR_INVALID_CHAR('header content', name)
    if len(_valid_values) < 512 and len(value) < 256:
        _valid_values.add(value)


# http.setMaxIdleHTTPParsers(max): as Node, the server keeps up to this many
# idle RequestParser objects (server._idle_parsers) for later connections.
max_idle_parsers = 1000


def setMaxIdleHTTPParsers(max):  # noqa: A002 - Node's parameter name
    """http.setMaxIdleHTTPParsers(max) -- http.md."""
    global max_idle_parsers
    if isinstance(max, bool) or not isinstance(max, (int, float)):
        raise errors.ERR_INVALID_ARG_TYPE('max', 'number', max)
    if max != max or max in (float('inf'), float('-inf')) or max != int(max):
        raise errors.ERR_OUT_OF_RANGE('max', 'an integer', max)
    if max < 1 or max > 9007199254740991:
        raise errors.ERR_OUT_OF_RANGE('max', '>= 1 && <= 9007199254740991', max)
    max_idle_parsers = int(max)


# ---------------------------------------------------------------------------
# Incoming header merging (http.md, message.headers): duplicates of these
# fields are dropped (the first one wins) unless joinDuplicateHeaders is set.
DROP_DUPLICATES = frozenset((
    'age', 'authorization', 'content-length', 'content-type', 'etag',
    'expires', 'from', 'host', 'if-modified-since', 'if-unmodified-since',
    'last-modified', 'location', 'max-forwards', 'proxy-authorization',
    'referer', 'retry-after', 'server', 'user-agent',
))


def headers_from_raw(raw, join_duplicates=False, limit=0):
    """message.headers from a flat rawHeaders list (http.md, message.headers):
    duplicates of DROP_DUPLICATES are discarded, set-cookie is a list,
    cookie values are joined with '; ', everything else with ', '.
    `limit` is maxHeadersCount (0: none): only the first `limit` pairs count."""
    headers = {}
    n = len(raw)
    if limit and n > limit * 2:
        n = limit * 2
    for i in range(0, n, 2):
        key = raw[i].lower()
        value = raw[i + 1]
        if key not in headers:
            headers[key] = [value] if key == 'set-cookie' else value
        elif key == 'set-cookie':
            headers[key].append(value)
        elif key == 'cookie':
            headers[key] += '; ' + value
        elif join_duplicates or key not in DROP_DUPLICATES:
            headers[key] += ', ' + value
    return headers


def headers_distinct_from_raw(raw, limit=0):
    """message.headersDistinct: every value of every field, as a list."""
    out = {}
    n = len(raw)
    if limit and n > limit * 2:
        n = limit * 2
    for i in range(0, n, 2):
        key = raw[i].lower()
        lst = out.get(key)
        if lst is None:
            out[key] = [raw[i + 1]]
        else:
            lst.append(raw[i + 1])
    return out
