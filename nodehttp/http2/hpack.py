"""HPACK: header compression for HTTP/2 (RFC 7541), sans-IO.

Theory of operation
-------------------
A header block is a sequence of field representations (RFC 7541 §6): an
index into the static table (Appendix A) or the dynamic table (§2.3.2), or
a literal whose name may be indexed, stored with or without incremental
indexing or as never-indexed (§6.2.3). Both ends keep one dynamic table per
direction; every block must be decoded in order, whole, or the two tables
drift apart, which is why any decoding failure is a connection error
(COMPRESSION_ERROR, RFC 9113 §4.3).

``Encoder.encode(headers)`` turns a list of ``(name, value)`` into a block,
choosing representations the way nghttp2 (the library inside Node's http2)
does, so our bytes match Node's where it matters:

* exact match in the static table, then in the dynamic table -> indexed;
* otherwise a literal, with the name indexed if the name is known (static
  name before dynamic name);
* "sensitive" fields are never indexed (RFC 7541 §7.1.3): names listed in
  ``http2.sensitiveHeaders`` and, as nghttp2 does by default,
  ``authorization`` and ``cookie`` values shorter than 20 bytes;
* fields that change on every request (``:path``, ``age``,
  ``content-length``, ``etag``, ``if-modified-since``, ``if-none-match``,
  ``location``, ``set-cookie``) or that take more than 3/4 of the table are
  sent without indexing, everything else with incremental indexing;
* a string is Huffman coded (§5.2, Appendix B) when that is shorter.

``Decoder.decode(block)`` returns the list; it enforces the table size
limit (§4.2, §6.3), the size update position, the integer/string/Huffman
rules (§5.1, §5.2) and SETTINGS_MAX_HEADER_LIST_SIZE (RFC 9113 §6.5.2).

Strings are ``str`` decoded as latin-1, so every byte round-trips.

Speed: static lookups are dicts, the dynamic table is a deque indexed from
its newest end, Huffman encoding is a ``str.join`` of per-byte bit strings
parsed by ``int(..., 2)``, and Huffman decoding walks a byte-at-a-time
state table (one lookup per input byte).
"""

from __future__ import annotations

from collections import deque
from typing import Iterable, Sequence

from .exceptions import CompressionError, HeaderListTooLarge

__all__ = [
    'Encoder', 'Decoder', 'STATIC_TABLE', 'huffman_encode', 'huffman_decode',
    'encode_integer', 'decode_integer', 'DEFAULT_HEADER_TABLE_SIZE',
    'DEFAULT_MAX_HEADER_LIST_SIZE', 'CompressionError', 'HeaderListTooLarge',
]

DEFAULT_HEADER_TABLE_SIZE = 4096          # RFC 9113 §6.5.2
DEFAULT_MAX_HEADER_LIST_SIZE = 65535      # Node's maxHeaderListSize default
ENTRY_OVERHEAD = 32                       # RFC 7541 §4.1
# nghttp2 (so Node) refuses a string literal longer than this, as encoded,
# with COMPRESSION_ERROR (NGHTTP2_HD_MAX_NV): checked against Node 24.
MAX_STRING_LENGTH = 65536

# ---------------------------------------------------------------------------
# Static table, RFC 7541 Appendix A (index 1..61).

