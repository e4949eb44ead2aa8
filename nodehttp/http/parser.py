"""HTTP/1.x message parser, sans-IO, with llhttp's rules as Node 24 runs them.

API
---
::

    from nodehttp.http.parser import RequestParser, ResponseParser, ParseError
    p = RequestParser(max_header_size=16384, lenient=False,   # or ResponseParser
                      relaxed=False, max_header_pairs=2000)
    events = p.feed(data)    # bytes/bytearray/memoryview -> list of events, in order
    events = p.feed_eof()    # end of input (llhttp_finish)
    p.pause(); events = p.resume()

Events (``__slots__`` classes, compared by value):

- ``HeadersComplete``: ``method`` (``'GET'``; ``None`` in responses), ``url``
  (``None`` in responses), ``status_code`` and ``reason`` (``None`` in
  requests), ``version_major``, ``version_minor``, ``raw_headers`` (flat
  ``[name, value, ...]`` as received: latin-1 ``str``, case and order kept,
  values without the surrounding blanks, as Node gives them), ``keep_alive``
  (``llhttp_should_keep_alive`` at that point: what Node passes to
  ``parserOnHeadersComplete`` as ``shouldKeepAlive``), ``upgrade`` (Node's
  ``parser.upgrade``: Upgrade + ``Connection: upgrade`` in a request or a 101
  response, or CONNECT), ``content_length`` (``int`` or ``None``), ``chunked``.
- ``Body``: ``data`` (``bytes``), one per piece of input, like ``on_body``.
- ``MessageComplete``: ``raw_trailers`` (flat list; empty without trailers).
- ``Upgrade``: ``data``, the input after the message that ends HTTP on this
  connection: an upgrade or CONNECT request (after its body, if any), a 101
  response, or a request for which ``on_headers_complete`` returned 2. Also
  emitted, with the rest of that input, when a parse error happens while
  ``parser.upgrade`` is set, because Node ignores such errors and only reports
  how far it got. Parsing stops: later ``feed()`` calls return
  ``[Upgrade(data)]`` until ``resume_after_upgrade()`` (llhttp's
  ``llhttp_resume_after_upgrade``), after which the next message is parsed.

Errors raise ``ParseError`` (a ``nodehttp.errors.NodeError``): ``code``
(``'HPE_...'``), ``reason`` (llhttp's text), ``bytesParsed`` (bytes of this
call's data consumed before the error), ``rawPacket`` (this call's data),
``message`` ``'Parse Error: <reason>'``, and ``events``: the events parsed from
the same call before the error (Node has delivered them before it reports the
error). The parser is then dead: more ``feed()`` raises again, ``feed_eof()``
returns ``[]``. ``feed_eof()`` in the middle of a message raises
``HPE_INVALID_EOF_STATE`` the way Node's server receives it from
``parser.finish()``: ``message == 'Parse Error'``, ``rawPacket is None``.

Knobs:

- ``max_header_size``: Node's ``maxHeaderSize``, counted as Node counts it:
  bytes of the URL, status text, field names and field values of one head (or
  of one trailer block); ``HPE_HEADER_OVERFLOW`` when the count reaches it,
  checked where each of those ends and at the end of each ``feed()``.
- ``lenient``: Node's ``insecureHTTPParser`` / ``httpValidation: 'insecure'``
  (all llhttp lenient flags that ``kLenientAll`` sets).
- ``relaxed``: Node 24's ``httpValidation: 'relaxed'``
  (``kLenientHeaderValueRelaxed``): control bytes other than NUL, CR and LF
  are accepted in field values. (DEVIATION: a NUL in a value makes llhttp
  9.4.3 loop for ever in that mode; here it is ``Invalid header value char``.)
- ``max_header_pairs`` (default 2000, ``0``: no limit): Node 24's
  ``parser.maxHeaderPairs`` (field names + values; servers and clients set it
  to ``maxHeadersCount << 1`` when that is a number, else 2000). A request
  field (or trailer) beyond ``max_header_pairs / 2`` in one block is
  ``HPE_HEADER_OVERFLOW``, reported where that name is first seen. Responses
  are not limited by the parser (``IncomingMessage`` keeps the first
  ``maxHeadersCount`` in ``headers``).
- ``skip_body`` (``ResponseParser``, settable, stays set): responses to a
  HEAD request: no body whatever the headers say ("return 1 from
  on_headers_complete").
- ``on_headers_complete`` (settable callable, default ``None``): called with
  each ``HeadersComplete`` during parsing, before any body; it returns what
  Node's ``parserOnHeadersComplete`` returns: ``0``/``None`` normal, ``1`` no
  body, ``2`` upgrade (no body, stop with ``Upgrade``). ``pause()`` may be
  called from it: parsing then stops right after that ``HeadersComplete``.
- ``hook_upgrade_only`` (settable, default ``False``): when true,
  ``on_headers_complete`` is only called for heads that ask for an upgrade
  (``Upgrade`` with ``Connection: upgrade``, or ``CONNECT``); other heads are
  parsed as if it had returned ``0`` (the HTTP server's hook, which only
  handles upgrades: the plain requests keep the parser's fast path).
- ``pause()`` / ``resume()`` / ``paused``: while paused, ``feed()`` keeps the
  input and returns ``[]`` (so does ``feed_eof()``, which then takes effect
  in ``resume()``); ``resume()`` parses what was kept and returns the events.

Not the parser's business (as in Node): timeouts, ``requireHostHeader``,
the ``maxHeadersCount`` cut of ``headers``. Chunk extensions are limited to
16 KiB per chunk (``HPE_CHUNK_EXTENSIONS_OVERFLOW``), as Node's binding does.

Theory of operation
-------------------
llhttp is a byte-at-a-time state machine (``src/llhttp/http.ts``); this
module reaches the same verdicts in two ways:

- *Fast path*: a complete head in one buffer, under ``max_header_size``, is
  checked with a few regexes over the whole head (decoded once as latin-1):
  request or status line, all field lines, then the few special fields
  (Content-Length, Transfer-Encoding, Connection, Upgrade). Anything they do
  not accept outright goes to the exact scanner.
- *Exact scanner* (``_scan_head``, ``_scan_fields``, ``_scan_chunk_size``):
  follows llhttp's states over runs of bytes (one regex per run) and reports
  the same error code, reason and byte position as llhttp, also for input
  that stops half-way (an error is raised as soon as the byte that causes it
  has arrived; an incomplete head is resumed at its last complete field
  line on the next ``feed()``).

Bodies are sliced from the input, never copied byte by byte. Everything here
was checked against Node 24 itself: tests/unit/test_parser_table.py (cases
recorded by tests/interop/gen_parser_expected.py) and
tests/interop/test_parser_vs_node.py. Speed: bench/bench_parser.py.
"""

from __future__ import annotations

import re
from enum import IntEnum
from typing import Callable, Optional

from nodehttp.errors import NodeError
from nodehttp.http.common import STATUS_CODES

__all__ = [
    "RequestParser", "ResponseParser", "ParseError", "HeadersComplete",
    "Body", "MessageComplete", "Upgrade", "METHODS", "State",
]


_new = object.__new__

# ---------------------------------------------------------------------------
# Events


class HeadersComplete:
    """llhttp on_headers_complete, as Node's parserOnHeadersComplete sees it."""

    __slots__ = ("method", "url", "status_code", "reason", "version_major",
                 "version_minor", "raw_headers", "keep_alive", "upgrade",
                 "content_length", "chunked")

    def __init__(self, method=None, url=None, status_code=None, reason=None,
                 version_major=1, version_minor=1, raw_headers=None,
                 keep_alive=True, upgrade=False, content_length=None,
                 chunked=False):
        self.method = method
        self.url = url
        self.status_code = status_code
        self.reason = reason
        self.version_major = version_major
        self.version_minor = version_minor
        self.raw_headers = [] if raw_headers is None else raw_headers
        self.keep_alive = keep_alive
        self.upgrade = upgrade
        self.content_length = content_length
        self.chunked = chunked

    def _key(self):
        return tuple(getattr(self, s) for s in self.__slots__)

    def __eq__(self, other):
        return type(other) is HeadersComplete and self._key() == other._key()

    def __repr__(self):
        return "HeadersComplete(%s)" % ", ".join(
            "%s=%r" % (s, getattr(self, s)) for s in self.__slots__)


class Body:
    """llhttp on_body: a piece of the message body."""

    __slots__ = ("data",)

    def __init__(self, data=b""):
        self.data = data

    def __eq__(self, other):
        return type(other) is Body and self.data == other.data

    def __repr__(self):
        return "Body(%r)" % (self.data,)


class MessageComplete:
    """llhttp on_message_complete; trailers of a chunked message."""

    __slots__ = ("raw_trailers",)

    def __init__(self, raw_trailers=None):
        self.raw_trailers = [] if raw_trailers is None else raw_trailers

    def __eq__(self, other):
        return (type(other) is MessageComplete
                and self.raw_trailers == other.raw_trailers)

    def __repr__(self):
        return "MessageComplete(%r)" % (self.raw_trailers,)


class Upgrade:
    """HPE_PAUSED_UPGRADE: the rest of the stream is another protocol."""

    __slots__ = ("data",)

    def __init__(self, data=b""):
        self.data = data

    def __eq__(self, other):
        return type(other) is Upgrade and self.data == other.data

    def __repr__(self):
        return "Upgrade(%r)" % (self.data,)


class ParseError(NodeError):
    """Node's parse error: code HPE_*, reason, bytesParsed, rawPacket."""

    def __init__(self, code: str, reason: str, bytesParsed: int = 0,
                 rawPacket: bytes = b"", events: Optional[list] = None):
        NodeError.__init__(self, "Parse Error: " + reason, code)
        self.reason = reason
        self.bytesParsed = bytesParsed
        self.rawPacket = rawPacket
        self.events = [] if events is None else events


class _Err(Exception):
    """Internal: error at absolute position ``pos`` of the work buffer."""

    def __init__(self, code, reason, pos):
        Exception.__init__(self, code, reason, pos)
        self.code = code
        self.reason = reason
        self.pos = pos


class _Incomplete(Exception):
    """Internal: more bytes are needed."""


