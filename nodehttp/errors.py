"""Node's error registry: ``ERR_*`` classes, system errors, message rendering.

Mirrors node ``lib/internal/errors.js`` (behaviour, not code): one class per
code, named as the code, with Node's base class mapped onto Python's
(``Error`` -> :class:`NodeError`, ``TypeError`` -> :class:`NodeTypeError`,
``RangeError`` -> :class:`NodeRangeError`). Positional arguments fill the
message template with ``util.format`` rules; "function" templates compute the
text from the arguments as Node's do::

    >>> str(ERR_HTTP_HEADERS_SENT('set'))
    'Cannot set headers after they are sent to the client'
    >>> ERR_INVALID_ARG_TYPE('name', 'string', 5).message
    'The "name" argument must be of type string. Received type number (5)'

System errors (``connect ECONNREFUSED 127.0.0.1:9``) come from
:func:`uv_exception` / :func:`from_oserror` / :func:`dns_exception` and are
instances of both :class:`UVException` and the matching Python ``OSError``
subclass. Python values are rendered as their JS counterparts
(``docs: shared/API.md`` "Errors"): see :func:`specific_type` and
:func:`inspect`.

Pure module: imports nothing from the loop; only ``errno`` and ``math`` at import.
"""

from __future__ import annotations

import errno as _errno
import math as _math

__all__ = [
    'NodeError', 'NodeTypeError', 'NodeRangeError', 'UVException', 'AbortError',
    'NghttpError', 'uv_exception', 'from_oserror', 'dns_exception', 'coded_error',
    'econnreset', 'epipe_ended', 'specific_type', 'received', 'inspect',
    'format', 'js_string', 'js_number', 'CODES', 'UV_ERRORS',
]


# ---------------------------------------------------------------------------
# Rendering Python values the way JS renders their counterparts
# ---------------------------------------------------------------------------

_BYTES_TYPES = (bytes, bytearray, memoryview)


def js_number(x, *, minus_zero: bool = True) -> str:
    """``String(x)`` for a JS number (``-0`` kept when *minus_zero*, as inspect/format do)."""
    if isinstance(x, bool):
        return 'true' if x else 'false'
    if isinstance(x, int):
        if -(1 << 53) <= x <= (1 << 53):
            return str(x)
        try:
            x = float(x)
        except OverflowError:
            return 'Infinity' if x > 0 else '-Infinity'
    x = float(x)
    if x != x:
        return 'NaN'
    if x in (_math.inf, -_math.inf):
        return 'Infinity' if x > 0 else '-Infinity'
    if x == 0:
        return '-0' if (minus_zero and _math.copysign(1.0, x) < 0) else '0'
    sign = '-' if x < 0 else ''
    r = repr(abs(x))  # shortest round-trip digits, like JS
    if 'e' in r:
        mant, exp = r.split('e')
        exp = int(exp)
    else:
        mant, exp = r, 0
    if '.' in mant:
        ip, fp = mant.split('.')
    else:
        ip, fp = mant, ''
    digits = ip + fp
    n = len(ip) + exp  # value = 0.<digits> * 10**n
    stripped = digits.lstrip('0')
    n -= len(digits) - len(stripped)
    digits = stripped.rstrip('0') or '0'
    k = len(digits)
    # ECMAScript Number::toString
    if k <= n <= 21:
        s = digits + '0' * (n - k)
    elif 0 < n <= 21:
        s = digits[:n] + '.' + digits[n:]
    elif -6 < n <= 0:
        s = '0.' + '0' * (-n) + digits
    else:
        e = n - 1
        es = ('+' if e >= 0 else '-') + str(abs(e))
        s = (digits if k == 1 else digits[0] + '.' + digits[1:]) + 'e' + es
    return sign + s


def _is_number(v) -> bool:
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _func_name(fn) -> str:
    name = getattr(fn, '__name__', '') or ''
    return '' if name == '<lambda>' else name


def _js_class_name(value) -> str:
    """The JS constructor name of a Python value's counterpart."""
    if isinstance(value, (list, tuple)):
        return 'Array'
    if isinstance(value, dict):
        return 'Object'
    if isinstance(value, _BYTES_TYPES):
        return 'Buffer'
    if isinstance(value, (set, frozenset)):
        return 'Set'
    if isinstance(value, NodeError):
        return value.name
    return type(value).__name__


def _err_message(e):
    """``error.message`` of a JS error or any Python exception (None if not an error)."""
    if isinstance(e, NodeError):
        return e.message
    if isinstance(e, BaseException):
        m = getattr(e, 'message', None)
        return m if isinstance(m, str) else str(e)
    return None


def specific_type(value) -> str:
    """Node's ``determineSpecificType``: ``type number (5)``, ``an instance of Array``..."""
    if value is None:
        return 'undefined'
    if isinstance(value, bool):
        return 'type boolean (true)' if value else 'type boolean (false)'
    if _is_number(value):
        return f'type number ({js_number(value)})'
    if isinstance(value, str):
        if len(value) > 28:
            value = value[:25] + '...'
        if "'" not in value:
            return f"type string ('{value}')"
        return f'type string ({_json_str(value)})'
    if isinstance(value, type) or (callable(value) and not isinstance(value, BaseException)
                                   and hasattr(value, '__name__')):
        return f'function {_func_name(value)}'
    return f'an instance of {_js_class_name(value)}'


def received(value) -> str:
    """The ``Received ...`` tail of Node's messages for *value*."""
    return 'Received ' + specific_type(value)


def _json_str(s: str) -> str:
    out = ['"']
    for ch in s:
        o = ord(ch)
        if ch == '"':
            out.append('\\"')
        elif ch == '\\':
            out.append('\\\\')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\r':
            out.append('\\r')
        elif ch == '\t':
            out.append('\\t')
        elif ch == '\b':
            out.append('\\b')
        elif ch == '\f':
            out.append('\\f')
        elif o < 0x20:
            out.append('\\u%04x' % o)
        else:
            out.append(ch)
    out.append('"')
    return ''.join(out)


_META = {'\n': '\\n', '\t': '\\t', '\r': '\\r', '\b': '\\b', '\f': '\\f', '\v': '\\x0B', '\\': '\\\\'}


def _str_escape(s: str) -> str:
    """util.inspect's string quoting: '...' unless that needs escapes."""
    quote = "'"
    if "'" in s:
        if '"' not in s:
            quote = '"'
        elif '`' not in s and '${' not in s:
            quote = '`'
    out = [quote]
    for ch in s:
        if ch == quote:
            out.append('\\' + ch)
        elif ch in _META:
            out.append(_META[ch])
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\x%02X' % ord(ch))
        else:
            out.append(ch)
    out.append(quote)
    return ''.join(out)