STATIC_TABLE: tuple[tuple[str, str], ...] = (
    (':authority', ''),
    (':method', 'GET'),
    (':method', 'POST'),
    (':path', '/'),
    (':path', '/index.html'),
    (':scheme', 'http'),
    (':scheme', 'https'),
    (':status', '200'),
    (':status', '204'),
    (':status', '206'),
    (':status', '304'),
    (':status', '400'),
    (':status', '404'),
    (':status', '500'),
    ('accept-charset', ''),
    ('accept-encoding', 'gzip, deflate'),
    ('accept-language', ''),
    ('accept-ranges', ''),
    ('accept', ''),
    ('access-control-allow-origin', ''),
    ('age', ''),
    ('allow', ''),
    ('authorization', ''),
    ('cache-control', ''),
    ('content-disposition', ''),
    ('content-encoding', ''),
    ('content-language', ''),
    ('content-length', ''),
    ('content-location', ''),
    ('content-range', ''),
    ('content-type', ''),
    ('cookie', ''),
    ('date', ''),
    ('etag', ''),
    ('expect', ''),
    ('expires', ''),
    ('from', ''),
    ('host', ''),
    ('if-match', ''),
    ('if-modified-since', ''),
    ('if-none-match', ''),
    ('if-range', ''),
    ('if-unmodified-since', ''),
    ('last-modified', ''),
    ('link', ''),
    ('location', ''),
    ('max-forwards', ''),
    ('proxy-authenticate', ''),
    ('proxy-authorization', ''),
    ('range', ''),
    ('referer', ''),
    ('refresh', ''),
    ('retry-after', ''),
    ('server', ''),
    ('set-cookie', ''),
    ('strict-transport-security', ''),
    ('transfer-encoding', ''),
    ('user-agent', ''),
    ('vary', ''),
    ('via', ''),
    ('www-authenticate', ''),
)
STATIC_LEN = len(STATIC_TABLE)  # 61

# (name, value) -> index and name -> lowest index, for the encoder.
_STATIC_EXACT: dict[tuple[str, str], int] = {}
_STATIC_NAME: dict[str, int] = {}
for _i, _entry in enumerate(STATIC_TABLE, 1):
    _STATIC_EXACT.setdefault(_entry, _i)
    _STATIC_NAME.setdefault(_entry[0], _i)
del _i, _entry

# nghttp2 (lib/nghttp2_hd.c, should_indexing) never adds these to the
# dynamic table: their values change on nearly every message.
_AUTO_SENSITIVE = frozenset({'authorization', 'cookie'})
_NO_INDEX_NAMES = frozenset({
    ':path', 'age', 'content-length', 'etag', 'if-modified-since',
    'if-none-match', 'location', 'set-cookie',
})

# ---------------------------------------------------------------------------
# Huffman code, RFC 7541 Appendix B. The code is canonical (codes of one
# length are consecutive, in symbol order, shorter lengths first), so the
# 257 code lengths below define it; _build_codes() rebuilds the "code as
# bits" column of the RFC table, and tests/unit/test_hpack.py checks it
# against the RFC's hex values.

HUFFMAN_CODE_LENGTHS: tuple[int, ...] = (
    13, 23, 28, 28, 28, 28, 28, 28, 28, 24, 30, 28, 28, 30, 28, 28,   # 0-15
    28, 28, 28, 28, 28, 28, 30, 28, 28, 28, 28, 28, 28, 28, 28, 28,   # 16-31
    6, 10, 10, 12, 13, 6, 8, 11, 10, 10, 8, 11, 8, 6, 6, 6,           # ' '-'/'
    5, 5, 5, 6, 6, 6, 6, 6, 6, 6, 7, 8, 15, 6, 12, 10,                # '0'-'?'
    13, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7,                  # '@'-'O'
    7, 7, 7, 7, 7, 7, 7, 7, 8, 7, 8, 13, 19, 13, 14, 6,               # 'P'-'_'
    15, 5, 6, 5, 6, 5, 6, 6, 6, 5, 7, 7, 6, 6, 6, 5,                  # '`'-'o'
    6, 7, 6, 5, 5, 6, 7, 7, 7, 7, 7, 15, 11, 14, 13, 28,              # 'p'-127
    20, 22, 20, 20, 22, 22, 22, 23, 22, 23, 23, 23, 23, 23, 24, 23,   # 128-143
    24, 24, 22, 23, 24, 23, 23, 23, 23, 21, 22, 23, 22, 23, 23, 24,   # 144-159
    22, 21, 20, 22, 22, 23, 23, 21, 23, 22, 22, 24, 21, 22, 23, 23,   # 160-175
    21, 21, 22, 21, 23, 22, 23, 23, 20, 22, 22, 22, 23, 22, 22, 23,   # 176-191
    26, 26, 20, 19, 22, 23, 22, 25, 26, 26, 26, 27, 27, 26, 24, 25,   # 192-207
    19, 21, 26, 27, 27, 26, 27, 24, 21, 21, 26, 26, 28, 27, 27, 27,   # 208-223
    20, 24, 20, 21, 22, 21, 21, 23, 22, 22, 25, 25, 24, 24, 26, 23,   # 224-239
    26, 27, 26, 26, 27, 27, 27, 27, 27, 28, 27, 27, 27, 27, 27, 26,   # 240-255
    30,                                                               # EOS
)
EOS = 256