_INCOMPLETE = _Incomplete()

# ---------------------------------------------------------------------------
# Constants (llhttp src/llhttp/constants.ts)

# Methods llhttp knows, by protocol; the method trie holds all of them.
_METHODS_HTTP1 = (
    "DELETE", "GET", "HEAD", "POST", "PUT", "CONNECT", "OPTIONS", "TRACE",
    "PATCH", "LINK", "UNLINK", "COPY", "LOCK", "MKCOL", "MOVE", "PROPFIND",
    "PROPPATCH", "SEARCH", "UNLOCK", "BIND", "REBIND", "UNBIND", "ACL",
    "REPORT", "MKACTIVITY", "CHECKOUT", "MERGE", "M-SEARCH", "NOTIFY",
    "SUBSCRIBE", "UNSUBSCRIBE", "MKCALENDAR", "PURGE", "QUERY", "SOURCE",
)
_METHODS_HTTP = frozenset(_METHODS_HTTP1 + ("PRI",))
_METHODS_RTSP = frozenset((
    "OPTIONS", "DESCRIBE", "ANNOUNCE", "SETUP", "PLAY", "PAUSE", "TEARDOWN",
    "GET_PARAMETER", "SET_PARAMETER", "REDIRECT", "RECORD", "GET", "POST",
    "FLUSH"))
_METHODS_ICE = frozenset(("SOURCE",))
_ALL_METHODS = _METHODS_HTTP | _METHODS_RTSP
_FAST_METHODS = _METHODS_HTTP - {"PRI"}
METHODS = sorted(_METHODS_HTTP)
_METHOD_PREFIXES = frozenset(m[:i].encode() for m in _ALL_METHODS
                             for i in range(1, len(m) + 1))

# Header flags (llhttp FLAGS)
F_CONNECTION_KEEP_ALIVE = 1 << 0
F_CONNECTION_CLOSE = 1 << 1
F_CONNECTION_UPGRADE = 1 << 2
F_CHUNKED = 1 << 3
F_UPGRADE = 1 << 4
F_CONTENT_LENGTH = 1 << 5
F_SKIPBODY = 1 << 6
F_TRAILING = 1 << 7
F_TRANSFER_ENCODING = 1 << 9
_F_FRAMING = F_UPGRADE | F_CHUNKED | F_TRANSFER_ENCODING | F_CONTENT_LENGTH


def _version_keep_alive(major, minor, flags):
    """llhttp_should_keep_alive's first half: HTTP/1.1 and later keep the
    connection unless told Connection: close; older versions only when told
    Connection: keep-alive.  (The second half, a message framed by the
    close of the connection, is _Parser._needs_eof.)"""
    if major > 0 and minor > 0:
        return not flags & F_CONNECTION_CLOSE
    return flags & F_CONNECTION_KEEP_ALIVE != 0


# header_state values for the special headers
_H_GENERAL = 0
_H_CONNECTION = 1
_H_CONTENT_LENGTH = 2
_H_TRANSFER_ENCODING = 3
_H_UPGRADE = 4
_H_TE_CHUNKED = 5       # Transfer-Encoding line ended in "chunked"
_H_CONN_KEYWORD = 6     # Connection line ended in close/keep-alive/upgrade
_CONN_KEYWORDS = ((b"close", F_CONNECTION_CLOSE), (b"keep-alive", F_CONNECTION_KEEP_ALIVE),
                  (b"upgrade", F_CONNECTION_UPGRADE))
_SPECIAL = {
    b"connection": _H_CONNECTION,
    b"content-length": _H_CONTENT_LENGTH,
    b"proxy-connection": _H_CONNECTION,
    b"transfer-encoding": _H_TRANSFER_ENCODING,
    b"upgrade": _H_UPGRADE,
}

_U64_MAX = (1 << 64) - 1
_MAX_CHUNK_EXTENSIONS = 16384  # node_http_parser.cc kMaxChunkExtensionsSize

# Character classes, as regex class bodies (bytes).
_ALNUM = rb"0-9A-Za-z"
_TOKEN = rb"!#$%&'*+\-.^_`|~" + _ALNUM
_URL_CHAR = rb"!\"$%&'()*+,\-./:;<=>@\[\\\]^_`{|}~" + _ALNUM
_USERINFO = _ALNUM + rb"\-_.!~*'()%;:&=+$,\[\]"
_HEADER_CHARS = rb"\t\x20-\x7e\x80-\xff"
_QDTEXT = rb"\t \x21\x23-\x5b\x5d-\x7e\x80-\xff"

_TOKEN_RUN = re.compile(b"[" + _TOKEN + b"]*")
_ALPHA_RUN = re.compile(rb"[A-Za-z]*")
_URL_PATH_RUN = re.compile(b"[" + _URL_CHAR + b"]*")
_URL_QUERY_RUN = re.compile(b"[" + _URL_CHAR + b"?]*")
_URL_FRAG_RUN = re.compile(b"[" + _URL_CHAR + b"?#]*")
_URL_SERVER_RUN = re.compile(b"[" + _USERINFO + b"]*")
_VALUE_RUN = re.compile(b"[" + _HEADER_CHARS + b"]*")
_QDTEXT_RUN = re.compile(b"[" + _QDTEXT + b"]*")
_RELAXED_RUN = re.compile(rb"[\x01-\x09\x0b\x0c\x0e-\xff]*")
_STATUS_RUN = re.compile(rb"[^\r\n]*")
_WS_RUN = re.compile(rb"[ \t]*")
_HEX_RUN = re.compile(rb"[0-9A-Fa-f]*")
_CRLF_RUN = re.compile(rb"[\r\n]*")

_ALPHA_SET = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_HTAB_SP_VCHAR_OBS = frozenset([9] + list(range(0x20, 0x7f))
                               + list(range(0x80, 0x100)))

# Fast path over a whole head decoded as latin-1 (str).
_S_TOKEN = _TOKEN.decode("latin-1")
_S_URL = _URL_CHAR.decode("latin-1")
_REQ_LINE_FAST = re.compile(
    r"([A-Z][A-Z_\-]*) ([/*][%s]*(?:\?[%s?]*)?(?:#[%s?#]*)?) HTTP/(1\.1|1\.0|2\.0|0\.9)"
    % (_S_URL, _S_URL, _S_URL))
_RES_LINE_FAST = re.compile(r"HTTP/(1\.1|1\.0|2\.0|0\.9) ([0-9]{3})(?: ([^\r\n]*))?")
_FAST_VERSIONS = {"1.1": (1, 1), "1.0": (1, 0), "2.0": (2, 0), "0.9": (0, 9)}
_CTL_BYTES = bytes(list(range(0x09)) + list(range(0x0a, 0x20)) + [0x7f])
# split at "CRLF name: " -> [start line, name, value, name, value, ...]
try:
    # (possessive: ':' is no token character and nothing follows the blanks,
    # so no match ever gives back a character; the engine then keeps no
    # backtracking points: a little cheaper per field)
    _FIELD_SPLIT = re.compile(r"\r\n([%s]++):[ \t]*+" % _S_TOKEN)
except re.error:  # Python 3.10: no possessive quantifiers
    _FIELD_SPLIT = re.compile(r"\r\n([%s]+):[ \t]*" % _S_TOKEN)
_SPECIAL_KIND = {k.decode(): v for k, v in _SPECIAL.items()}
_CONNECTION_TOKENS = {"keep-alive": F_CONNECTION_KEEP_ALIVE, "close": F_CONNECTION_CLOSE,
                      "upgrade": F_CONNECTION_UPGRADE}
# _fast_fields' table of field names as usually spelt: the special ones (as
# _SPECIAL_KIND, in lower case and capitalized) and common plain ones that
# start like one (0): no lower() for them.  Any other name is lowered.
_FIELD_KINDS = {spelt: kind for name, kind in _SPECIAL_KIND.items()
                for spelt in (name, "-".join(w.capitalize() for w in name.split("-")))}
_FIELD_KINDS.update(dict.fromkeys((
    "Cache-Control", "Content-Type", "Content-Encoding", "Content-Language",
    "Content-Location", "Content-Range", "Content-Disposition", "Cookie",
    "Pragma", "Trailer", "TE", "User-Agent", "Upgrade-Insecure-Requests",
    "cache-control", "content-type", "content-encoding", "cookie", "pragma",
    "user-agent"), 0))
assert all(_SPECIAL_KIND.get(k.lower(), 0) == v for k, v in _FIELD_KINDS.items())
# Connection values as usually spelt -> their flag (as _CONNECTION_TOKENS)
_CONNECTION_VALUES = {"keep-alive": F_CONNECTION_KEEP_ALIVE, "Keep-Alive": F_CONNECTION_KEEP_ALIVE,
                      "close": F_CONNECTION_CLOSE, "Close": F_CONNECTION_CLOSE,
                      "upgrade": F_CONNECTION_UPGRADE, "Upgrade": F_CONNECTION_UPGRADE}
assert all(_CONNECTION_TOKENS[k.lower()] == v for k, v in _CONNECTION_VALUES.items())
_CHUNK_LINE_FAST = re.compile(rb"([0-9A-Fa-f]{1,15})\r\n")

# Status lines as servers usually write them: HTTP/1.1 or 1.0, a code of
# STATUS_CODES and its reason phrase -> (major, minor, status, reason), what
# _RES_LINE_FAST gives for that line.  A fixed table (no input is added), so
# _simple_response needs no regex for such a line.
_STATUS_LINES = {"HTTP/%d.%d %d %s" % (major, minor, code, reason): (major, minor, code, reason)
                 for major, minor in ((1, 1), (1, 0)) for code, reason in STATUS_CODES.items()}

# _simple_response's memo of whole plain response heads it parsed (bytes ->
# whether _simple_response takes it, status, reason, major, minor, raw tuple,
# flags, Content-Length, keep-alive): the parse is a function of the head
# alone, and a client mostly reads the same head (the Date aside) from its
# server.  Cleared when full.
_known_heads = {}
_KNOWN_HEADS_MAX = 64

_VALID_VERSIONS = frozenset(((0, 9), (1, 0), (1, 1), (2, 0)))