def _is_identifier(k: str) -> bool:
    if not k or not (k[0].isascii() and (k[0].isalpha() or k[0] in '_$')):
        return False
    return all(c.isascii() and (c.isalnum() or c in '_$') for c in k)


_BREAK = 80


def inspect(value, depth: int = 2) -> str:
    """``util.inspect(value)`` for the JS counterpart of a Python value (no colors).

    Covers what error messages need: primitives, arrays (list/tuple), plain
    objects (dict), Buffers (bytes), Sets, errors, functions, class instances.
    DEVIATION: arrays of more than 6 items are not grouped into columns.
    """
    ctx = {'depth': 0}
    return _inspect(value, depth, 0, ctx, [])


def _inspect(v, depth, level, ctx, seen) -> str:
    if v is None:
        return 'undefined'
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if _is_number(v):
        return js_number(v)
    if isinstance(v, str):
        return _str_escape(v)
    if isinstance(v, _BYTES_TYPES):
        b = bytes(v)
        s = ' '.join('%02x' % c for c in b[:50])
        more = f' ... {len(b) - 50} more byte{"s" if len(b) - 50 > 1 else ""}' if len(b) > 50 else ''
        return f'<Buffer {s}{more}>'
    if isinstance(v, BaseException):
        name = v.name if isinstance(v, NodeError) else type(v).__name__
        msg = _err_message(v)
        code = getattr(v, 'code', None)
        head = f'{name} [{code}]' if isinstance(v, NodeError) and v._code_in_string and code else name
        return f'[{head}: {msg}]' if msg else f'[{head}]'
    if isinstance(v, type):
        return f'[class {v.__name__}]'
    if callable(v) and hasattr(v, '__name__') and not isinstance(v, (list, dict, tuple)):
        name = _func_name(v)
        return f'[Function: {name}]' if name else '[Function (anonymous)]'
    if any(v is s for s in seen):
        return '[Circular *1]'
    if isinstance(v, (list, tuple)):
        if not v:
            return '[]'
        if level > depth:
            return '[Array]'
        ctx['depth'] = level
        items = [_inspect(x, depth, level + 1, ctx, seen + [v]) for x in v[:100]]
        if len(v) > 100:
            rest = len(v) - 100
            items.append(f'... {rest} more item{"s" if rest > 1 else ""}')
        if len(items) > 6:
            items = _group_array(items, level, v, len(v) > 100)
        return _reduce(items, '', '[', ']', level, ctx, grouped=len(items) != min(len(v), 100) + (len(v) > 100))
    if isinstance(v, (set, frozenset)):
        if not v:
            return 'Set(0) {}'
        if level > depth:
            return '[Set]'
        ctx['depth'] = level
        items = [_inspect(x, depth, level + 1, ctx, seen + [v]) for x in v]
        return _reduce(items, '', f'Set({len(v)}) {{', '}', level, ctx)
    if isinstance(v, dict):
        prefix = ''
        entries = [(k, x) for k, x in v.items() if isinstance(k, str)]
    else:
        prefix = type(v).__name__ + ' '
        attrs = getattr(v, '__dict__', None) or {}
        entries = [(k, x) for k, x in attrs.items() if not k.startswith('_')]
    if not entries:
        return prefix + '{}'
    if level > depth:
        return '[Object]' if not prefix else f'[{prefix.strip()}]'
    ctx['depth'] = level
    items = []
    for k, x in entries:
        key = k if _is_identifier(k) else _str_escape(k)
        items.append(f'{key}: {_inspect(x, depth, level + 1, ctx, seen + [v])}')
    return _reduce(items, prefix, '{', '}', level, ctx)


def _reduce(items, prefix, open_, close, level, ctx, grouped=False) -> str:
    # util.inspect's reduceToSingleString with compact=3, breakLength=80:
    # one line when the object holds at most 3 inner levels, fits, and has no newline.
    if not grouped and ctx['depth'] - level < 3:
        start = len(items) + level * 2 + len(open_) + len(prefix) + 10
        total = len(items) + start + sum(len(i) for i in items)
        if total <= _BREAK and not any('\n' in i for i in items):
            return f'{prefix}{open_} {", ".join(items)} {close}'
    ind = '  ' * level
    body = (',\n' + ind + '  ').join(items)
    return f'{prefix}{open_}\n{ind}  {body}\n{ind}{close}'