def _build_codes(lengths: Sequence[int]) -> list[int]:
    codes = [0] * len(lengths)
    code = -1
    prev = 0
    for sym in sorted(range(len(lengths)), key=lambda s: (lengths[s], s)):
        code = (code + 1) << (lengths[sym] - prev)
        prev = lengths[sym]
        codes[sym] = code
    return codes


HUFFMAN_CODES: tuple[int, ...] = tuple(_build_codes(HUFFMAN_CODE_LENGTHS))

# Encoder: the code of each byte as a '0'/'1' string.
_CODE_BITS: tuple[str, ...] = tuple(
    format(HUFFMAN_CODES[b], '0%db' % HUFFMAN_CODE_LENGTHS[b]) for b in range(256))
_CODE_LENS: tuple[int, ...] = HUFFMAN_CODE_LENGTHS[:256]


def huffman_encode(data: bytes) -> bytes:
    """Huffman-code ``data`` (RFC 7541 §5.2), padded with the EOS prefix."""
    if not data:
        return b''
    bits = ''.join(map(_CODE_BITS.__getitem__, data))
    pad = -len(bits) % 8
    return int(bits + '1' * pad, 2).to_bytes((len(bits) + pad) >> 3, 'big')


def huffman_length(data: bytes) -> int:
    """Length in bytes of ``huffman_encode(data)``."""
    return (sum(map(_CODE_LENS.__getitem__, data)) + 7) >> 3


# Decoder: a state machine over the code tree, one step per input byte.
# States are the tree's internal nodes (0 = root). _HUFF_TABLE[s | byte]
# (s pre-multiplied by 256) is (next state * 256, bytes emitted). Decoding
# EOS or walking off the tree moves to the absorbing _HUFF_FAIL state.
# Built on first use (about 40 ms).

_HUFF_TABLE: list[tuple[int, bytes]] | None = None
_HUFF_FAIL = 256 << 8
_HUFF_ACCEPT: frozenset[int] = frozenset()


def _build_decode_table() -> None:
    global _HUFF_TABLE, _HUFF_ACCEPT
    # Tree: children[node] = [child0, child1]; a child >= 0 is an internal
    # node, a child < 0 is the leaf of symbol ~child.
    children: list[list[int | None]] = [[None, None]]
    for sym in range(257):
        code, length = HUFFMAN_CODES[sym], HUFFMAN_CODE_LENGTHS[sym]
        node = 0
        for i in range(length - 1, 0, -1):
            bit = (code >> i) & 1
            nxt = children[node][bit]
            if nxt is None:
                children.append([None, None])
                nxt = children[node][bit] = len(children) - 1
            node = nxt
        children[node][code & 1] = ~sym
    assert len(children) == 256
    # Padding is at most 7 bits, all ones (a prefix of EOS): the states
    # reached from the root by 0..7 one-bits are the accepting ones.
    accept = {0}
    node = 0
    for _ in range(7):
        node = children[node][1]
        accept.add(node)
    fail = 256
    # Nibble table first (cheap), then bytes as two nibbles.
    nib: list[tuple[int, bytes]] = []
    for state in range(256):
        for nibble in range(16):
            node, out = state, bytearray()
            for i in (3, 2, 1, 0):
                child = children[node][(nibble >> i) & 1]
                if child >= 0:
                    node = child
                elif ~child == EOS:
                    node = fail
                    break
                else:
                    out.append(~child)
                    node = 0
            nib.append((node, bytes(out)))
    table: list[tuple[int, bytes]] = []
    fail_entry = (_HUFF_FAIL, b'')
    for state in range(256):
        base = state << 4
        for byte in range(256):
            s1, e1 = nib[base | (byte >> 4)]
            if s1 == fail:
                table.append(fail_entry)
                continue
            s2, e2 = nib[(s1 << 4) | (byte & 15)]
            if s2 == fail:
                table.append(fail_entry)
            else:
                table.append((s2 << 8, e1 + e2 if e1 else e2))
    table.extend([fail_entry] * 256)
    _HUFF_ACCEPT = frozenset(s << 8 for s in accept)
    _HUFF_TABLE = table