class State(IntEnum):
    """Where the parser is between two bytes, at message granularity.

    Within a head the exact scanner follows llhttp's finer states (its
    node names are quoted in comments); these are the states a ``feed()``
    can end in::

        HEAD --head--> BODY_CL | BODY_EOF | CHUNK_SIZE | HEAD (no body)
                       | UPGRADED | CLOSED (not keep-alive) | HEADERS_DONE (paused)
        CHUNK_SIZE --size>0--> CHUNK_DATA --> CHUNK_END --> CHUNK_SIZE
        CHUNK_SIZE --0--> TRAILERS --> HEAD | CLOSED | UPGRADED
        BODY_CL --done--> HEAD | CLOSED | UPGRADED
        BODY_EOF --feed_eof--> FINISHED
        any --error--> DEAD
    """

    HEAD = 0           # before or inside a head (llhttp start ... headers_done)
    BODY_CL = 1        # body_identity
    BODY_EOF = 2       # body_identity_eof
    CHUNK_SIZE = 3     # chunk_size_start ... chunk_size_almost_done
    CHUNK_DATA = 4     # chunk_data
    CHUNK_END = 5      # chunk_data_almost_done
    TRAILERS = 6       # header_field_start with F_TRAILING
    CLOSED = 7         # closed: after a message that does not keep alive
    UPGRADED = 8       # after HPE_PAUSED_UPGRADE: the rest is not HTTP
    DEAD = 9           # after a parse error
    FINISHED = 10      # after feed_eof()
    HEADERS_DONE = 11  # paused in on_headers_complete; framing not decided yet


# plain-int aliases: the hot loop compares exact ints (``State(p._state)`` names one)
_S_HEAD = int(State.HEAD)
_S_BODY_CL = int(State.BODY_CL)
_S_BODY_EOF = int(State.BODY_EOF)
_S_CHUNK_SIZE = int(State.CHUNK_SIZE)
_S_CHUNK_DATA = int(State.CHUNK_DATA)
_S_CHUNK_END = int(State.CHUNK_END)
_S_TRAILERS = int(State.TRAILERS)
_S_CLOSED = int(State.CLOSED)
_S_UPGRADED = int(State.UPGRADED)
_S_DEAD = int(State.DEAD)
_S_FINISHED = int(State.FINISHED)
_S_HEADERS_DONE = int(State.HEADERS_DONE)


def _fast_fields(head, hs, bhead):
    """Validate and split the field lines of a whole head (``head`` str and
    ``bhead`` bytes, without the final CRLFCRLF; the start line ends at
    ``hs``). None: not a plain head, let the exact scanner decide."""
    raw = _FIELD_SPLIT.split(head)
    if len(raw[0]) != hs:
        return None
    # The split cut at each "CRLF token:"; a valid head has no other control
    # byte (HTAB aside).  Names are tokens, so that is: no control character
    # in the start line and the values.  isprintable() says so at once for
    # the usual head; a tab or a non-ASCII byte sends it to the exact count
    # (exactly two CTLs per field line).  Either way the only CRs left are
    # the split's, the first at hs, so a value that ends in blanks is one
    # followed by " \r" or "\t\r", or the last one (no tab: only " \r").
    if ''.join(raw[0::2]).isprintable():
        trim = head[-1] == " " or " \r" in head
    elif len(bhead) - len(bhead.translate(None, _CTL_BYTES)) != len(raw) - 1:
        return None
    else:
        trim = head[-1] in " \t" or " \r" in head or "\t\r" in head
    del raw[0]
    # Connection, Content-Length, Transfer-Encoding, Upgrade and
    # Proxy-Connection fields, in order, with their values as they follow
    # the colon's blanks (before the trim below).  _FIELD_KINDS knows the
    # usual spellings of names (the special ones and some plain ones), so
    # only another spelling of a name that starts like a special one needs
    # lower().
    flags = 0
    clen = 0
    it = iter(raw)
    for name, value in zip(it, it):
        if name[0] not in "CcTtUuPp":
            continue
        kind = _FIELD_KINDS.get(name)
        if kind is None:
            kind = _SPECIAL_KIND.get(name.lower())
            if kind is None:
                continue
        elif not kind:
            continue
        if kind == _H_CONNECTION:
            # (a usual spelling of one token: what the lines below give it)
            f = _CONNECTION_VALUES.get(value)
            if f is None:
                f = _CONNECTION_TOKENS.get(value.rstrip(" \t").lower())
            if f is not None:
                flags |= f
            elif "," in value:
                for tok in value.lower().split(","):
                    f = _CONNECTION_TOKENS.get(tok.strip(" \t"))
                    if f is not None:
                        flags |= f
        elif kind == _H_CONTENT_LENGTH:
            if flags & (F_CONTENT_LENGTH | F_TRANSFER_ENCODING):
                return None
            # (isdecimal(): only 0-9 in latin-1 text)
            if not value.isdecimal() or len(value) > 18:
                value = value.rstrip(" \t")
                if not value.isdecimal() or len(value) > 18:
                    return None
            clen = int(value)
            flags |= F_CONTENT_LENGTH
        elif kind == _H_TRANSFER_ENCODING:
            if flags & (F_CONTENT_LENGTH | F_TRANSFER_ENCODING):
                return None
            # only SP may follow the final "chunked" (llhttp te_chunked_last)
            if value.rstrip(" ").lower() != "chunked":
                return None
            flags |= F_TRANSFER_ENCODING | F_CHUNKED
        elif value.rstrip(" \t"):
            flags |= F_UPGRADE
    if trim:
        # blanks at the end of a value: Node trims them (ToTrimmedString)
        raw[1::2] = [v.rstrip(" \t") for v in raw[1::2]]
    return raw, flags, clen


def _conn_line(part: bytes, cut: bool, flags: int):
    """One line of a Connection value, as llhttp's header_value_connection
    states read it; returns (header_state, pending keyword flag, flags).

    Tokens are split on ','. A token that is a keyword followed only by
    blanks sets its flag at the ',' (the last one when the value ends, via
    the pending flag); a keyword followed by anything else drops the field
    to a plain value (header_state GENERAL) until a later keyword; other
    tokens change nothing. ``cut``: a byte llhttp does not take ended the
    line (lenient mode), which ends the token it is in for good.
    """
    state = _H_CONNECTION
    tokens = part.lower().split(b",")
    last = len(tokens) - 1
    kw = 0
    for idx, tok in enumerate(tokens):
        tok = tok.lstrip(b" \t")
        for word, flag in _CONN_KEYWORDS:
            if tok.startswith(word):
                if tok[len(word):].strip(b" \t") or (idx == last and cut):
                    state = _H_GENERAL
                elif idx == last:
                    state = _H_CONN_KEYWORD
                    kw = flag
                else:
                    flags |= flag
                    state = _H_CONNECTION
                break
    return state, kw, flags


