"""Buffer encodings and the string decoder used by streams.

Node's `Buffer.from(str, enc)`, `buf.toString(enc)`, `Buffer.isEncoding()` and
`string_decoder.StringDecoder`, limited to the encodings API.md lists:
utf8/utf-8, latin1/binary, ascii, hex, base64, base64url, utf16le/ucs2.
Behaviour was checked against Node 24 (lenient base64, hex stopping at the
first bad pair, ascii decoding clearing the high bit).
"""

import base64 as _b64
import binascii as _binascii
import codecs as _codecs
import re as _re

from .. import errors as _errors

# Node's names, lower-cased, to the canonical name StringDecoder reports.
_CANON = {
    'utf8': 'utf8', 'utf-8': 'utf8',
    'latin1': 'latin1', 'binary': 'latin1',
    'ascii': 'ascii',
    'hex': 'hex',
    'base64': 'base64',
    'base64url': 'base64url',
    'utf16le': 'utf16le', 'utf-16le': 'utf16le', 'ucs2': 'utf16le', 'ucs-2': 'utf16le',
}


def normalize(encoding):
    """Canonical encoding name, or None when Node does not know it."""
    if encoding is None:
        return 'utf8'
    if not isinstance(encoding, str):
        return None
    canon = _CANON.get(encoding)
    if canon is None:
        canon = _CANON.get(encoding.lower())
    return canon


def is_encoding(encoding):
    """`Buffer.isEncoding(encoding)`."""
    return isinstance(encoding, str) and normalize(encoding) is not None


def check_encoding(encoding):
    """Canonical name, or raise ERR_UNKNOWN_ENCODING as Node does."""
    canon = normalize(encoding)
    if canon is None:
        raise _errors.ERR_UNKNOWN_ENCODING(encoding)
    return canon


_B64_STRIP = _re.compile(r'[^A-Za-z0-9+/\-_]')


def _b64decode(text):
    # Node decodes base64 and base64url alike: the '=' padding ends the data,
    # characters outside both alphabets are skipped, missing padding is fine.
    end = text.find('=')
    if end >= 0:
        text = text[:end]
    text = _B64_STRIP.sub('', text).replace('-', '+').replace('_', '/')
    rem = len(text) % 4
    if rem == 1:
        text = text[:-1]
    elif rem:
        text += '=' * (4 - rem)
    return _binascii.a2b_base64(text)


_HEX = frozenset('0123456789abcdefABCDEF')


def _hexdecode(text):
    # Node keeps the bytes decoded before the first invalid pair.
    n = len(text) & ~1
    try:
        return bytes.fromhex(text[:n]) if n else b''
    except ValueError:
        i = 0
        while i < n and text[i] in _HEX and text[i + 1] in _HEX:
            i += 2
        return bytes.fromhex(text[:i])


def _latin1(text):
    try:
        return text.encode('latin-1')
    except UnicodeEncodeError:
        return bytes(ord(c) & 0xFF for c in text)


def _fffd(exc):
    # Lone surrogates become U+FFFD, one per code unit, as V8 does.
    if isinstance(exc, UnicodeEncodeError):
        return b'\xef\xbf\xbd' * (exc.end - exc.start), exc.end
    raise exc


_codecs.register_error('nodehttp.fffd', _fffd)


def _utf8(text):
    try:
        return text.encode('utf-8')
    except UnicodeEncodeError:
        return text.encode('utf-8', 'nodehttp.fffd')


def encode(text, encoding='utf8'):
    """`Buffer.from(text, encoding)` -> bytes; `encoding` must be canonical or a Node name."""
    if encoding == 'utf8' or encoding is None:
        return _utf8(text)
    canon = _CANON.get(encoding) or check_encoding(encoding)
    if canon == 'utf8':
        return _utf8(text)
    if canon == 'latin1' or canon == 'ascii':
        return _latin1(text)
    if canon == 'hex':
        return _hexdecode(text)
    if canon == 'base64' or canon == 'base64url':
        return _b64decode(text)
    # utf16le
    return text.encode('utf-16-le', 'surrogatepass')


def decode(data, encoding='utf8'):
    """`buf.toString(encoding)`."""
    canon = _CANON.get(encoding) or check_encoding(encoding)
    if canon == 'utf8':
        return bytes(data).decode('utf-8', 'replace')
    if canon == 'latin1':
        return bytes(data).decode('latin-1')
    if canon == 'ascii':
        return bytes(b & 0x7F for b in data).decode('ascii')
    if canon == 'hex':
        return bytes(data).hex()
    if canon == 'base64':
        return _b64.b64encode(data).decode('ascii')
    if canon == 'base64url':
        return _b64.urlsafe_b64encode(data).decode('ascii').rstrip('=')
    n = len(data) & ~1
    return bytes(data[:n]).decode('utf-16-le', 'surrogatepass')


class StringDecoder:
    """`string_decoder.StringDecoder`: keeps partial characters between writes."""

    __slots__ = ('encoding', '_inc', '_rest')

    def __init__(self, encoding='utf8'):
        self.encoding = check_encoding(encoding)
        self._rest = b''
        if self.encoding == 'utf8':
            self._inc = _codecs.getincrementaldecoder('utf-8')('replace')
        elif self.encoding == 'utf16le':
            self._inc = _codecs.getincrementaldecoder('utf-16-le')('surrogatepass')
        else:
            self._inc = None

    def write(self, data):
        if isinstance(data, str):
            return data  # Node returns a string argument unchanged
        inc = self._inc
        if inc is not None:
            return inc.decode(data)
        enc = self.encoding
        if enc == 'base64' or enc == 'base64url':
            if self._rest:
                data = self._rest + bytes(data)
            n = len(data) - len(data) % 3
            self._rest = bytes(data[n:])
            return decode(data[:n], enc) if n else ''
        return decode(data, enc)

    def end(self, data=None):
        out = self.write(data) if data else ''
        inc = self._inc
        if inc is not None:
            if self.encoding == 'utf16le':
                # Node drops a dangling odd byte; a lone high surrogate stays.
                buffered = inc.getstate()[0]
                inc.reset()
                if len(buffered) >= 2:
                    out += bytes(buffered[:2]).decode('utf-16-le', 'surrogatepass')
                return out
            return out + inc.decode(b'', True)
        if self._rest:
            out += decode(self._rest, self.encoding)
            self._rest = b''
        return out