def huffman_decode(data: bytes) -> bytes:
    """Decode a Huffman string; CompressionError on EOS or bad padding."""
    table = _HUFF_TABLE
    if table is None:
        _build_decode_table()
        table = _HUFF_TABLE
    state = 0
    out = []
    append = out.append
    for byte in data:
        state, emitted = table[state | byte]
        append(emitted)
    if state not in _HUFF_ACCEPT:
        if state == _HUFF_FAIL:
            raise CompressionError('HPACK: Huffman string contains EOS')
        raise CompressionError('HPACK: invalid Huffman padding')
    return b''.join(out)


# ---------------------------------------------------------------------------
# Primitive integers (RFC 7541 §5.1).

def _string_literal(data: bytes, pos: int, end: int) -> tuple[str, int]:
    """A string literal (RFC 7541 §5.2) at ``data[pos]``: its text and the next position."""
    if pos >= end:
        raise CompressionError('HPACK: truncated block')
    h = data[pos]
    n = h & 0x7F
    if n == 0x7F:
        n, pos = decode_integer(data, pos, 7)
    else:
        pos += 1
    stop = pos + n
    if stop > end:
        raise CompressionError('HPACK: truncated string')
    if n > MAX_STRING_LENGTH:
        raise CompressionError('HPACK: string literal too long')
    raw = data[pos:stop]
    return (huffman_decode(raw) if h & 0x80 else raw).decode('latin-1'), stop


def encode_integer(value: int, prefix_bits: int, flags: int = 0) -> bytes:
    """``value`` with an N-bit prefix; ``flags`` fills the high bits."""
    if value < 0:
        raise ValueError('HPACK integers are unsigned')
    max_prefix = (1 << prefix_bits) - 1
    if value < max_prefix:
        return bytes((flags | value,))
    out = bytearray((flags | max_prefix,))
    value -= max_prefix
    while value >= 128:
        out.append((value & 127) | 128)
        value >>= 7
    out.append(value)
    return bytes(out)


# Integers past 2**32 + prefix never occur in a valid block (sizes and
# indices are bounded by 32-bit settings): reject longer encodings early.
_MAX_INT_OCTETS = 5


def decode_integer(data: bytes, pos: int, prefix_bits: int) -> tuple[int, int]:
    """Decode the integer whose prefix is in ``data[pos]``; (value, next pos)."""
    max_prefix = (1 << prefix_bits) - 1
    value = data[pos] & max_prefix
    pos += 1
    if value < max_prefix:
        return value, pos
    shift = 0
    end = len(data)
    limit = pos + _MAX_INT_OCTETS
    while True:
        if pos >= end:
            raise CompressionError('HPACK: truncated integer')
        if pos >= limit:
            raise CompressionError('HPACK: integer too large')
        b = data[pos]
        pos += 1
        value += (b & 127) << shift
        shift += 7
        if not b & 128:
            return value, pos


# ---------------------------------------------------------------------------
# Encoder