class _Parser:
    """Common machinery of RequestParser and ResponseParser."""

    _is_request = True

    def __init__(self, max_header_size: int = 16384, lenient: bool = False,
                 relaxed: bool = False, max_header_pairs: int = 2000):
        # 0 or None: the default, as node_http_parser.cc's Initialize does
        self.max_header_size = max_header_size or 16384
        self.lenient = bool(lenient)
        self.relaxed = bool(relaxed)
        # Node's parser.maxHeaderPairs (names + values); requests only
        self.max_header_pairs = max_header_pairs
        self.skip_body = False
        self.on_headers_complete: Optional[Callable] = None
        self.hook_upgrade_only = False
        self._buf = b""
        self._state = _S_HEAD
        self._paused = False
        self._eof_pending = False
        self._error: Optional[_Err] = None
        self._upgrade = False
        self._flags = 0
        self._remaining = 0
        self._clen = 0
        self._ckpt = None          # where an incomplete head's scan resumes
        self._in_message = False   # llhttp finish == UNSAFE
        self._method = None
        self._status = 0
        self._major = 1
        self._minor = 1

    def reset(self, max_header_size: int = 16384, lenient: bool = False,
              relaxed: bool = False, max_header_pairs: int = 2000) -> None:
        """Every field back to the constructor's state, with these options
        (Node: parser.initialize() of a parser taken from the free list; the
        server reuses closed connections' parsers this way).  Attributes set
        on the instance since (hooks, anything else) are dropped first."""
        self.__dict__.clear()
        self.__init__(max_header_size, lenient, relaxed, max_header_pairs)

    # -- public API ---------------------------------------------------------

    @property
    def paused(self) -> bool:
        return self._paused

    def pause(self) -> None:
        """Stop delivering events; later input is kept for resume()."""
        self._paused = True

    def resume(self) -> list:
        """Parse what was kept while paused (and an end of input that came
        meanwhile); returns the events."""
        self._paused = False
        events = []
        if self._state not in (_S_UPGRADED, _S_DEAD) and (
                self._buf or self._state == _S_HEADERS_DONE):
            buf = self._buf
            self._buf = b""
            events = self._run(buf, 0, buf)
        if self._eof_pending and not self._paused:
            self._eof_pending = False
            try:
                events += self.feed_eof()
            except ParseError as e:
                e.events = events + e.events
                raise
        return events

    def resume_after_upgrade(self) -> None:
        """llhttp_resume_after_upgrade: parse the next message on next feed."""
        if self._state == _S_UPGRADED:
            # parser.upgrade stays set until the next head (as in llhttp)
            self._buf = b""
            self._cleanup()

    def feed(self, data) -> list:
        """Parse ``data``; returns the list of events it completes."""
        if not data:
            return []
        if type(data) is not bytes:
            data = bytes(data)
        state = self._state
        if state == _S_DEAD:
            e = self._error
            raise ParseError(e.code, e.reason, 0, data)
        if state == _S_UPGRADED:
            return [Upgrade(data)]
        if self._paused:
            self._buf += data
            return []
        if self._buf:
            buf = self._buf + data
            start = len(self._buf)
            self._buf = b""
            return self._run(buf, start, data)
        # Fast path: a whole message body chunk with nothing buffered.
        if state == _S_BODY_CL and len(data) < self._remaining:
            self._remaining -= len(data)
            return [Body(data)]
        if state == _S_BODY_EOF:
            return [Body(data)]
        if state == _S_HEAD and self._is_request:
            # Fast path: exactly one whole plain request without a body (most
            # GETs): _simple_request parses it or declines with no side effect.
            end = data.find(b"\r\n\r\n")
            if end > 0 and end + 4 == len(data):
                events = self._simple_request(data, end)
                if events is not None:
                    return events
        elif state == _S_HEAD and self.on_headers_complete is not None:
            # Fast path: exactly one whole plain response with a
            # Content-Length body (a keep-alive client's usual read):
            # _simple_response parses it or declines with no side effect.
            end = data.find(b"\r\n\r\n")
            if end > 0 and end + 4 < len(data):
                events = self._simple_response(data, end)
                if events is not None:
                    return events
        return self._run(data, 0, data)

    def feed_eof(self) -> list:
        """End of input (llhttp_finish). While paused it waits for resume()."""
        if self._paused:
            self._eof_pending = True
            return []
        state = self._state
        if state in (_S_DEAD, _S_UPGRADED, _S_FINISHED):
            return []
        if state == _S_BODY_EOF:
            self._state = _S_FINISHED
            self._in_message = False
            return [MessageComplete([])]
        if self._in_message or (state == _S_HEAD and self._buf):
            if self._upgrade:
                self._state = _S_FINISHED
                return []
            self._state = _S_DEAD
            self._error = _Err("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0)
            # Node does not run prepareError() on parser.finish()'s error:
            # the message stays 'Parse Error' and there is no rawPacket.
            err = ParseError("HPE_INVALID_EOF_STATE", "Invalid EOF state", 0, None)
            err.message = "Parse Error"
            err.args = ("Parse Error",)
            raise err
        self._state = _S_FINISHED
        return []

    # -- driver ---------------------------------------------------------------

    def _run(self, buf: bytes, start: int, chunk: bytes, pos: int = 0, events=None) -> list:
        """Parse buf from ``pos`` (0), adding to ``events`` (a new list);
        ``start`` is where this call's data begins."""
        if events is None:
            events = []
        n = len(buf)
        try:
            while True:
                if self._paused:
                    break
                state = self._state
                if state == _S_HEADERS_DONE:
                    pos = self._after_headers(buf, pos, events)
                    continue
                if pos >= n:
                    break
                if state == _S_HEAD:
                    c = buf[pos]
                    if c == 13 or c == 10:
                        pos = _CRLF_RUN.match(buf, pos).end()
                        continue
                    newpos = self._head(buf, pos, n, start, events)
                    if newpos < 0:
                        break
                    pos = newpos
                elif state == _S_BODY_CL:
                    rem = self._remaining
                    avail = n - pos
                    if avail < rem:
                        events.append(Body(buf[pos:] if pos else buf))
                        self._remaining = rem - avail
                        pos = n
                    else:
                        events.append(Body(buf[pos:pos + rem]))
                        pos += rem
                        self._remaining = 0
                        pos = self._message_done(buf, pos, events, [])
                elif state == _S_CHUNK_SIZE:
                    m = _CHUNK_LINE_FAST.match(buf, pos)
                    if m is not None:
                        size = int(m.group(1), 16)
                        pos = m.end()
                    else:
                        r = self._scan_chunk_size(buf, pos, n)
                        if r is None:
                            break
                        pos, size = r
                    if size == 0:
                        self._flags |= F_TRAILING
                        self._state = _S_TRAILERS
                    else:
                        self._remaining = size
                        self._state = _S_CHUNK_DATA
                elif state == _S_CHUNK_DATA:
                    rem = self._remaining
                    avail = n - pos
                    if avail < rem:
                        events.append(Body(buf[pos:] if pos else buf))
                        self._remaining = rem - avail
                        pos = n
                    else:
                        events.append(Body(buf[pos:pos + rem]))
                        pos += rem
                        self._remaining = 0
                        self._state = _S_CHUNK_END
                elif state == _S_CHUNK_END:
                    if buf[pos] == 13:
                        if pos + 1 >= n:
                            break
                        if buf[pos + 1] == 10:
                            pos += 2
                        elif self.lenient:
                            pos += 1
                        else:
                            raise _Err("HPE_STRICT", "Expected LF after chunk data", pos + 1)
                    elif buf[pos] == 10:
                        if not self.lenient:
                            raise _Err("HPE_CR_EXPECTED",
                                       "Missing expected CR after chunk data", pos + 1)
                        pos += 1
                    elif not self.lenient:
                        raise _Err("HPE_STRICT", "Expected LF after chunk data", pos)
                    self._state = _S_CHUNK_SIZE
                elif state == _S_TRAILERS:
                    r = self._scan_trailers(buf, pos, n)
                    if r is None:
                        break
                    pos, trailers = r
                    pos = self._message_done(buf, pos, events, trailers)
                elif state == _S_BODY_EOF:
                    events.append(Body(buf[pos:] if pos else buf))
                    pos = n
                elif state == _S_CLOSED:
                    pos = _CRLF_RUN.match(buf, pos).end()
                    if pos < n:
                        if not self.lenient:
                            raise _Err("HPE_CLOSED_CONNECTION",
                                       "Data after `Connection: close`", pos + 1)
                        pos = n
                elif state == _S_UPGRADED:
                    pos = n
                else:  # _S_FINISHED: data after feed_eof is ignored
                    pos = n
        except _Err as e:
            if self._upgrade:
                # Node drops parse errors while parser.upgrade is set
                # (node_http_parser.cc Execute: `!parser_.upgrade && err`)
                # and only reports how far it got: the rest is not HTTP.
                self._state = _S_UPGRADED
                self._buf = b""
                bp = min(max(e.pos - start, 0), len(chunk))
                events.append(Upgrade(chunk[bp:]))
                return events
            self._state = _S_DEAD
            self._error = e
            self._buf = b""
            bp = e.pos - start
            if bp < 0:
                bp = 0
            elif bp > len(chunk):
                bp = len(chunk)
            raise ParseError(e.code, e.reason, bp, chunk, events) from None
        if pos < n:
            self._buf = buf[pos:]
        return events

    # -- heads --------------------------------------------------------------

    def _head(self, buf, pos, n, start, events):
        """Parse a head at pos; returns the new position or -1 (need more)."""
        self._in_message = True
        end = buf.find(b"\r\n\r\n", pos)
        if end >= 0 and end + 4 - pos < self.max_header_size and self._ckpt is None:
            r = self._fast_head(buf, pos, end, events)
            if r >= 0:
                return r
        ck = self._ckpt
        try:
            if ck is None:
                r = self._scan_head(buf, pos, n)
            else:
                off, line, nraw, raw, flags, clen, nread = ck
                del raw[nraw:]
                r = self._scan_fields(buf, pos + off, n, nread, flags, clen, pos, line, raw)
                r = (r[0],) + line + r[1:]
        except _Incomplete:
            return -1
        self._ckpt = None
        return self._headers_done(buf, r[0], events, r[1:])

    def _headers_done(self, buf, pos, events, r):
        """llhttp headersCompleted + after_headers_complete."""
        method, url, status, reason, major, minor, raw, flags, clen = r
        self._method = method
        self._status = status
        self._major = major
        self._minor = minor
        is_req = self._is_request
        if flags & F_UPGRADE and flags & F_CONNECTION_UPGRADE:
            upgrade = is_req or status == 101
        else:
            upgrade = method == "CONNECT"
        self._flags = flags
        keep_alive = self._should_keep_alive()
        ev = HeadersComplete(method, url, status, reason, major, minor, raw,
                             keep_alive, upgrade,
                             clen if flags & F_CONTENT_LENGTH else None,
                             bool(flags & F_CHUNKED))
        events.append(ev)
        hook = self.on_headers_complete
        if hook is not None and (upgrade or not self.hook_upgrade_only):
            ret = hook(ev)
            if ret == 1:
                flags |= F_SKIPBODY
            elif ret == 2:
                upgrade = True
                flags |= F_SKIPBODY
        elif not is_req and self.skip_body:
            flags |= F_SKIPBODY
        self._flags = flags
        self._upgrade = upgrade
        self._clen = clen
        if self._paused:
            # paused from the hook: the framing decision waits for resume()
            self._state = _S_HEADERS_DONE
            return pos
        return self._after_headers(buf, pos, events)

    def _after_headers(self, buf, pos, events):
        """llhttp__after_headers_complete (src/native/http.c)."""
        flags = self._flags
        upgrade = self._upgrade
        clen = self._clen
        method = self._method
        status = self._status
        is_req = self._is_request
        chunked = flags & F_CHUNKED
        has_body = chunked or clen > 0
        if (upgrade and (method == "CONNECT" or flags & F_SKIPBODY or not has_body)) \
                or (not is_req and status == 101):
            events.append(MessageComplete([]))
            return self._upgrade_pause(buf, pos, events)
        if (flags & F_SKIPBODY) or (not is_req and status in (100, 102, 103, 204, 304)):
            events.append(MessageComplete([]))
            return self._cleanup_at(pos)
        if chunked:
            self._state = _S_CHUNK_SIZE
            return pos
        if flags & F_TRANSFER_ENCODING:
            if is_req and not self.lenient:
                raise _Err("HPE_INVALID_TRANSFER_ENCODING",
                           "Request has invalid `Transfer-Encoding`", pos)
            self._state = _S_BODY_EOF
            return pos
        if not flags & F_CONTENT_LENGTH:
            if self._needs_eof():
                self._state = _S_BODY_EOF
                return pos
            events.append(MessageComplete([]))
            return self._cleanup_at(pos)
        if clen == 0:
            events.append(MessageComplete([]))
            return self._cleanup_at(pos)
        self._remaining = clen
        self._state = _S_BODY_CL
        return pos

    def _message_done(self, buf, pos, events, trailers):
        events.append(MessageComplete(trailers))
        if self._upgrade:
            return self._upgrade_pause(buf, pos, events)
        return self._cleanup_at(pos)

    def _upgrade_pause(self, buf, pos, events):
        events.append(Upgrade(buf[pos:]))
        self._state = _S_UPGRADED
        return len(buf)

    def _cleanup_at(self, pos):
        self._cleanup()
        return pos

    def _cleanup(self):
        """llhttp__after_message_complete: keep-alive decides what follows."""
        keep = self._should_keep_alive()
        self._flags = 0
        self._in_message = False
        if keep or self.lenient:
            self._state = _S_HEAD
        else:
            self._state = _S_CLOSED

    def _needs_eof(self) -> bool:
        """llhttp_message_needs_eof."""
        if self._is_request:
            return False
        status = self._status
        flags = self._flags
        if status // 100 == 1 or status == 204 or status == 304 or flags & F_SKIPBODY:
            return False
        if flags & F_TRANSFER_ENCODING and not flags & F_CHUNKED:
            return True
        if flags & (F_CHUNKED | F_CONTENT_LENGTH):
            return False
        return True

    def _should_keep_alive(self) -> bool:
        """llhttp_should_keep_alive."""
        return _version_keep_alive(self._major, self._minor, self._flags) and not self._needs_eof()

    # -- fast path ----------------------------------------------------------

    # -- exact scanner --------------------------------------------------------

    def _out(self, n, span, nread):
        """Ran out of input: Node checks the open span, then waits."""
        if span >= 0 and nread + (n - span) >= self.max_header_size:
            raise _Err("HPE_HEADER_OVERFLOW", "Header overflow", n)
        raise _INCOMPLETE

    def _out_field(self, n, fs, nread, nraw):
        """Ran out of input inside a field name: Node reports the partial
        name (TrackHeader, then the header count), then waits."""
        if nread + (n - fs) >= self.max_header_size:
            raise _Err("HPE_HEADER_OVERFLOW", "Header overflow", n)
        self._count_field(nraw, n)
        raise _INCOMPLETE

    def _count_field(self, nraw, pos):
        """Node 24 refuses a request's field beyond maxHeaderPairs / 2."""
        limit = self.max_header_pairs
        if limit and self._is_request and nraw + 2 > limit:
            raise _Err("HPE_HEADER_OVERFLOW", "Header overflow", pos)

    def _track(self, nread, length, pos):
        """Node's TrackHeader at a span end; returns the new count."""
        nread += length
        if nread >= self.max_header_size:
            raise _Err("HPE_HEADER_OVERFLOW", "Header overflow", pos)
        return nread

    def _scan_fields(self, buf, i, n, nread, flags, clen, base, line, raw=None):
        """Header (or trailer) field lines from ``i``; llhttp header states.

        ``base`` is where the head (or trailer block) starts in ``buf`` and
        ``line`` what its start line gave; at each field line a checkpoint
        is kept so that, when input stops half-way, the next ``feed()``
        resumes at the last complete line instead of rescanning the head.
        Returns (end, raw, flags, clen)."""
        lenient = self.lenient
        is_req = self._is_request
        if raw is None:
            raw = []
        while True:
            self._ckpt = (i - base, line, len(raw), raw, flags, clen, nread)
            if i >= n:
                self._out(n, -1, nread)
            c = buf[i]
            if c == 13:
                if i + 1 >= n:
                    self._out(n, -1, nread)
                if buf[i + 1] == 10:
                    return i + 2, raw, flags, clen
                if lenient:
                    return i + 1, raw, flags, clen
                raise _Err("HPE_STRICT", "Expected LF after headers", i + 1)
            if c == 10:
                if lenient:
                    return i + 1, raw, flags, clen
                raise _Err("HPE_INVALID_HEADER_TOKEN", "Invalid header field char", i + 1)
            if c == 58:
                raise _Err("HPE_INVALID_HEADER_TOKEN", "Invalid header token", i)
            # header_field: the special-header trie, then general tokens
            fs = i
            j = _TOKEN_RUN.match(buf, i).end()
            if j >= n:
                self._out_field(n, fs, nread, len(raw))
            hstate = _SPECIAL.get(buf[fs:j].lower(), _H_GENERAL)
            c = buf[j]
            if c != 58:
                if hstate == _H_GENERAL or c != 32:
                    raise _Err("HPE_INVALID_HEADER_TOKEN", "Invalid header token", j)
                # header_field_colon: a blank before the colon of a special header
                if not lenient:
                    nread = self._track(nread, j - fs, j + 1)
                    self._count_field(len(raw), j + 1)
                    raise _Err("HPE_INVALID_HEADER_TOKEN", "Invalid header field char", j + 1)
                k = j
                while k < n and buf[k] == 32:
                    k += 1
                if k >= n:
                    self._out_field(n, fs, nread, len(raw))
                if buf[k] != 58:
                    hstate = _H_GENERAL
                    k = _TOKEN_RUN.match(buf, k).end()
                    if k >= n:
                        self._out_field(n, fs, nread, len(raw))
                    if buf[k] != 58:
                        raise _Err("HPE_INVALID_HEADER_TOKEN", "Invalid header token", k)
                j = k
            # colon at j: span end (skipTo), then on_header_field_complete
            name = buf[fs:j].decode("latin-1")
            nread = self._track(nread, j - fs, j + 1)
            self._count_field(len(raw), j + 1)
            i = j + 1
            if not lenient:
                if hstate == _H_TRANSFER_ENCODING and flags & F_CONTENT_LENGTH:
                    raise _Err("HPE_INVALID_TRANSFER_ENCODING",
                               "Transfer-Encoding can't be present with Content-Length", i)
                if hstate == _H_CONTENT_LENGTH and flags & F_TRANSFER_ENCODING:
                    raise _Err("HPE_INVALID_CONTENT_LENGTH",
                               "Content-Length can't be present with Transfer-Encoding", i)
            value_parts = []
            # header_value_discard_ws
            while True:
                i = _WS_RUN.match(buf, i).end()
                if i >= n:
                    self._out(n, -1, nread)
                c = buf[i]
                if c == 13 or c == 10:
                    if c == 13:
                        if i + 1 >= n:
                            self._out(n, -1, nread)
                        if buf[i + 1] == 10:
                            k = i + 2
                        elif lenient:
                            k = i + 1
                        else:
                            raise _Err("HPE_STRICT", "Expected LF after CR", i + 1)
                    else:
                        if not lenient:
                            raise _Err("HPE_INVALID_HEADER_TOKEN",
                                       "Invalid header value char", i + 1)
                        k = i + 1
                    # header_value_discard_lws
                    if k >= n:
                        self._out(n, -1, nread)
                    c = buf[k]
                    if c == 32 or c == 9:
                        if not lenient:
                            raise _Err("HPE_INVALID_HEADER_TOKEN",
                                       "Invalid header value char", k + 1)
                        i = k + 1
                        continue
                    if hstate == _H_CONTENT_LENGTH:
                        raise _Err("HPE_INVALID_CONTENT_LENGTH", "Empty Content-Length", k)
                    if hstate == _H_TRANSFER_ENCODING:
                        # llhttp 9.4.3 (Node 24), not in 9.3's table
                        raise _Err("HPE_INVALID_TRANSFER_ENCODING",
                                   "Empty Transfer-Encoding", k)
                    raw.append(name)
                    raw.append("")
                    i = k
                    value_parts = None
                    break
                break
            if value_parts is None:
                continue
            # The value, one line at a time (more than one only with lenient
            # obs-fold). llhttp's header_state decides, at each line start,
            # whether the special meaning of the field goes on: see _conn_line.
            conn_kw = 0
            while True:
                vs = i
                if hstate == _H_TRANSFER_ENCODING:
                    if flags & F_CHUNKED and is_req and not lenient:
                        raise _Err("HPE_INVALID_TRANSFER_ENCODING",
                                   "Invalid `Transfer-Encoding` header value", vs + 1)
                    flags = (flags | F_TRANSFER_ENCODING) & ~F_CHUNKED
                ve = _VALUE_RUN.match(buf, vs).end()
                te_chunked = False
                if hstate == _H_CONTENT_LENGTH:
                    clen = self._check_content_length(buf, vs, ve, n, flags, nread)
                elif hstate == _H_TRANSFER_ENCODING:
                    te_chunked = self._check_te(buf, vs, ve, n)
                if ve >= n:
                    self._out(n, vs, nread)
                c = buf[ve]
                if hstate == _H_CONTENT_LENGTH:
                    if c != 13 and c != 10:
                        self._track(nread, ve - vs, ve)
                        raise _Err("HPE_INVALID_CONTENT_LENGTH",
                                   "Invalid character in Content-Length", ve)
                    flags |= F_CONTENT_LENGTH
                cut = ve  # where the bytes that keep the field's meaning end
                if c == 13:
                    nread = self._track(nread, ve - vs, ve + 1)
                    if ve + 1 >= n:
                        self._out(n, -1, nread)
                    if buf[ve + 1] != 10:
                        raise _Err("HPE_LF_EXPECTED",
                                   "Missing expected LF after header value", ve + 1)
                    k = ve + 2
                elif c == 10:
                    nread = self._track(nread, ve - vs, ve)
                    if not lenient:
                        raise _Err("HPE_CR_EXPECTED",
                                   "Missing expected CR after header value", ve)
                    k = ve + 1
                elif self.relaxed and not lenient:
                    # header_value_relaxed (httpValidation 'relaxed'): control
                    # bytes other than NUL, CR and LF are taken
                    ve = _RELAXED_RUN.match(buf, ve).end()
                    if ve >= n:
                        self._out(n, vs, nread)
                    c = buf[ve]
                    if c == 13:
                        nread = self._track(nread, ve - vs, ve + 1)
                        if ve + 1 >= n:
                            self._out(n, -1, nread)
                        if buf[ve + 1] != 10:
                            raise _Err("HPE_LF_EXPECTED",
                                       "Missing expected LF after header value", ve + 1)
                        k = ve + 2
                    else:
                        nread = self._track(nread, ve - vs, ve)
                        if c == 10:
                            raise _Err("HPE_CR_EXPECTED",
                                       "Missing expected CR after header value", ve)
                        # DEVIATION: a NUL here sends llhttp 9.4.3 (Node 24.19)
                        # round header_value_relaxed/_otherwise for ever; we
                        # report it as the strict parser does.
                        raise _Err("HPE_INVALID_HEADER_TOKEN", "Invalid header value char", ve)
                else:
                    if not lenient:
                        self._track(nread, ve - vs, ve)
                        raise _Err("HPE_INVALID_HEADER_TOKEN",
                                   "Invalid header value char", ve)
                    # header_value_lenient: anything up to CR or LF
                    while ve < n and buf[ve] != 13 and buf[ve] != 10:
                        ve += 1
                    if ve >= n:
                        self._out(n, vs, nread)
                    nread = self._track(nread, ve - vs, ve + 1 if buf[ve] == 13 else ve)
                    if buf[ve] == 13:
                        if ve + 1 >= n:
                            self._out(n, -1, nread)
                        if buf[ve + 1] != 10:
                            raise _Err("HPE_LF_EXPECTED",
                                       "Missing expected LF after header value", ve + 1)
                        k = ve + 2
                    else:
                        k = ve + 1
                value_parts.append(buf[vs:ve])
                if hstate == _H_CONNECTION:
                    hstate, conn_kw, flags = _conn_line(buf[vs:cut], cut < ve, flags)
                elif hstate == _H_TRANSFER_ENCODING:
                    # te_token falls back to a plain value at the end of the
                    # line: only a line ending in "chunked" keeps a state
                    hstate = _H_TE_CHUNKED if te_chunked and cut == ve else _H_GENERAL
                elif hstate == _H_UPGRADE:
                    flags |= F_UPGRADE
                    hstate = _H_GENERAL
                # header_value_lws
                if k >= n:
                    self._out(n, -1, nread)
                c = buf[k]
                if c == 32 or c == 9:
                    if not lenient:
                        raise _Err("HPE_INVALID_HEADER_TOKEN",
                                   "Unexpected whitespace after header value", k)
                    i = k  # obs-fold: the value goes on, blanks included
                    if hstate == _H_TE_CHUNKED:
                        hstate = _H_GENERAL
                    continue
                break
            # setHeaderFlags
            if hstate == _H_TE_CHUNKED:
                flags |= F_CHUNKED
            elif hstate == _H_CONN_KEYWORD:
                flags |= conn_kw
            value = b"".join(value_parts)
            raw.append(name)
            raw.append(value.rstrip(b" \t").decode("latin-1"))
            i = k

    def _check_content_length(self, buf, vs, ve, n, flags, nread):
        """header_value_content_length over buf[vs:ve] (may be partial)."""
        if flags & F_CONTENT_LENGTH:
            raise _Err("HPE_UNEXPECTED_CONTENT_LENGTH", "Duplicate Content-Length", vs)
        j = vs
        v = 0
        while j < ve:
            d = buf[j] - 48
            if d < 0 or d > 9:
                break
            v = v * 10 + d
            j += 1
            if v > _U64_MAX:
                self._track(nread, j - vs, j)
                raise _Err("HPE_INVALID_CONTENT_LENGTH", "Content-Length overflow", j)
        while j < ve and (buf[j] == 32 or buf[j] == 9):
            j += 1
        if j < ve:
            self._track(nread, j - vs, j)
            raise _Err("HPE_INVALID_CONTENT_LENGTH",
                       "Invalid character in Content-Length", j)
        return v

    def _check_te(self, buf, vs, ve, n):
        """Transfer-Encoding value states; True if it ends in ``chunked``."""
        forbid = self._is_request and not self.lenient
        st = 0  # 0 te_chunked (k chars of 'chunked'), 1 last, 2 token, 3 ows
        k = 0
        j = vs
        word = b"chunked"
        while j < ve:
            c = buf[j]
            if st == 0:
                if c | 0x20 == word[k]:
                    k += 1
                    j += 1
                    if k == 7:
                        st = 1
                    continue
                st = 2
                k = 0
                continue
            if st == 1:
                if c == 32:
                    j += 1
                    continue
                if c == 44 and forbid:
                    raise _Err("HPE_INVALID_TRANSFER_ENCODING",
                               "Invalid `Transfer-Encoding` header value", j + 1)
                st = 2
                continue
            if st == 2:
                if c == 44:
                    st = 3
                j += 1
                continue
            # st == 3: ows
            if c == 32 or c == 9:
                j += 1
                continue
            st = 0
            k = 0
        if ve < n and st == 1:
            c = buf[ve]
            return c == 13 or c == 10
        return False

    def _scan_trailers(self, buf, pos, n):
        """Trailer block after the last chunk; None if incomplete."""
        ck = self._ckpt
        try:
            if ck is None:
                end, raw, flags, _ = self._scan_fields(buf, pos, n, 0, self._flags, 0, pos, None)
            else:
                off, _, nraw, raw, flags, clen, nread = ck
                del raw[nraw:]
                end, raw, flags, _ = self._scan_fields(buf, pos + off, n, nread, flags, clen,
                                                       pos, None, raw)
        except _Incomplete:
            return None
        self._ckpt = None
        self._flags = flags
        return end, raw

    def _scan_chunk_size(self, buf, pos, n):
        """chunk-size [ext] CRLF, exactly as llhttp; None if incomplete."""
        lenient = self.lenient
        j = _HEX_RUN.match(buf, pos).end()
        if j == pos:
            if j >= n:
                return None
            raise _Err("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", j)
        size = 0
        for k in range(pos, j):
            size = size * 16 + int(buf[k:k + 1], 16)
            if size > _U64_MAX:
                raise _Err("HPE_INVALID_CHUNK_SIZE", "Chunk size overflow", k + 1)
        if j >= n:
            return None
        c = buf[j]
        while c == 32 or c == 9:
            if not lenient:
                raise _Err("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", j + 1)
            j += 1
            if j >= n:
                return None
            c = buf[j]
        if c == 13:
            j += 1
        elif c == 10:
            if not lenient:
                raise _Err("HPE_CR_EXPECTED", "Missing expected CR after chunk size", j + 1)
        elif c == 59:
            j = self._scan_chunk_ext(buf, j + 1, n)
            if j < 0:
                return None
        else:
            raise _Err("HPE_INVALID_CHUNK_SIZE", "Invalid character in chunk size", j)
        # chunk_size_almost_done
        if j >= n:
            return None
        if buf[j] == 10:
            j += 1
        elif not lenient:
            raise _Err("HPE_STRICT", "Expected LF after chunk size", j)
        return j, size

    def _scan_chunk_ext(self, buf, j, n):
        """Chunk extensions after ';'; returns the chunk_size_almost_done
        position, or -1 if incomplete."""
        lenient = self.lenient
        nread = 0
        limit = _MAX_CHUNK_EXTENSIONS

        def track(length, pos):
            nonlocal nread
            nread += length
            if nread > limit:
                raise _Err("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", pos)

        def out(span):
            if span >= 0 and nread + (n - span) > limit:
                raise _Err("HPE_CHUNK_EXTENSIONS_OVERFLOW", "Chunk extensions overflow", n)
            return -1

        while True:
            # chunk_extensions
            if j >= n:
                return out(-1)
            c = buf[j]
            if c == 32 or c == 13:
                raise _Err("HPE_STRICT", "Invalid character in chunk extensions", j + 1)
            ns = j
            j = _TOKEN_RUN.match(buf, j).end()
            if j >= n:
                return out(ns)
            c = buf[j]
            if c == 61:  # '='
                track(j - ns, j + 1)
                j += 1
                vs = j
                j = _TOKEN_RUN.match(buf, j).end()
                if j >= n:
                    return out(vs)
                c = buf[j]
                if c == 34:  # '"': chunk_extension_quoted_value
                    j += 1
                    while True:
                        j = _QDTEXT_RUN.match(buf, j).end()
                        if j >= n:
                            return out(vs)
                        c = buf[j]
                        if c == 34:
                            j += 1
                            break
                        if c == 92:  # backslash: quoted-pair
                            if j + 1 >= n:
                                return out(vs)
                            if buf[j + 1] not in _HTAB_SP_VCHAR_OBS:
                                track(j + 1 - vs, j + 2)
                                raise _Err("HPE_STRICT",
                                           "Invalid quoted-pair in chunk extensions quoted value",
                                           j + 2)
                            j += 2
                            continue
                        track(j - vs, j + 1)
                        raise _Err("HPE_STRICT",
                                   "Invalid character in chunk extensions quoted value", j + 1)
                    # chunk_extension_quoted_value_done
                    track(j - vs, j)
                    if j >= n:
                        return out(-1)
                    c = buf[j]
                    if c == 59:
                        j += 1
                        continue
                    if c == 13:
                        return j + 1
                    if c == 10:
                        if not lenient:
                            raise _Err("HPE_CR_EXPECTED",
                                       "Missing expected CR after chunk extension value", j)
                        return j
                    raise _Err("HPE_STRICT",
                               "Invalid character in chunk extensions quote value", j)
                if c == 59:
                    track(j - vs, j + 1)
                    j += 1
                    continue
                if c == 13:
                    track(j - vs, j + 1)
                    return j + 1
                if c == 10:
                    track(j - vs, j)
                    if not lenient:
                        raise _Err("HPE_CR_EXPECTED",
                                   "Missing expected CR after chunk extension value", j)
                    return j
                track(j - vs, j + 1)
                raise _Err("HPE_STRICT", "Invalid character in chunk extensions value", j + 1)
            if c == 59:
                track(j - ns, j + 1)
                j += 1
                continue
            if c == 13:
                track(j - ns, j + 1)
                return j + 1
            if c == 10:
                track(j - ns, j)
                if not lenient:
                    raise _Err("HPE_CR_EXPECTED",
                               "Missing expected CR after chunk extension name", j)
                return j
            track(j - ns, j + 1)
            raise _Err("HPE_STRICT", "Invalid character in chunk extensions name", j + 1)

    def _check_version(self, major, minor, pos):
        if not self.lenient and (major, minor) not in _VALID_VERSIONS:
            raise _Err("HPE_INVALID_VERSION", "Invalid HTTP version", pos)

    def _scan_version(self, buf, j, n):
        """DIGIT '.' DIGIT at j; returns (major, minor, end)."""
        if j >= n:
            raise _INCOMPLETE
        d = buf[j] - 48
        if d < 0 or d > 9:
            raise _Err("HPE_INVALID_VERSION", "Invalid major version", j)
        major = d
        j += 1
        if j >= n:
            raise _INCOMPLETE
        if buf[j] != 46:
            raise _Err("HPE_INVALID_VERSION", "Expected dot", j)
        j += 1
        if j >= n:
            raise _INCOMPLETE
        d = buf[j] - 48
        if d < 0 or d > 9:
            raise _Err("HPE_INVALID_VERSION", "Invalid minor version", j)
        minor = d
        j += 1
        self._check_version(major, minor, j)
        return major, minor, j


class RequestParser(_Parser):
    """Parses requests (Node's server side, HTTPParser.REQUEST)."""

    _is_request = True

    def _fast_head(self, buf, pos, end, events):
        """A whole, plain request head (``end``: its CRLFCRLF): regexes over
        the head; returns the position after it, or -1 if not taken."""
        bhead = buf[pos:end]
        head = bhead.decode("latin-1")
        end += 4
        m = _REQ_LINE_FAST.match(head)
        if m is None:
            return -1
        method, url, version = m.groups()
        if method not in _FAST_METHODS:
            return -1
        r = _fast_fields(head, m.end(), bhead)
        if r is None:
            return -1
        raw, flags, clen = r
        if self.max_header_pairs and len(raw) > self.max_header_pairs:
            return -1
        major, minor = _FAST_VERSIONS[version]
        if not flags & _F_FRAMING and method != "CONNECT" and (
                self.on_headers_complete is None or self.hook_upgrade_only):
            # The common case: a request without body or upgrade.
            keep_alive = _version_keep_alive(major, minor, flags)
            events.append(HeadersComplete(method, url, None, None, major, minor,
                                          raw, keep_alive, False, None, False))
            events.append(MessageComplete([]))
            self._method = method
            self._major = major
            self._minor = minor
            self._upgrade = False
            self._in_message = False
            if not keep_alive and not self.lenient:
                self._state = _S_CLOSED
            return end
        return self._headers_done(buf, end, events, (method, url, None, None, major, minor,
                                                     raw, flags, clen))

    def _simple_request(self, data, end):
        """feed()'s fast path: ``data`` is one whole head (CRLFCRLF at
        ``end``) and nothing else.  The events of a request without body or
        upgrade, as _run -> _head -> _fast_head give them; None (nothing
        changed) for any other request."""
        if end + 4 >= self.max_header_size or self._ckpt is not None or (
                self.on_headers_complete is not None and not self.hook_upgrade_only):
            return None
        bhead = data[:end]
        head = bhead.decode("latin-1")
        m = _REQ_LINE_FAST.match(head)
        if m is None:
            return None
        method, url, version = m.groups()
        if method not in _FAST_METHODS or method == "CONNECT":
            return None
        r = _fast_fields(head, m.end(), bhead)
        if r is None:
            return None
        raw, flags, clen = r
        if flags & _F_FRAMING or (self.max_header_pairs and len(raw) > self.max_header_pairs):
            return None
        major, minor = _FAST_VERSIONS[version]
        keep_alive = _version_keep_alive(major, minor, flags)
        self._method = method
        self._major = major
        self._minor = minor
        self._upgrade = False
        if not keep_alive and not self.lenient:
            self._state = _S_CLOSED
        # HeadersComplete(method, url, None, None, major, minor, raw,
        # keep_alive, False, None, False), its fields set here
        ev = _new(HeadersComplete)
        ev.method = method
        ev.url = url
        ev.status_code = None
        ev.reason = None
        ev.version_major = major
        ev.version_minor = minor
        ev.raw_headers = raw
        ev.keep_alive = keep_alive
        ev.upgrade = False
        ev.content_length = None
        ev.chunked = False
        done = _new(MessageComplete)        # MessageComplete([])
        done.raw_trailers = []
        return [ev, done]

    def _scan_head(self, buf, pos, n):
        """The request head at pos, llhttp state by state."""
        nread = 0
        # method (trie over every method llhttp knows)
        j = pos
        while True:
            if j >= n:
                raise _INCOMPLETE
            if buf[pos:j + 1] in _METHOD_PREFIXES:
                j += 1
                continue
            break
        method = buf[pos:j].decode("latin-1")
        if method not in _ALL_METHODS:
            raise _Err("HPE_INVALID_METHOD", "Invalid method encountered", j)
        if buf[j] != 32:
            raise _Err("HPE_INVALID_METHOD", "Expected space after method", j)
        j += 1
        while j < n and buf[j] == 32:
            j += 1
        if j >= n:
            raise _INCOMPLETE
        us = j
        # URL (llhttp src/llhttp/url.ts)
        if method == "CONNECT":
            st = "server"
        else:
            c = buf[j]
            if c == 47 or c == 42:  # '/' '*'
                st = "path"
                j += 1
            elif c in _ALPHA_SET:
                st = "schema"
            elif c in (32, 13, 10, 9, 12):
                raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
            else:
                raise _Err("HPE_INVALID_URL", "Unexpected start char in url", j)
        while True:
            if st == "path":
                j = _URL_PATH_RUN.match(buf, j).end()
                if j >= n:
                    self._out(n, us, nread)
                c = buf[j]
                if c == 63:
                    st = "query"
                    j += 1
                    continue
                if c == 35:
                    st = "fragment"
                    j += 1
                    continue
                if c in (32, 13, 10):
                    break
                if c == 9 or c == 12:
                    raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
                raise _Err("HPE_INVALID_URL", "Invalid char in url path", j)
            if st == "query":
                j = _URL_QUERY_RUN.match(buf, j).end()
                if j >= n:
                    self._out(n, us, nread)
                c = buf[j]
                if c == 35:
                    st = "fragment"
                    j += 1
                    continue
                if c in (32, 13, 10):
                    break
                if c == 9 or c == 12:
                    raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
                raise _Err("HPE_INVALID_URL", "Invalid char in url query", j)
            if st == "fragment":
                j = _URL_FRAG_RUN.match(buf, j).end()
                if j >= n:
                    self._out(n, us, nread)
                c = buf[j]
                if c in (32, 13, 10):
                    break
                if c == 9 or c == 12:
                    raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
                raise _Err("HPE_INVALID_URL", "Invalid char in url fragment start", j)
            if st == "schema":
                j = _ALPHA_RUN.match(buf, j).end()
                if j >= n:
                    self._out(n, us, nread)
                c = buf[j]
                if c == 58:  # ':'
                    j += 1
                    if j >= n:
                        self._out(n, us, nread)
                    c = buf[j]
                    if c == 47:
                        j += 1
                        if j >= n:
                            self._out(n, us, nread)
                        if buf[j] == 47:
                            j += 1
                            st = "server"
                            continue
                        raise _Err("HPE_INVALID_URL", "Unexpected char in url schema", j)
                    if c in (32, 13, 10, 9, 12):
                        raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
                    raise _Err("HPE_INVALID_URL", "Unexpected char in url schema", j)
                if c in (32, 13, 10, 9, 12):
                    raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
                raise _Err("HPE_INVALID_URL", "Unexpected char in url schema", j)
            # server / server_with_at
            j = _URL_SERVER_RUN.match(buf, j).end()
            if j >= n:
                self._out(n, us, nread)
            c = buf[j]
            if c == 47:
                st = "path"
                j += 1
                continue
            if c == 63:
                st = "query"
                j += 1
                continue
            if c == 64:  # '@' (server_with_at: a second one right after fails)
                j += 1
                if j >= n:
                    self._out(n, us, nread)
                if buf[j] == 64:
                    raise _Err("HPE_INVALID_URL", "Double @ in url", j + 1)
                continue
            if c in (32, 13, 10):
                break
            if c == 9 or c == 12:
                raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
            raise _Err("HPE_INVALID_URL", "Unexpected char in url server", j)
        # url span ends at j (a space, CR or LF)
        nread = self._track(nread, j - us, j)
        url = buf[us:j].decode("latin-1")
        c = buf[j]
        http09 = c == 13 or c == 10
        if http09:
            # HTTP/0.9 request line
            if c == 13:
                if j + 1 >= n:
                    raise _INCOMPLETE
                if buf[j + 1] != 10:
                    raise _Err("HPE_INVALID_URL", "Expected CRLF", j + 1)
                j += 2
            else:
                j += 1
            major, minor = 0, 9
        else:
            j += 1
        # llhttp's url "to_http"/"to_http_09" nodes still refuse HTAB and FF
        if j >= n:
            raise _INCOMPLETE
        if buf[j] == 9 or buf[j] == 12:
            raise _Err("HPE_INVALID_URL", "Invalid characters in url", j + 1)
        if not http09:
            while j < n and buf[j] == 32:
                j += 1
            # protocol
            ps = j
            for word, allowed, why in ((b"HTTP", _METHODS_HTTP, "Invalid method for HTTP/x.x request"),
                                       (b"RTSP", _METHODS_RTSP, "Invalid method for RTSP/x.x request"),
                                       (b"ICE", _METHODS_ICE, "Expected SOURCE method for ICE/x.x request")):
                if j < n and buf[j] == word[0]:
                    break
            else:
                if j >= n:
                    raise _INCOMPLETE
                raise _Err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", j)
            for k in range(1, len(word)):
                if ps + k >= n:
                    raise _INCOMPLETE
                if buf[ps + k] != word[k]:
                    raise _Err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", ps + k)
            j = ps + len(word)
            if method not in allowed:
                raise _Err("HPE_INVALID_CONSTANT", why, j)
            if j >= n:
                raise _INCOMPLETE
            if buf[j] != 47:
                raise _Err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", j)
            major, minor, j = self._scan_version(buf, j + 1, n)
            if method == "PRI":
                preface = b"\r\n\r\nSM\r\n\r\n"
                for k in range(len(preface)):
                    if j + k >= n:
                        raise _INCOMPLETE
                    if buf[j + k] != preface[k]:
                        raise _Err("HPE_INVALID_VERSION",
                                   "Expected HTTP/2 Connection Preface", j + k)
                raise _Err("HPE_PAUSED_H2_UPGRADE", "Pause on PRI/Upgrade", j + len(preface))
            if j >= n:
                raise _INCOMPLETE
            c = buf[j]
            if c == 13:
                if j + 1 >= n:
                    raise _INCOMPLETE
                if buf[j + 1] == 10:
                    j += 2
                elif self.lenient:
                    j += 1
                else:
                    raise _Err("HPE_STRICT", "Expected CRLF after version", j + 1)
            elif c == 10:
                if not self.lenient:
                    raise _Err("HPE_INVALID_VERSION", "Expected CRLF after version", j + 1)
                j += 1
                if j < n and buf[j] == 10:
                    j += 1
            else:
                raise _Err("HPE_INVALID_VERSION", "Expected CRLF after version", j)
        # headers_start
        if j >= n:
            raise _INCOMPLETE
        if buf[j] == 32:
            if not self.lenient:
                raise _Err("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", j + 1)
            j += 1
        line = (method, url, None, None, major, minor)
        end, raw, flags, clen = self._scan_fields(buf, j, n, nread, 0, 0, pos, line)
        return (end,) + line + (raw, flags, clen)


def _parse_status_head(bhead):
    """A whole response head (the bytes before its CRLFCRLF) by the fast
    rules (ResponseParser._fast_head's and _simple_response's): (status,
    reason, major, minor, raw headers, flags, Content-Length), or None for a
    head they leave to the exact scanner."""
    head = bhead.decode("latin-1")
    i = head.find("\r\n")
    line = _STATUS_LINES.get(head[:i]) if i > 0 else None
    if line is not None:
        # a usual status line, up to its CRLF: what the regex gives
        major, minor, status, reason = line
        r = _fast_fields(head, i, bhead)
    else:
        m = _RES_LINE_FAST.match(head)
        if m is None:
            return None
        version, status, reason = m.groups()
        status = int(status)
        reason = reason or ""
        major, minor = _FAST_VERSIONS[version]
        r = _fast_fields(head, m.end(), bhead)
    if r is None:
        return None
    raw, flags, clen = r
    return status, reason, major, minor, raw, flags, clen


class ResponseParser(_Parser):
    """Parses responses (Node's client side, HTTPParser.RESPONSE)."""

    _is_request = False

    def _fast_head(self, buf, pos, end, events):
        """A whole, plain status line and fields; -1 if not."""
        bhead = buf[pos:end]
        end += 4
        known = _known_heads.get(bhead) if bhead.__class__ is bytes else None
        if known is not None:
            # a head _simple_response has parsed, just now (it declined this
            # response: chunked, bodyless, or a Content-Length other than the
            # rest of the read) or before: its parse, as the lines below give
            # it (rawHeaders a list of its own)
            _, status, reason, major, minor, raw, flags, clen, _ = known
            return self._headers_done(buf, end, events, (None, None, status, reason,
                                                         major, minor, list(raw), flags, clen))
        r = _parse_status_head(bhead)
        if r is None:
            return -1
        status, reason, major, minor, raw, flags, clen = r
        return self._headers_done(buf, end, events, (None, None, status, reason,
                                                     major, minor, raw, flags, clen))

    def _feed_split(self, data):
        """feed(data) for the client's read: the same parse, except that one
        whole plain response (what _simple_response takes) comes back as the
        tuple (its HeadersComplete, its body bytes) instead of the events
        [HeadersComplete, Body(body), MessageComplete([])]; anything else is
        feed()'s list of events."""
        if self._state == _S_HEAD and data and data.__class__ is bytes and not self._paused \
                and not self._buf and self.on_headers_complete is not None \
                and self.__class__ is ResponseParser:
            # (what feed() does for this state: its other checks are for
            # other states, a request parser, or input to keep)
            end = data.find(b"\r\n\r\n")
            if end > 0 and end + 4 < len(data):
                r = self._simple_response(data, end, True)
                if r is not None:
                    return r
            return self._run(data, 0, data)
        return self.feed(data)

    def _simple_response(self, data, end, split=False):
        """feed()'s fast path: ``data`` is one whole head (CRLFCRLF at
        ``end``) and a Content-Length body that is exactly the rest, with an
        on_headers_complete hook (the client's).  The events and parser
        state of _run -> _head -> _fast_head -> _headers_done (the hook
        called at the same point) -> _after_headers -> the BODY_CL branch ->
        _message_done -> _cleanup, for a status that is not 1xx, 204 or 304
        and a hook that returns 0 without pausing; after the hook anything
        else goes on as _headers_done and _run would.  None (nothing
        changed) for any other response."""
        hs = end + 4
        if hs >= self.max_header_size or self._ckpt is not None or self.hook_upgrade_only \
                or self.__class__ is not ResponseParser:
            return None
        bhead = data[:end]
        known = _known_heads.get(bhead)
        if known is None:
            r = _parse_status_head(bhead)
            if r is None:
                return None
            status, reason, major, minor, raw, flags, clen = r
            # this path's case: a final status with a body, framed by a
            # Content-Length (the one of this read is checked below)
            plain = (status >= 200 and status != 204 and status != 304
                     and flags & _F_FRAMING == F_CONTENT_LENGTH and clen != 0)
            # (_should_keep_alive() with _needs_eof() False: Content-Length)
            keep_alive = _version_keep_alive(major, minor, flags)
            if len(_known_heads) >= _KNOWN_HEADS_MAX:
                _known_heads.clear()
            _known_heads[bhead] = (plain, status, reason, major, minor, tuple(raw), flags, clen,
                                   keep_alive)
            if not plain or clen != len(data) - hs:
                return None
        else:
            # the same head as a recent response (a server answers alike):
            # what the lines above gave for it (rawHeaders a list of its own)
            plain, status, reason, major, minor, raw, flags, clen, keep_alive = known
            if not plain or clen != len(data) - hs:
                return None
            raw = list(raw)
        # _head, _headers_done: no upgrade (a 1xx status would be needed).
        self._in_message = True
        self._method = None
        self._status = status
        self._major = major
        self._minor = minor
        self._flags = flags
        # HeadersComplete(None, None, status, reason or "", major, minor,
        # raw, keep_alive, False, clen, False), its fields set here (no
        # __init__ frame)
        ev = _new(HeadersComplete)
        ev.method = None
        ev.url = None
        ev.status_code = status
        ev.reason = reason
        ev.version_major = major
        ev.version_minor = minor
        ev.raw_headers = raw
        ev.keep_alive = keep_alive
        ev.upgrade = False
        ev.content_length = clen
        ev.chunked = False
        ret = self.on_headers_complete(ev)
        if ret == 0 and not self._paused:
            # _after_headers: BODY_CL; _run: the body is all of the rest, so
            # Body, then _message_done (not upgraded) -> _cleanup, whose
            # _should_keep_alive() is keep_alive again (same flags).
            self._upgrade = False
            self._clen = clen
            self._remaining = 0
            self._flags = 0
            self._in_message = False
            self._state = _S_HEAD if keep_alive or self.lenient else _S_CLOSED
            if split:
                return ev, data[hs:]
            body = _new(Body)                   # Body(data[hs:])
            body.data = data[hs:]
            done = _new(MessageComplete)        # MessageComplete([])
            done.raw_trailers = []
            return [ev, body, done]
        # The rest of _headers_done, then _run's loop from the body on.
        events = [ev]
        upgrade = False
        if ret == 1:
            flags |= F_SKIPBODY
        elif ret == 2:
            upgrade = True
            flags |= F_SKIPBODY
        self._flags = flags
        self._upgrade = upgrade
        self._clen = clen
        if self._paused:
            self._state = _S_HEADERS_DONE
            self._buf = data[hs:]
            return events
        return self._run(data, 0, data, self._after_headers(data, hs, events), events)

    def _scan_head(self, buf, pos, n):
        """The status line and fields at pos, llhttp state by state."""
        nread = 0
        j = pos
        for word in (b"HTTP", b"RTSP", b"ICE"):
            if buf[j] == word[0]:
                break
        else:
            raise _Err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", j)
        for k in range(1, len(word)):
            if pos + k >= n:
                raise _INCOMPLETE
            if buf[pos + k] != word[k]:
                raise _Err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", pos + k)
        j = pos + len(word)
        if j >= n:
            raise _INCOMPLETE
        if buf[j] != 47:
            raise _Err("HPE_INVALID_CONSTANT", "Expected HTTP/, RTSP/ or ICE/", j)
        major, minor, j = self._scan_version(buf, j + 1, n)
        if j >= n:
            raise _INCOMPLETE
        if buf[j] != 32:
            raise _Err("HPE_INVALID_VERSION", "Expected space after version", j)
        j += 1
        status = 0
        for _ in range(3):
            if j >= n:
                raise _INCOMPLETE
            d = buf[j] - 48
            if d < 0 or d > 9:
                raise _Err("HPE_INVALID_STATUS", "Invalid status code", j)
            status = status * 10 + d
            j += 1
        if j >= n:
            raise _INCOMPLETE
        c = buf[j]
        reason = ""
        if c == 32:
            ss = j + 1
            j = _STATUS_RUN.match(buf, ss).end()
            if j >= n:
                self._out(n, ss, nread)
            reason = buf[ss:j].decode("latin-1")
            if buf[j] == 10:
                nread = self._track(nread, j - ss, j + 1)
                if not self.lenient:
                    raise _Err("HPE_CR_EXPECTED", "Missing expected CR after response line", j + 1)
                j += 1
            else:
                nread = self._track(nread, j - ss, j + 1)
                j = self._line_almost_done(buf, j + 1, n)
        elif c == 13:
            j = self._line_almost_done(buf, j + 1, n)
        elif c == 10:
            if not self.lenient:
                raise _Err("HPE_INVALID_STATUS", "Invalid response status", j + 1)
            j += 1
        else:
            raise _Err("HPE_INVALID_STATUS", "Invalid response status", j)
        if j >= n:
            raise _INCOMPLETE
        if buf[j] == 32:
            if not self.lenient:
                raise _Err("HPE_UNEXPECTED_SPACE", "Unexpected space after start line", j + 1)
            j += 1
        line = (None, None, status, reason, major, minor)
        end, raw, flags, clen = self._scan_fields(buf, j, n, nread, 0, 0, pos, line)
        return (end,) + line + (raw, flags, clen)

    def _line_almost_done(self, buf, j, n):
        if j >= n:
            raise _INCOMPLETE
        if buf[j] == 10:
            return j + 1
        if self.lenient:
            return j
        raise _Err("HPE_STRICT", "Expected LF after CR", j)
