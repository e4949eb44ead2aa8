"""Property tests for the HTTP/1 parser (hypothesis).

- Any bytes, in any pieces, give events or a ParseError: never another
  exception, never a hang, and the same result whatever the split.
- A message serialised from parts parses back to those parts, however it
  is cut.
"""

import string

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from nodehttp.http.parser import (Body, HeadersComplete, MessageComplete, ParseError,
                                  RequestParser, ResponseParser, Upgrade)

SETTINGS = settings(max_examples=300, deadline=2000, suppress_health_check=[HealthCheck.too_slow])

PREFIXES = [
    b"",
    b"GET / HTTP/1.1\r\n",
    b"POST /x HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n",
    b"POST /x HTTP/1.1\r\nContent-Length: 5\r\n\r\n",
    b"HTTP/1.1 200 OK\r\n",
    b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5;a=\"",
]
ALPHABET = b"GETPOSHTP/1.0 \r\n:;=\"\\,-_aAzZ019fF\t\x00\x7f\x80\xffchunkedContent-LengthTransfer-Encoding"


def run(cls, chunks, **kw):
    """Normalised result: events (bodies merged) and error (code, reason,
    absolute position), for comparing splits."""
    p = cls(**kw)
    out = []
    off = 0
    error = None
    for ch in chunks:
        try:
            evs = p.feed(ch)
        except ParseError as e:
            assert e.rawPacket == ch and 0 <= e.bytesParsed <= len(ch)
            evs = e.events
            error = (e.code, e.reason, off + e.bytesParsed)
        for e in evs:
            if type(e) in (Body, Upgrade) and out and type(out[-1]) is type(e):
                out[-1] = type(e)(out[-1].data + e.data)
            elif not (type(e) is Body and not e.data):
                out.append(e)
        if error:
            break
        off += len(ch)
    if error is None:
        try:
            out += p.feed_eof()
        except ParseError as e:
            assert e.code == "HPE_INVALID_EOF_STATE"
            error = (e.code, e.reason, "eof")
    return out, error


def cut(data, points):
    points = sorted(set(p % (len(data) + 1) for p in points))
    pieces = []
    last = 0
    for p in points:
        pieces.append(data[last:p])
        last = p
    pieces.append(data[last:])
    return [x for x in pieces if x]


noise = st.one_of(st.binary(max_size=200),
                  st.lists(st.sampled_from(list(ALPHABET)), max_size=200).map(bytes))


@SETTINGS
@given(prefix=st.sampled_from(PREFIXES), body=noise, points=st.lists(st.integers(0, 400), max_size=6),
       response=st.booleans(), lenient=st.booleans())
def test_any_bytes_any_split_same_result_and_only_parse_errors(prefix, body, points, response, lenient):
    data = prefix + body
    assume(data)
    cls = ResponseParser if response or prefix.startswith(b"HTTP") else RequestParser
    whole = run(cls, [data], lenient=lenient)
    assert run(cls, cut(data, points), lenient=lenient) == whole
    if len(data) < 80:
        assert run(cls, [data[i:i + 1] for i in range(len(data))], lenient=lenient) == whole


token = st.text(alphabet=string.ascii_letters + string.digits + "!#$%&'*+-.^_`|~", min_size=1, max_size=12)
field_value = st.text(alphabet=string.ascii_letters + string.digits + " \t!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
                      + "".join(map(chr, range(0x80, 0x100))), max_size=30).map(lambda v: v.strip(" \t"))
special = {"content-length", "transfer-encoding", "connection", "upgrade", "proxy-connection"}
headers = st.lists(st.tuples(token, field_value).filter(lambda h: h[0].lower() not in special), max_size=8)
path = st.text(alphabet=string.ascii_letters + string.digits + "-._~!$&'()*+,;=:@/%", max_size=20)


@SETTINGS
@given(method=st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "M-SEARCH"]),
       path=path, query=st.one_of(st.none(), path), hdrs=headers, body=st.binary(max_size=300),
       chunked=st.booleans(), sizes=st.lists(st.integers(1, 50), min_size=1, max_size=5),
       trailers=headers, points=st.lists(st.integers(0, 2000), max_size=5), minor=st.sampled_from([0, 1]))
def test_serialised_request_parses_back(method, path, query, hdrs, body, chunked, sizes, trailers, points, minor):
    url = "/" + path + ("" if query is None else "?" + query)
    head = "%s %s HTTP/1.%d\r\n" % (method, url, minor)
    raw = [x for h in hdrs for x in h]
    framing = ["Transfer-Encoding", "chunked"] if chunked else ["Content-Length", str(len(body))]
    head += "".join("%s: %s\r\n" % h for h in hdrs) + "%s: %s\r\n\r\n" % tuple(framing)
    data = head.encode("latin-1")
    if chunked:
        i = 0
        k = 0
        while i < len(body):
            n = sizes[k % len(sizes)]
            data += b"%x\r\n%s\r\n" % (len(body[i:i + n]), body[i:i + n])
            i += n
            k += 1
        data += b"0\r\n" + "".join("%s: %s\r\n" % t for t in trailers).encode("latin-1") + b"\r\n"
    else:
        data += body
    events, error = run(RequestParser, cut(data, points))
    assert error is None
    hc = events[0]
    assert type(hc) is HeadersComplete
    assert (hc.method, hc.url, hc.version_major, hc.version_minor) == (method, url, 1, minor)
    assert hc.raw_headers == raw + framing
    assert hc.chunked is chunked and hc.content_length == (None if chunked else len(body))
    assert hc.keep_alive is (minor == 1)
    rest = events[1:]
    if body:
        assert rest[0] == Body(body)
        rest = rest[1:]
    assert rest == [MessageComplete([x for t in trailers for x in t] if chunked else [])]


@SETTINGS
@given(status=st.integers(200, 599).filter(lambda s: s not in (204, 304)), reason=field_value,
       hdrs=headers, body=st.binary(max_size=300), mode=st.sampled_from(["cl", "chunked", "eof"]),
       points=st.lists(st.integers(0, 2000), max_size=5))
def test_serialised_response_parses_back(status, reason, hdrs, body, mode, points):
    head = "HTTP/1.1 %d %s\r\n" % (status, reason) + "".join("%s: %s\r\n" % h for h in hdrs)
    if mode == "cl":
        head += "Content-Length: %d\r\n" % len(body)
        data = head.encode("latin-1") + b"\r\n" + body
    elif mode == "chunked":
        head += "Transfer-Encoding: chunked\r\n"
        data = head.encode("latin-1") + b"\r\n" + (b"%x\r\n%s\r\n" % (len(body), body) if body else b"") + b"0\r\n\r\n"
    else:
        data = head.encode("latin-1") + b"\r\n" + body
    events, error = run(ResponseParser, cut(data, points))
    assert error is None
    hc = events[0]
    assert (hc.status_code, hc.reason) == (status, reason)
    assert hc.keep_alive is (mode != "eof")
    assert events[1:] == ([Body(body)] if body else []) + [MessageComplete([])]