class Encoder:
    """HPACK encoder (one per connection, for the blocks we send).

    ``header_table_size`` is the peer's SETTINGS_HEADER_TABLE_SIZE; setting
    it makes the next block start with a dynamic table size update (RFC 7541
    §4.2, §6.3). ``max_deflate_dynamic_table_size`` is Node's option of the
    same name (our own cap; default 4096): the table used is the smaller.
    ``huffman``: ``None`` (default) Huffman-codes a string when that is
    shorter, as nghttp2 does; ``False`` never (RFC 7541 C.3/C.5 vectors).
    """

    def __init__(self, max_deflate_dynamic_table_size: int = DEFAULT_HEADER_TABLE_SIZE,
                 huffman: bool | None = None) -> None:
        self._huffman = huffman is not False
        self._own_max = max_deflate_dynamic_table_size
        self._peer_max = DEFAULT_HEADER_TABLE_SIZE
        self._max = min(self._own_max, self._peer_max)   # table size in force
        self._size = 0                                   # bytes in the table
        # dynamic table: newest entry at the right; entries are
        # (name, value, size, seq) where seq numbers insertions from 1.
        self._entries: deque[tuple[str, str, int, int]] = deque()
        self._inserted = 0
        self._exact: dict[tuple[str, str], int] = {}    # -> seq
        self._names: dict[str, int] = {}                # -> newest seq
        # Size updates to announce at the start of the next block:
        # the smallest value reached and the final one (RFC 7541 §4.2).
        self._pending_min: int | None = None
        # str value -> its encoded string literal (length prefix included)
        self._str_cache: dict[str, bytes] = {}

    # -- table size ---------------------------------------------------------

    @property
    def header_table_size(self) -> int:
        return self._peer_max

    @header_table_size.setter
    def header_table_size(self, value: int) -> None:
        self._peer_max = value
        self._set_max(min(self._own_max, value))

    @property
    def max_deflate_dynamic_table_size(self) -> int:
        return self._own_max

    @max_deflate_dynamic_table_size.setter
    def max_deflate_dynamic_table_size(self, value: int) -> None:
        self._own_max = value
        self._set_max(min(value, self._peer_max))

    def _set_max(self, new_max: int) -> None:
        if self._pending_min is None or new_max < self._pending_min:
            self._pending_min = new_max
        self._max = new_max
        self._evict(new_max)

    @property
    def table_size(self) -> int:
        """Bytes currently held in the dynamic table (RFC 7541 §4.1)."""
        return self._size

    @property
    def dynamic_table(self) -> list[tuple[str, str]]:
        """The dynamic table, newest first (index 62 first)."""
        return [(n, v) for n, v, _s, _q in reversed(self._entries)]

    def _evict(self, limit: int) -> None:
        entries = self._entries
        exact = self._exact
        names = self._names
        while self._size > limit:
            name, value, size, seq = entries.popleft()
            self._size -= size
            if exact.get((name, value)) == seq:
                del exact[name, value]
            if names.get(name) == seq:
                del names[name]

    def _add(self, name: str, value: str) -> None:
        size = len(name) + len(value) + ENTRY_OVERHEAD
        if size > self._max:
            # RFC 7541 §4.4: an entry larger than the table empties it.
            self._evict(0)
            return
        self._evict(self._max - size)
        self._inserted += 1
        seq = self._inserted
        self._entries.append((name, value, size, seq))
        self._size += size
        self._exact[name, value] = seq
        self._names[name] = seq

    # -- encoding ----------------------------------------------------------

    def _string(self, s: str) -> bytes:
        """String literal (RFC 7541 §5.2): Huffman when shorter."""
        cached = self._str_cache.get(s)
        if cached is not None:
            return cached
        if isinstance(s, str):
            try:
                raw = s.encode('latin-1')
            except UnicodeEncodeError:
                # DEVIATION: the session layer rejects such values first;
                # here they are sent as UTF-8 rather than failing.
                raw = s.encode('utf-8')
        else:
            raw = bytes(s)
        n = len(raw)
        if n and self._huffman:
            bits = ''.join(map(_CODE_BITS.__getitem__, raw))
            hlen = (len(bits) + 7) >> 3
        else:
            hlen = n
        if hlen < n:
            pad = -len(bits) % 8
            body = int(bits + '1' * pad, 2).to_bytes(hlen, 'big')
            out = (bytes((0x80 | hlen,)) if hlen < 127
                   else encode_integer(hlen, 7, 0x80)) + body
        else:
            out = (bytes((n,)) if n < 127 else encode_integer(n, 7)) + raw
        if len(self._str_cache) >= 512:
            self._str_cache.clear()
        self._str_cache[s] = out
        return out

    def encode(self, headers: Iterable[Sequence[str]],
               sensitive: Iterable[str] | None = None) -> bytes:
        """Encode one header block.

        ``headers``: ``(name, value)`` pairs (names lower-case, as HTTP/2
        sends them) or ``(name, value, never_index)`` triples.
        ``sensitive``: names to send never-indexed (Node's
        ``headers[http2.sensitiveHeaders]``).
        """
        out = bytearray()
        if self._pending_min is not None:
            # RFC 7541 §4.2: signal the smallest size, then the final one.
            if self._pending_min < self._max:
                out += encode_integer(self._pending_min, 5, 0x20)
            out += encode_integer(self._max, 5, 0x20)
            self._pending_min = None
        never = frozenset(sensitive) if sensitive else frozenset()
        static_exact = _STATIC_EXACT
        static_name = _STATIC_NAME
        no_index_names = _NO_INDEX_NAMES
        exact = self._exact
        names = self._names
        cache_get = self._str_cache.get
        string = self._string
        # nghttp2: fields bigger than 3/4 of the table are not indexed
        # (integer division, as in C).
        max_indexed = self._max * 3 // 4
        for header in headers:
            name = header[0]
            value = header[1]
            if name in _AUTO_SENSITIVE or never or len(header) > 2:
                no_index = bool(
                    (len(header) > 2 and header[2])
                    or name in never
                    or name == 'authorization'
                    or (name == 'cookie' and len(value) < 20))
            else:
                no_index = False
            key = (name, value)
            if not no_index:
                idx = static_exact.get(key)
                if idx is not None:
                    out.append(0x80 | idx)
                    continue
                seq = exact.get(key)
                if seq is not None:
                    idx = STATIC_LEN + 1 + self._inserted - seq
                    if idx < 127:
                        out.append(0x80 | idx)
                    else:
                        out += encode_integer(idx, 7, 0x80)
                    continue
            # Literal; the name from the static table, else the dynamic one.
            idx = static_name.get(name)
            if idx is None:
                seq = names.get(name)
                if seq is not None:
                    idx = STATIC_LEN + 1 + self._inserted - seq
            if no_index:
                flags, max_prefix = 0x10, 15          # never indexed
                index_it = False
            elif name in no_index_names or len(name) + len(value) + ENTRY_OVERHEAD > max_indexed:
                flags, max_prefix = 0x00, 15          # without indexing
                index_it = False
            else:
                flags, max_prefix = 0x40, 63          # incremental indexing
                index_it = True
            if idx is None:
                out.append(flags)
                enc = cache_get(name)
                out += enc if enc is not None else string(name)
            elif idx < max_prefix:
                out.append(flags | idx)
            else:
                out += encode_integer(idx, 4 if max_prefix == 15 else 6, flags)
            enc = cache_get(value)
            out += enc if enc is not None else string(value)
            if index_it:
                self._add(name, value)
        return bytes(out)