def _group_array(items, level, value, has_more):
    """util.inspect's groupArrayElements: lay out > 6 short entries in columns."""
    n = len(items) - 1 if has_more else len(items)
    sep = 2
    lens = [len(i) for i in items[:n]]
    total = sum(lens) + sep * n
    max_len = max(lens)
    actual_max = max_len + sep
    indent = level * 2
    if not (actual_max * 3 + indent < _BREAK and (total / actual_max > 5 or max_len <= 6)):
        return items
    bias = _math.sqrt(actual_max - total / len(items))
    biased_max = max(actual_max - 3 - bias, 1)
    columns = min(round(_math.sqrt(2.5 * biased_max * n) / biased_max),
                  (_BREAK - indent) // actual_max, 3 * 4, 15)
    if columns <= 1:
        return items
    widths = []
    for c in range(columns):
        widths.append(max((lens[j] for j in range(c, n, columns)), default=0) + sep)
    numeric = all(_is_number(x) for x in value[:n])
    out = []
    for i in range(0, n, columns):
        last = min(i + columns, n)
        row = ''
        for j in range(i, last - 1):
            cell = items[j] + ', '
            row += cell.rjust(widths[j - i]) if numeric else cell.ljust(widths[j - i])
        j = last - 1
        row += items[j].rjust(widths[j - i] - sep) if numeric else items[j]
        out.append(row)
    if has_more:
        out.append(items[-1])
    return out


def js_string(v) -> str:
    """``String(v)`` for the JS counterpart of *v*."""
    if v is None:
        return 'undefined'
    if isinstance(v, str):
        return v
    if isinstance(v, bool):
        return 'true' if v else 'false'
    if _is_number(v):
        return js_number(v, minus_zero=False)
    if isinstance(v, (list, tuple)):
        return ','.join('' if x is None else js_string(x) for x in v)
    if isinstance(v, dict):
        return '[object Object]'
    if isinstance(v, NodeError):
        return v.toString()
    if isinstance(v, BaseException):
        m = _err_message(v)
        return f'{type(v).__name__}: {m}' if m else type(v).__name__
    if isinstance(v, _BYTES_TYPES):
        return bytes(v).decode('utf-8', 'replace')
    return str(v)


def _parse_number(v):
    """``Number(v)`` as a float or int (NaN when not numeric)."""
    if isinstance(v, bool):
        return int(v)
    if _is_number(v):
        return v
    if v is None:
        return _math.nan
    if isinstance(v, str):
        s = v.strip()
        if not s:
            return 0
        try:
            return int(s, 0) if s[:2].lower() in ('0x', '0o', '0b') else float(s)
        except ValueError:
            if s in ('Infinity', '+Infinity'):
                return _math.inf
            if s == '-Infinity':
                return -_math.inf
            return _math.nan
    return _math.nan


def _parse_prefix(s: str, integer: bool):
    """``parseInt``/``parseFloat`` of a string: the longest numeric prefix."""
    import re
    s = s.lstrip()
    m = re.match(r'[+-]?\d+' if integer else r'[+-]?(Infinity|(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)', s)
    if not m:
        return _math.nan
    t = m.group(0)
    if integer:
        return int(t)
    return float(t.replace('Infinity', 'inf'))


def format(template: str, *args) -> str:
    """``util.format(template, ...args)`` for Python values."""
    if not args:
        return template  # Node returns a lone format string untouched ('100%%')
    out = []
    i = 0
    a = 0
    n = len(template)
    while i < n:
        ch = template[i]
        if ch == '%' and i + 1 < n:
            f = template[i + 1]
            if f == '%':
                out.append('%')
                i += 2
                continue
            if f in 'sdifjoOc' and a < len(args):
                v = args[a]
                a += 1
                if f == 's':
                    if isinstance(v, str):
                        out.append(v)
                    elif _is_number(v):
                        out.append(js_number(v))
                    elif isinstance(v, BaseException):
                        out.append(js_string(v))
                    elif v is None or isinstance(v, bool):
                        out.append(js_string(v))
                    else:
                        out.append(inspect(v, depth=0))
                elif f == 'd':
                    num = v if _is_number(v) else _parse_number(v) if isinstance(v, (str, bool)) or v is None else _math.nan
                    out.append(js_number(num))
                elif f == 'i':
                    if _is_number(v):
                        num = int(v) if _math.isfinite(v) else _math.nan
                    else:
                        num = _parse_prefix(js_string(v), True)
                    out.append(js_number(num))
                elif f == 'f':
                    num = v if _is_number(v) else _parse_prefix(js_string(v), False)
                    out.append(js_number(num))
                elif f == 'j':
                    import json
                    out.append('undefined' if v is None else json.dumps(v, separators=(',', ':'), ensure_ascii=False))
                elif f in 'oO':
                    out.append(inspect(v))
                # %c consumes its argument and prints nothing
                i += 2
                continue
        out.append(ch)
        i += 1
    for v in args[a:]:
        out.append(' ')
        out.append(v if isinstance(v, str) else inspect(v))
    return ''.join(out)


def _count_placeholders(template: str) -> int:
    count = 0
    i = 0
    while i < len(template) - 1:
        if template[i] == '%':
            if template[i + 1] in 'sdifjoOc':
                count += 1
            i += 2
        else:
            i += 1
    return count


# ---------------------------------------------------------------------------
# Base classes
# ---------------------------------------------------------------------------

class NodeError(Exception):
    """JS ``Error``: ``.message``, ``.name``, ``.code``; ``str(e) == e.message``."""

    name = 'Error'
    code = None
    _code_in_string = False  # registered ERR_* classes print as 'Name [CODE]: msg'

    def __init__(self, message='', code=None, **props):
        message = '' if message is None else js_string(message)  # new Error(undefined)
        Exception.__init__(self, message)
        self.message = message
        if code is not None:
            self.code = code
        for k, v in props.items():
            setattr(self, k, v)

    def __str__(self):
        return self.message

    def toString(self) -> str:
        """``Error.prototype.toString`` (with ``[code]`` for Node's ``ERR_*`` classes)."""
        name = self.name
        if self._code_in_string and self.code:
            name = f'{name} [{self.code}]'
        return f'{name}: {self.message}' if self.message else name

    def __reduce__(self):
        return (_rebuild, (type(self), self.message, dict(self.__dict__)))


def _rebuild(cls, message, state):
    err = cls.__new__(cls, message)
    err.args = (message,)
    err.__dict__.update(state)
    return err


class NodeTypeError(NodeError, TypeError):
    """JS ``TypeError``."""

    name = 'TypeError'


class NodeRangeError(NodeError, ValueError):
    """JS ``RangeError``."""

    name = 'RangeError'


class _Coded:
    """Mixin for the registered ``ERR_*`` classes: build the message from the args."""

    _template = ''
    _code_in_string = True

    def __init__(self, *args):
        msg = self._message(*args)
        NodeError.__init__(self, msg)

    def _message(self, *args):
        t = self._template
        want = _count_placeholders(t)
        if len(args) != want:
            raise TypeError(f'Code: {self.code}; The provided arguments length ({len(args)}) '
                            f'does not match the required ones ({want}).')
        return format(t, *args) if want else t


_BASES = {'Error': NodeError, 'TypeError': NodeTypeError, 'RangeError': NodeRangeError}

CODES: dict = {}
"""code -> class, for every registered ``ERR_*`` code."""


def _register(code, base, template='', message=None, range_variant=False):
    ns = {'code': code, '_template': template, '__module__': __name__,
          '__qualname__': code, '__doc__': f'Node ``{code}`` ({base}).'}
    if message is not None:
        ns['_message'] = message
    cls = type(code, (_Coded, _BASES[base]), ns)
    if range_variant:
        rv = type(code, (_Coded, NodeRangeError), dict(ns))
        cls.RangeError = rv
    CODES[code] = cls
    globals()[code] = cls
    return cls


# ---------------------------------------------------------------------------
# The registry (templates checked against Node 24: see tests/unit/test_errors.py)
# ---------------------------------------------------------------------------

# (code, JS class, util.format template[, has a RangeError variant])
_STRING_TEMPLATES = [
    ('ERR_EVENT_RECURSION', 'Error', 'The event "%s" is already being dispatched'),
    ('ERR_HTTP2_ALTSVC_INVALID_ORIGIN', 'TypeError', 'HTTP/2 ALTSVC frames require a valid origin'),
    ('ERR_HTTP2_ALTSVC_LENGTH', 'TypeError', 'HTTP/2 ALTSVC frames are limited to 16382 bytes'),
    ('ERR_HTTP2_CONNECT_AUTHORITY', 'Error', ':authority header is required for CONNECT requests'),
    ('ERR_HTTP2_CONNECT_PATH', 'Error', 'The :path header is forbidden for CONNECT requests'),
    ('ERR_HTTP2_CONNECT_SCHEME', 'Error', 'The :scheme header is forbidden for CONNECT requests'),
    ('ERR_HTTP2_GOAWAY_SESSION', 'Error', 'New streams cannot be created after receiving a GOAWAY'),
    ('ERR_HTTP2_HEADERS_AFTER_RESPOND', 'Error', 'Cannot specify additional headers after response initiated'),
    ('ERR_HTTP2_HEADERS_SENT', 'Error', 'Response has already been initiated.'),
    ('ERR_HTTP2_HEADER_SINGLE_VALUE', 'TypeError', 'Header field "%s" must only have a single value'),
    ('ERR_HTTP2_INFO_STATUS_NOT_ALLOWED', 'RangeError', 'Informational status codes cannot be used'),
    ('ERR_HTTP2_INVALID_CONNECTION_HEADERS', 'TypeError', 'HTTP/1 Connection specific headers are forbidden: "%s"'),
    ('ERR_HTTP2_INVALID_HEADER_VALUE', 'TypeError', 'Invalid value "%s" for header "%s"'),
    ('ERR_HTTP2_INVALID_INFO_STATUS', 'RangeError', 'Invalid informational status code: %s'),
    ('ERR_HTTP2_INVALID_ORIGIN', 'TypeError', 'HTTP/2 ORIGIN frames require a valid origin'),
    ('ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH', 'RangeError', 'Packed settings length must be a multiple of six'),
    ('ERR_HTTP2_INVALID_PSEUDOHEADER', 'TypeError', '"%s" is an invalid pseudoheader or is used incorrectly'),
    ('ERR_HTTP2_INVALID_SESSION', 'Error', 'The session has been destroyed'),
    ('ERR_HTTP2_INVALID_STREAM', 'Error', 'The stream has been destroyed'),
    ('ERR_HTTP2_MAX_PENDING_SETTINGS_ACK', 'Error', 'Maximum number of pending settings acknowledgements'),
    ('ERR_HTTP2_NESTED_PUSH', 'Error', 'A push stream cannot initiate another push stream.'),
    ('ERR_HTTP2_NO_MEM', 'Error', 'Out of memory'),
    ('ERR_HTTP2_NO_SOCKET_MANIPULATION', 'Error', 'HTTP/2 sockets should not be directly manipulated (e.g. read and written)'),
    ('ERR_HTTP2_ORIGIN_LENGTH', 'TypeError', 'HTTP/2 ORIGIN frames are limited to 16382 bytes'),
    ('ERR_HTTP2_OUT_OF_STREAMS', 'Error', 'No stream ID is available because maximum stream ID has been reached'),
    ('ERR_HTTP2_PAYLOAD_FORBIDDEN', 'Error', 'Responses with %s status must not have a payload'),
    ('ERR_HTTP2_PING_CANCEL', 'Error', 'HTTP2 ping cancelled'),
    ('ERR_HTTP2_PING_LENGTH', 'RangeError', 'HTTP2 ping payload must be 8 bytes'),
    ('ERR_HTTP2_PSEUDOHEADER_NOT_ALLOWED', 'TypeError', 'Cannot set HTTP/2 pseudo-headers'),
    ('ERR_HTTP2_PUSH_DISABLED', 'Error', 'HTTP/2 client has disabled push streams'),
    ('ERR_HTTP2_SEND_FILE', 'Error', 'Directories cannot be sent'),
    ('ERR_HTTP2_SEND_FILE_NOSEEK', 'Error', 'Offset or length can only be specified for regular files'),
    ('ERR_HTTP2_SESSION_ERROR', 'Error', 'Session closed with error code %s'),
    ('ERR_HTTP2_SETTINGS_CANCEL', 'Error', 'HTTP2 session settings canceled'),
    ('ERR_HTTP2_SOCKET_BOUND', 'Error', 'The socket is already bound to an Http2Session'),
    ('ERR_HTTP2_SOCKET_UNBOUND', 'Error', 'The socket has been disconnected from the Http2Session'),
    ('ERR_HTTP2_STATUS_101', 'Error', 'HTTP status code 101 (Switching Protocols) is forbidden in HTTP/2'),
    ('ERR_HTTP2_STATUS_INVALID', 'RangeError', 'Invalid status code: %s'),
    ('ERR_HTTP2_STREAM_ERROR', 'Error', 'Stream closed with error code %s'),
    ('ERR_HTTP2_STREAM_SELF_DEPENDENCY', 'Error', 'A stream cannot depend on itself'),
    ('ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS', 'Error', 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS'),
    ('ERR_HTTP2_TOO_MANY_INVALID_FRAMES', 'Error', 'Too many invalid HTTP/2 frames'),
    ('ERR_HTTP2_TRAILERS_ALREADY_SENT', 'Error', 'Trailing headers have already been sent'),
    ('ERR_HTTP2_TRAILERS_NOT_READY', 'Error', 'Trailing headers cannot be sent until after the wantTrailers event is emitted'),
    ('ERR_HTTP2_UNSUPPORTED_PROTOCOL', 'Error', 'protocol "%s" is unsupported.'),
    ('ERR_HTTP_BODY_NOT_ALLOWED', 'Error', 'Adding content for this request method or response status is not allowed.'),
    ('ERR_HTTP_CONTENT_LENGTH_MISMATCH', 'Error', "Response body's content-length of %s byte(s) does not match the content-length of %s byte(s) set in header"),
    ('ERR_HTTP_HEADERS_SENT', 'Error', 'Cannot %s headers after they are sent to the client'),
    ('ERR_HTTP_INVALID_HEADER_VALUE', 'TypeError', 'Invalid value "%s" for header "%s"'),
    ('ERR_HTTP_INVALID_STATUS_CODE', 'RangeError', 'Invalid status code: %s'),
    ('ERR_HTTP_REQUEST_TIMEOUT', 'Error', 'Request timeout'),
    ('ERR_HTTP_SOCKET_ASSIGNED', 'Error', 'ServerResponse has an already assigned socket'),
    ('ERR_HTTP_SOCKET_ENCODING', 'Error', 'Changing the socket encoding is not allowed per RFC7230 Section 3.'),
    ('ERR_HTTP_TRAILER_INVALID', 'Error', 'Trailers are invalid with this transfer encoding'),
    ('ERR_ILLEGAL_CONSTRUCTOR', 'TypeError', 'Illegal constructor'),
    ('ERR_INVALID_FD_TYPE', 'TypeError', 'Unsupported fd type: %s'),
    ('ERR_INVALID_HANDLE_TYPE', 'TypeError', 'This handle type cannot be sent'),
    ('ERR_INVALID_HTTP_TOKEN', 'TypeError', '%s must be a valid HTTP token ["%s"]'),
    ('ERR_INVALID_IP_ADDRESS', 'TypeError', 'Invalid IP address: %s'),
    ('ERR_INVALID_PROTOCOL', 'TypeError', 'Protocol "%s" not supported. Expected "%s"'),
    ('ERR_INVALID_THIS', 'TypeError', 'Value of "this" must be of type %s'),
    ('ERR_METHOD_NOT_IMPLEMENTED', 'Error', 'The %s method is not implemented'),
    ('ERR_MULTIPLE_CALLBACK', 'Error', 'Callback called multiple times'),
    ('ERR_PROXY_INVALID_CONFIG', 'Error', '%s'),
    ('ERR_PROXY_TUNNEL', 'Error', '%s'),
    ('ERR_SERVER_ALREADY_LISTEN', 'Error', 'Listen method has been called more than once without closing.'),
    ('ERR_SERVER_NOT_RUNNING', 'Error', 'Server is not running.'),
    ('ERR_SOCKET_CLOSED', 'Error', 'Socket is closed'),
    ('ERR_SOCKET_CLOSED_BEFORE_CONNECTION', 'Error', 'Socket closed before the connection was established'),
    ('ERR_SOCKET_CONNECTION_TIMEOUT', 'Error', 'Socket connection timeout'),
    ('ERR_STREAM_ALREADY_FINISHED', 'Error', 'Cannot call %s after a stream was finished'),
    ('ERR_STREAM_CANNOT_PIPE', 'Error', 'Cannot pipe, not readable'),
    ('ERR_STREAM_DESTROYED', 'Error', 'Cannot call %s after a stream was destroyed'),
    ('ERR_STREAM_NULL_VALUES', 'TypeError', 'May not write null values to stream'),
    ('ERR_STREAM_PREMATURE_CLOSE', 'Error', 'Premature close'),
    ('ERR_STREAM_PUSH_AFTER_EOF', 'Error', 'stream.push() after EOF'),
    ('ERR_STREAM_UNSHIFT_AFTER_END_EVENT', 'Error', 'stream.unshift() after end event'),
    ('ERR_STREAM_WRITE_AFTER_END', 'Error', 'write after end'),
    ('ERR_UNESCAPED_CHARACTERS', 'TypeError', '%s contains unescaped characters'),
    ('ERR_UNKNOWN_ENCODING', 'TypeError', 'Unknown encoding: %s'),
    ('ERR_UNKNOWN_SIGNAL', 'TypeError', 'Unknown signal: %s'),
    # defined in errors.js, named in spec/errors.md but not raised by the scanned modules
    ('ERR_INVALID_FD', 'RangeError', '"fd" must be a positive integer: %s'),
    ('ERR_MISSING_OPTION', 'TypeError', '%s is required'),
    ('ERR_SOCKET_ALREADY_BOUND', 'Error', 'Socket is already bound'),
    ('ERR_SOCKET_BAD_BUFFER_SIZE', 'TypeError', 'Buffer size must be a positive integer'),
    ('ERR_SOCKET_BAD_TYPE', 'TypeError', 'Bad socket type specified. Valid types are: udp4, udp6'),
    ('ERR_STREAM_WRAP', 'Error', 'Stream has StringDecoder set or is in objectMode'),
]

for _row in _STRING_TEMPLATES:
    _register(*_row)
del _row


# --- function templates ----------------------------------------------------

# Names that Node treats as primitive types in ERR_INVALID_ARG_TYPE's "expected".
_TYPE_NAMES = ('string', 'function', 'number', 'object', 'Function', 'Object',
               'boolean', 'bigint', 'symbol')


def _is_class_name(s: str) -> bool:
    # "Buffer", "Uint8Array", "AbortSignal": capitalised words, letters and digits
    if not s or not s[0].isupper():
        return False
    i = 0
    while i < len(s):
        if not ('A' <= s[i] <= 'Z'):
            return False
        i += 1
        while i < len(s) and ('a' <= s[i] <= 'z' or '0' <= s[i] <= '9'):
            i += 1
    return True


def _one_of(items, single, pair, many) -> str:
    if len(items) > 2:
        return many + ', '.join(items[:-1]) + ', or ' + items[-1]
    if len(items) == 2:
        return pair + items[0] + ' or ' + items[1]
    return single + items[0]


def _arg_type_message(self, name, expected, actual):
    if name.endswith(' argument'):
        msg = f'The {name} must be '
    else:
        kind = 'property' if '.' in name else 'argument'
        msg = f'The "{name}" {kind} must be '
    if isinstance(expected, str):
        expected = [expected]
    types, instances, other = [], [], []
    for e in expected:
        if e in _TYPE_NAMES:
            types.append(e.lower())
        elif _is_class_name(e):
            instances.append(e)
        else:
            other.append(e)
    # 'object' next to class names reads as "an instance of ... or Object"
    if instances and 'object' in types:
        types.remove('object')
        instances.append('Object')
    parts = []
    if types:
        parts.append(_one_of(types, 'of type ', 'one of type ', 'one of type '))
    if instances:
        if len(instances) > 2:
            parts.append('an instance of ' + ', '.join(instances[:-1]) + ', or ' + instances[-1])
        else:
            parts.append('an instance of ' + ' or '.join(instances))
    if other:
        if len(other) == 1:
            parts.append(('an ' if other[0].lower() != other[0] else '') + other[0])
        else:
            parts.append(_one_of(other, '', 'one of ', 'one of '))
    return msg + ' or '.join(parts) + '. ' + received(actual)


def _arg_value_message(self, name, value, reason='is invalid'):
    shown = inspect(value)
    if len(shown) > 128:
        shown = shown[:128] + '...'
    kind = 'property' if '.' in name else 'argument'
    return f"The {kind} '{name}' {reason}. Received {shown}"


def _invalid_char_message(self, name, field=None):
    msg = f'Invalid character in {name}'
    if field is not None:
        msg += f' ["{field}"]'
    return msg


def _missing_args_message(self, *names):
    if not names:
        raise TypeError('At least one arg needs to be specified')
    shown = [' or '.join(f'"{x}"' for x in a) if isinstance(a, (list, tuple)) else f'"{a}"'
             for a in names]
    if len(shown) == 1:
        msg = f'The {shown[0]} argument'
    elif len(shown) == 2:
        msg = f'The {shown[0]} and {shown[1]} arguments'
    else:
        msg = 'The ' + ', '.join(shown[:-1]) + f', and {shown[-1]} arguments'
    return msg + ' must be specified'


def _separate(digits: str) -> str:
    """``1_000_000``: Node's addNumericalSeparator."""
    sign = '-' if digits.startswith('-') else ''
    d = digits[len(sign):]
    groups = []
    while len(d) > 3:
        groups.insert(0, d[-3:])
        d = d[:-3]
    return sign + '_'.join([d] + groups)


def _out_of_range_message(self, str_, range_, input_, replace_default=False):
    msg = str_ if replace_default else f'The value of "{str_}" is out of range.'
    if _is_number(input_) and _math.isfinite(input_) and input_ == int(input_) \
            and abs(input_) > 2 ** 32:
        shown = _separate(js_number(int(input_) if isinstance(input_, int) else input_))
    else:
        shown = inspect(input_)
    return f'{msg} It must be {range_}. Received {shown}'


def _bad_port_message(self, name, port, allow_zero=True):
    op = '>=' if allow_zero else '>'
    return f'{name} should be {op} 0 and < 65536. {received(port)}.'


def _return_value_message(self, input_, name, value):
    return f'Expected {input_} to be returned from the "{name}" function but got {specific_type(value)}.'


def _address_family_message(self, address_type, host, port):
    self.host = host
    self.port = port
    return f'Invalid address family: {address_type} {host}:{js_string(port)}'


def _ip_blocked_message(self, ip):
    return f'IP({ip}) is blocked by net.BlockList'


def _invalid_url_message(self, input_, base=None):
    self.input = input_
    if base is not None:
        self.base = base
    return 'Invalid URL'


def _stream_cancel_message(self, error):
    msg = 'The pending stream has been canceled'
    cause = _err_message(error)
    if isinstance(cause, str):
        msg += f' (caused by: {cause})'
        self.cause = error
    return msg


def _setting_value_message(self, name, actual, min_=None, max_=None):
    self.actual = actual
    if min_ is not None:
        self.min = min_
        self.max = max_
    return f'Invalid value for setting "{name}": {js_string(actual)}'


def _unhandled_message(self, err=None):
    # events.js passes inspect(value) and sets err.context (see unhandled_error()).
    if err is None:
        return 'Unhandled error.'
    return f'Unhandled error. ({js_string(err)})'


def _buffer_size_message(self, ctx):
    # SystemError: '<prefix>: <syscall> returned <code> (<message>)', with err.info = ctx
    self.info = ctx
    self.errno = ctx.get('errno')
    self.syscall = ctx.get('syscall')
    return (f"Could not get or set buffer size: {js_string(ctx.get('syscall'))} returned "
            f"{js_string(ctx.get('code'))} ({js_string(ctx.get('message'))})")


for _code, _base, _fn, _rv in [
    ('ERR_INVALID_ARG_TYPE', 'TypeError', _arg_type_message, False),
    ('ERR_INVALID_ARG_VALUE', 'TypeError', _arg_value_message, True),
    ('ERR_INVALID_CHAR', 'TypeError', _invalid_char_message, False),
    ('ERR_MISSING_ARGS', 'TypeError', _missing_args_message, False),
    ('ERR_OUT_OF_RANGE', 'RangeError', _out_of_range_message, False),
    ('ERR_SOCKET_BAD_PORT', 'RangeError', _bad_port_message, False),
    ('ERR_INVALID_RETURN_VALUE', 'TypeError', _return_value_message, True),
    ('ERR_INVALID_ADDRESS_FAMILY', 'RangeError', _address_family_message, False),
    ('ERR_IP_BLOCKED', 'Error', _ip_blocked_message, False),
    ('ERR_INVALID_URL', 'TypeError', _invalid_url_message, False),
    ('ERR_HTTP2_STREAM_CANCEL', 'Error', _stream_cancel_message, False),
    ('ERR_HTTP2_INVALID_SETTING_VALUE', 'TypeError', _setting_value_message, True),
    ('ERR_UNHANDLED_ERROR', 'Error', _unhandled_message, False),
]:
    _register(_code, _base, message=_fn, range_variant=_rv)
del _code, _base, _fn, _rv

ERR_SOCKET_BUFFER_SIZE = _register('ERR_SOCKET_BUFFER_SIZE', 'Error', message=_buffer_size_message)
ERR_SOCKET_BUFFER_SIZE.name = 'SystemError'


def unhandled_error(value):
    """``emitter.emit('error', value)`` with no listener and a non-Error value (events.js)."""
    err = ERR_UNHANDLED_ERROR(inspect(value))
    err.context = value
    return err


class NghttpError(NodeError):
    """http2's ``NghttpError``: *message* is nghttp2's text for *errno* (``ERR_HTTP2_ERROR``)."""

    _code_in_string = True

    def __init__(self, message, errno=None, code='ERR_HTTP2_ERROR'):
        if code == 'ERR_HTTP2_TOO_MANY_INVALID_FRAMES':
            message = 'Too many invalid HTTP/2 frames'
        NodeError.__init__(self, message, code=code)
        self.errno = errno


ERR_HTTP2_ERROR = NghttpError


# ---------------------------------------------------------------------------
# Coded errors that are not ERR_* (spec/errors.md section 3)
# ---------------------------------------------------------------------------

class AbortError(NodeError):
    """Node's ``AbortError``: ``name == 'AbortError'``, ``code == 'ABORT_ERR'``."""

    name = 'AbortError'
    code = 'ABORT_ERR'
    cause = None

    def __init__(self, message='The operation was aborted', cause=None):
        NodeError.__init__(self, 'The operation was aborted' if message is None else message)
        if cause is not None:
            self.cause = cause


# ---------------------------------------------------------------------------
# System errors (libuv codes)
# ---------------------------------------------------------------------------

# (code, errno on Linux, libuv's message): util.getSystemErrorMap() of Node 24 on Linux.
# The errno actually used is -errno.<CODE> of this platform when Python knows it.
_UV_TABLE = [
    ('E2BIG', -7, 'argument list too long'),
    ('EACCES', -13, 'permission denied'),
    ('EADDRINUSE', -98, 'address already in use'),
    ('EADDRNOTAVAIL', -99, 'address not available'),
    ('EAFNOSUPPORT', -97, 'address family not supported'),
    ('EAGAIN', -11, 'resource temporarily unavailable'),
    ('EAI_ADDRFAMILY', -3000, 'address family not supported'),
    ('EAI_AGAIN', -3001, 'temporary failure'),
    ('EAI_BADFLAGS', -3002, 'bad ai_flags value'),
    ('EAI_BADHINTS', -3013, 'invalid value for hints'),
    ('EAI_CANCELED', -3003, 'request canceled'),
    ('EAI_FAIL', -3004, 'permanent failure'),
    ('EAI_FAMILY', -3005, 'ai_family not supported'),
    ('EAI_MEMORY', -3006, 'out of memory'),
    ('EAI_NODATA', -3007, 'no address'),
    ('EAI_NONAME', -3008, 'unknown node or service'),
    ('EAI_OVERFLOW', -3009, 'argument buffer overflow'),
    ('EAI_PROTOCOL', -3014, 'resolved protocol is unknown'),
    ('EAI_SERVICE', -3010, 'service not available for socket type'),
    ('EAI_SOCKTYPE', -3011, 'socket type not supported'),
    ('EALREADY', -114, 'connection already in progress'),
    ('EBADF', -9, 'bad file descriptor'),
    ('EBUSY', -16, 'resource busy or locked'),
    ('ECANCELED', -125, 'operation canceled'),
    ('ECHARSET', -4080, 'invalid Unicode character'),
    ('ECONNABORTED', -103, 'software caused connection abort'),
    ('ECONNREFUSED', -111, 'connection refused'),
    ('ECONNRESET', -104, 'connection reset by peer'),
    ('EDESTADDRREQ', -89, 'destination address required'),
    ('EEXIST', -17, 'file already exists'),
    ('EFAULT', -14, 'bad address in system call argument'),
    ('EFBIG', -27, 'file too large'),
    ('EHOSTUNREACH', -113, 'host is unreachable'),
    ('EINTR', -4, 'interrupted system call'),
    ('EINVAL', -22, 'invalid argument'),
    ('EIO', -5, 'i/o error'),
    ('EISCONN', -106, 'socket is already connected'),
    ('EISDIR', -21, 'illegal operation on a directory'),
    ('ELOOP', -40, 'too many symbolic links encountered'),
    ('EMFILE', -24, 'too many open files'),
    ('EMSGSIZE', -90, 'message too long'),
    ('ENAMETOOLONG', -36, 'name too long'),
    ('ENETDOWN', -100, 'network is down'),
    ('ENETUNREACH', -101, 'network is unreachable'),
    ('ENFILE', -23, 'file table overflow'),
    ('ENOBUFS', -105, 'no buffer space available'),
    ('ENODEV', -19, 'no such device'),
    ('ENOENT', -2, 'no such file or directory'),
    ('ENOMEM', -12, 'not enough memory'),
    ('ENONET', -64, 'machine is not on the network'),
    ('ENOPROTOOPT', -92, 'protocol not available'),
    ('ENOSPC', -28, 'no space left on device'),
    ('ENOSYS', -38, 'function not implemented'),
    ('ENOTCONN', -107, 'socket is not connected'),
    ('ENOTDIR', -20, 'not a directory'),
    ('ENOTEMPTY', -39, 'directory not empty'),
    ('ENOTSOCK', -88, 'socket operation on non-socket'),
    ('ENOTSUP', -95, 'operation not supported on socket'),
    ('EOVERFLOW', -75, 'value too large for defined data type'),
    ('EPERM', -1, 'operation not permitted'),
    ('EPIPE', -32, 'broken pipe'),
    ('EPROTO', -71, 'protocol error'),
    ('EPROTONOSUPPORT', -93, 'protocol not supported'),
    ('EPROTOTYPE', -91, 'protocol wrong type for socket'),
    ('ERANGE', -34, 'result too large'),
    ('EROFS', -30, 'read-only file system'),
    ('ESHUTDOWN', -108, 'cannot send after transport endpoint shutdown'),
    ('ESPIPE', -29, 'invalid seek'),
    ('ESRCH', -3, 'no such process'),
    ('ETIMEDOUT', -110, 'connection timed out'),
    ('ETXTBSY', -26, 'text file is busy'),
    ('EXDEV', -18, 'cross-device link not permitted'),
    ('UNKNOWN', -4094, 'unknown error'),
    ('EOF', -4095, 'end of file'),
    ('ENXIO', -6, 'no such device or address'),
    ('EMLINK', -31, 'too many links'),
    ('EHOSTDOWN', -112, 'host is down'),
    ('EREMOTEIO', -121, 'remote I/O error'),
    ('ENOTTY', -25, 'inappropriate ioctl for device'),
    ('EFTYPE', -4028, 'inappropriate file type or format'),
    ('EILSEQ', -84, 'illegal byte sequence'),
    ('ESOCKTNOSUPPORT', -94, 'socket type not supported'),
    ('ENODATA', -61, 'no data available'),
    ('EUNATCH', -49, 'protocol driver not attached'),
    ('ENOEXEC', -8, 'exec format error'),
]

UV_ERRORS: dict = {}
"""code -> (Node's negative errno, libuv message)."""
_UV_BY_ERRNO: dict = {}
for _c, _n, _m in _UV_TABLE:
    if not _c.startswith(('EAI_', 'UV_')) and hasattr(_errno, _c):
        _n = -getattr(_errno, _c)
    UV_ERRORS[_c] = (_n, _m)
    _UV_BY_ERRNO.setdefault(_n, _c)
del _c, _n, _m

_PY_CLASSES = {
    'ECONNREFUSED': ConnectionRefusedError, 'ECONNRESET': ConnectionResetError,
    'ECONNABORTED': ConnectionAbortedError, 'EPIPE': BrokenPipeError,
    'ESHUTDOWN': BrokenPipeError, 'ETIMEDOUT': TimeoutError,
    'EAGAIN': BlockingIOError, 'EALREADY': BlockingIOError, 'EINPROGRESS': BlockingIOError,
    'ENOENT': FileNotFoundError, 'EEXIST': FileExistsError, 'EISDIR': IsADirectoryError,
    'ENOTDIR': NotADirectoryError, 'EACCES': PermissionError, 'EPERM': PermissionError,
    'EINTR': InterruptedError, 'ESRCH': ProcessLookupError, 'ECHILD': ChildProcessError,
}


class UVException(NodeError, OSError):
    """A Node system error (``err.name == 'Error'``): ``code``, ``errno`` (negative, as
    Node), ``syscall`` and, where Node sets them, ``address``/``port``/``hostname``.
    Concrete errors are also instances of the matching ``OSError`` subclass."""

    syscall = None
    address = None
    port = None

    def __init__(self, message, code=None, errno=None, syscall=None, **props):
        OSError.__init__(self, message)
        self.message = message
        self.code = code
        self.errno = errno
        self.syscall = syscall
        self.strerror = UV_ERRORS.get(code, (None, None))[1]
        for k, v in props.items():
            setattr(self, k, v)

    _pybase = OSError  # the builtin class this one also derives from

    def __str__(self):
        return self.message

    def __reduce__(self):
        # errno/strerror live in OSError's C slots, not in __dict__
        state = dict(self.__dict__, errno=self.errno, strerror=self.strerror)
        return (_rebuild_sys, (self._pybase, self.message, state))


_SYS_CLASSES: dict = {}


def _sys_class(pybase):
    cls = _SYS_CLASSES.get(pybase)
    if cls is None:
        if pybase is OSError:
            cls = type('SystemErrorOSError', (UVException,), {'__module__': __name__})
        else:
            cls = type(pybase.__name__, (UVException, pybase),
                       {'__module__': __name__, '_pybase': pybase})
        _SYS_CLASSES[pybase] = cls
    return cls


def _rebuild_sys(pybase, message, state):
    import socket
    cls = _dns_class() if pybase is socket.gaierror else _sys_class(pybase)
    state = dict(state)
    slots = {k: state.pop(k, None) for k in ('errno', 'strerror')}
    err = _rebuild(cls, message, state)
    for k, v in slots.items():
        setattr(err, k, v)
    return err


def _code_of(errno_or_code):
    """'ECONNREFUSED' / -111 / 111 (a Python errno) -> (code, Node errno)."""
    if isinstance(errno_or_code, str):
        code = errno_or_code
        n = UV_ERRORS.get(code, (None,))[0]
        if n is None and hasattr(_errno, code):
            n = -getattr(_errno, code)
        return code, n
    n = int(errno_or_code)
    if n > 0:
        code = _errno.errorcode.get(n)
        return (code or 'UNKNOWN'), -n
    return _UV_BY_ERRNO.get(n, 'UNKNOWN'), n


def coded_error(code, message, **props):
    """A plain JS ``Error`` with a system ``code`` (``'socket hang up'``), as the
    matching ``OSError`` subclass; ``errno``/``syscall`` stay None unless given."""
    cls = _sys_class(_PY_CLASSES.get(code, OSError))
    return cls(message, code=code, **props)


def econnreset(message='socket hang up'):
    """``ECONNRESET`` errors of the http layer: ``'socket hang up'`` or ``'aborted'``."""
    return coded_error('ECONNRESET', message)


def epipe_ended():
    """net: ``write`` after the peer's FIN ended our writable side."""
    return coded_error('EPIPE', 'This socket has been ended by the other party')


def _local_parts(local):
    if local is None:
        return None, None
    if isinstance(local, dict):
        return local.get('address'), local.get('port')
    return local[0], local[1]


def uv_exception(errno_or_code, syscall, address=None, port=None, local=None):
    """Node's system error for a failed *syscall* (net's ``exceptionWithHostPort``).

    ``connect ECONNREFUSED 127.0.0.1:9`` (``+ ' - Local (host:port)'`` with
    *local*); ``read ECONNRESET``; for ``syscall == 'listen'`` Node adds
    libuv's description: ``listen EADDRINUSE: address already in use 127.0.0.1:8080``.
    """
    code, n = _code_of(errno_or_code)
    details = ''
    if _is_number(port) and port > 0:
        details = f' {address}:{port}'
    elif address:
        details = f' {address}'
    if syscall == 'listen':
        uvmsg = UV_ERRORS.get(code, (None, 'unknown error'))[1]
        message = f'{syscall} {code}: {uvmsg}{details}'
    else:
        message = f'{syscall} {code}{details}'
    props = {}
    if address is not None:
        props['address'] = address
    if port is not None:
        props['port'] = port
    lhost, lport = _local_parts(local)
    if lhost is not None or lport is not None:
        message += f' - Local ({lhost}:{lport})'
        props['localAddress'] = lhost
        props['localPort'] = lport
    cls = _sys_class(_PY_CLASSES.get(code, OSError))
    return cls(message, code=code, errno=n, syscall=syscall, **props)


# getaddrinfo failures: Python's socket.EAI_* (platform numbers) -> libuv code
_GAI_NAMES = ('EAI_ADDRFAMILY', 'EAI_AGAIN', 'EAI_BADFLAGS', 'EAI_FAIL', 'EAI_FAMILY',
              'EAI_MEMORY', 'EAI_NODATA', 'EAI_NONAME', 'EAI_OVERFLOW', 'EAI_SERVICE',
              'EAI_SOCKTYPE', 'EAI_SYSTEM')
_DNS_CLASS = None


def dns_exception(code_or_gaierror, syscall, hostname=None):
    """``getaddrinfo ENOTFOUND nosuchhost``: a ``socket.gaierror`` with Node's fields.

    *code_or_gaierror* is a libuv name (``'ENOTFOUND'``, ``'EAI_AGAIN'``), a
    ``socket.gaierror`` or its ``errno``. EAI_NONAME/EAI_NODATA become
    ``ENOTFOUND`` (errno of UV_EAI_NONAME/NODATA kept), as Node's dnsException.
    """
    import socket
    v = code_or_gaierror
    if isinstance(v, BaseException):
        v = getattr(v, 'errno', None)
    if isinstance(v, int):
        name = 'EAI_FAIL'
        for cand in _GAI_NAMES:
            if getattr(socket, cand, None) == v:
                name = cand
                break
        code = name
    else:
        code = v or 'EAI_FAIL'
    n = UV_ERRORS.get(code, (None,))[0]
    if code in ('EAI_NONAME', 'EAI_NODATA', 'ENOTFOUND'):
        n = UV_ERRORS['EAI_NONAME' if code == 'ENOTFOUND' else code][0]
        code = 'ENOTFOUND'
    message = f'{syscall} {code}' + (f' {hostname}' if hostname else '')
    props = {'hostname': hostname} if hostname is not None else {}
    return _dns_class()(message, code=code, errno=n, syscall=syscall, **props)


def _dns_class():
    global _DNS_CLASS
    if _DNS_CLASS is None:
        import socket
        _DNS_CLASS = type('gaierror', (UVException, socket.gaierror),
                          {'__module__': __name__, '_pybase': socket.gaierror})
    return _DNS_CLASS


def from_oserror(exc, syscall, address=None, port=None, local=None):
    """Turn a Python ``OSError`` from a socket call into Node's system error."""
    if isinstance(exc, UVException):
        return exc
    import socket
    if isinstance(exc, socket.gaierror):
        return dns_exception(exc, syscall, address)
    n = getattr(exc, 'errno', None)
    if n is None:
        code = 'ETIMEDOUT' if isinstance(exc, TimeoutError) else 'UNKNOWN'
        err = uv_exception(code, syscall, address, port, local)
    else:
        err = uv_exception(n, syscall, address, port, local)
    err.__cause__ = exc
    return err