# ---------------------------------------------------------------------------
# Decoder


class Decoder:
    """HPACK decoder (one per connection, for the blocks we receive).

    ``header_table_size`` is our SETTINGS_HEADER_TABLE_SIZE as acknowledged
    by the peer: the largest table the peer may ask for. Lowering it makes
    a size update at the start of the next block mandatory (as nghttp2
    requires). ``max_header_list_size`` is SETTINGS_MAX_HEADER_LIST_SIZE
    (RFC 9113 §6.5.2, size = sum of name + value + 32); ``None`` = no limit.
    Node 24 enforces it only once its SETTINGS are acknowledged, and when no
    ``maxHeaderListSize`` was given it applies none (only the 64 KiB string
    literal limit, ``MAX_STRING_LENGTH``): the session picks the value.
    After each ``decode()``, ``sensitive`` lists the names received as
    never-indexed literals (Node reports them in ``headers[sensitiveHeaders]``).
    """

    def __init__(self, max_header_list_size: int | None = DEFAULT_MAX_HEADER_LIST_SIZE,
                 header_table_size: int = DEFAULT_HEADER_TABLE_SIZE) -> None:
        self.max_header_list_size = max_header_list_size
        self._settings_max = header_table_size   # what the peer may use
        self._max = header_table_size            # size in force
        self._size = 0
        # newest entry at the right: index 62 is _entries[-1]
        self._entries: deque[tuple[str, str]] = deque()
        self._update_required = False
        self.sensitive: list[str] = []

    @property
    def header_table_size(self) -> int:
        return self._settings_max

    @header_table_size.setter
    def header_table_size(self, value: int) -> None:
        if value < self._max:
            # The peer must shrink its table at the next block (§4.2).
            self._update_required = True
        self._settings_max = value

    @property
    def table_size(self) -> int:
        return self._size

    @property
    def max_table_size(self) -> int:
        """The dynamic table size in force (last size update)."""
        return self._max

    @property
    def dynamic_table(self) -> list[tuple[str, str]]:
        return list(reversed(self._entries))

    def _evict(self, limit: int) -> None:
        entries = self._entries
        while self._size > limit:
            name, value = entries.popleft()
            self._size -= len(name) + len(value) + ENTRY_OVERHEAD

    def _add(self, entry: tuple[str, str]) -> None:
        size = len(entry[0]) + len(entry[1]) + ENTRY_OVERHEAD
        if size > self._max:
            self._evict(0)
            return
        self._evict(self._max - size)
        self._entries.append(entry)
        self._size += size

    def _lookup(self, idx: int) -> tuple[str, str]:
        if 0 < idx <= STATIC_LEN:
            return STATIC_TABLE[idx - 1]
        k = idx - STATIC_LEN
        if idx == 0:
            raise CompressionError('HPACK: index 0')
        if k > len(self._entries):
            raise CompressionError(f'HPACK: index {idx} out of table')
        return self._entries[-k]

    def decode(self, data: bytes) -> list[tuple[str, str]]:
        """Decode one complete header block into ``(name, value)`` pairs."""
        if not isinstance(data, bytes):
            data = bytes(data)
        headers: list[tuple[str, str]] = []
        append = headers.append
        sensitive: list[str] = []
        self.sensitive = sensitive
        entries = self._entries
        limit = self.max_header_list_size
        total = 0
        over = False
        pos = 0
        end = len(data)
        static = STATIC_TABLE
        first = True
        try:
            while pos < end:
                b = data[pos]
                if b & 0x80:
                    # Indexed header field (§6.1).
                    idx = b & 0x7F
                    if idx == 0x7F:
                        idx, pos = decode_integer(data, pos, 7)
                    else:
                        pos += 1
                    if 0 < idx <= 61:
                        entry = static[idx - 1]
                    else:
                        k = idx - 61
                        if idx == 0 or k > len(entries):
                            raise CompressionError(
                                f'HPACK: index {idx} out of table' if idx else 'HPACK: index 0')
                        entry = entries[-k]
                elif b & 0xE0 == 0x20:
                    # Dynamic table size update (§6.3): only before the
                    # first field of a block.
                    if not first:
                        raise CompressionError(
                            'HPACK: dynamic table size update after a header field')
                    size, pos = decode_integer(data, pos, 5)
                    if size > self._settings_max:
                        raise CompressionError(
                            f'HPACK: table size {size} above the {self._settings_max} allowed')
                    self._max = size
                    self._evict(size)
                    self._update_required = False
                    continue
                else:
                    if b & 0x40:
                        idx = b & 0x3F
                        if idx == 0x3F:
                            idx, pos = decode_integer(data, pos, 6)
                        else:
                            pos += 1
                        mode = 1                      # incremental indexing
                    else:
                        idx = b & 0x0F
                        if idx == 0x0F:
                            idx, pos = decode_integer(data, pos, 4)
                        else:
                            pos += 1
                        mode = 2 if b & 0x10 else 0   # never / without
                    if idx:
                        name = self._lookup(idx)[0]
                    else:
                        name, pos = _string_literal(data, pos, end)
                    value, pos = _string_literal(data, pos, end)
                    entry = (name, value)
                    if mode == 1:
                        self._add(entry)
                    elif mode == 2:
                        sensitive.append(name)
                if first:
                    if self._update_required:
                        raise CompressionError(
                            'HPACK: expected a dynamic table size update')
                    first = False
                if limit is not None and not over:
                    total += len(entry[0]) + len(entry[1]) + ENTRY_OVERHEAD
                    if total > limit:
                        # Keep decoding (the table must stay in step) but
                        # stop collecting: bounds memory against bombs.
                        over = True
                        continue
                if not over:
                    append(entry)
        except IndexError:
            raise CompressionError('HPACK: truncated block') from None
        if over:
            raise HeaderListTooLarge(
                f'header list larger than {limit} bytes', headers=headers, size=total)
        return headers
