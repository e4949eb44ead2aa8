"""nodehttp.http.parser API: event fields, errors, pause/resume, upgrades,
HEAD responses, end of input. Wire behaviour itself (what is accepted, which
HPE_* code at which byte) is checked against Node 24 in test_parser_table.py;
the values asserted here come from those recorded runs or from the API
contract at the top of parser.py."""

import pytest

from nodehttp.errors import NodeError
from nodehttp.http.parser import (Body, HeadersComplete, MessageComplete, ParseError,
                                  RequestParser, ResponseParser, Upgrade)


def test_request_headers_complete_fields():
    p = RequestParser()
    ev = p.feed(b"POST /up?x=1 HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\nabc")
    assert ev == [
        HeadersComplete(method="POST", url="/up?x=1", status_code=None, reason=None,
                        version_major=1, version_minor=1, raw_headers=["Host", "a", "Content-Length", "3"],
                        keep_alive=True, upgrade=False, content_length=3, chunked=False),
        Body(b"abc"),
        MessageComplete([]),
    ]
    assert type(ev[1].data) is bytes


def test_response_headers_complete_fields():
    p = ResponseParser()
    ev = p.feed(b"HTTP/1.0 404 Not Found\r\nTransfer-Encoding: chunked\r\n\r\n0\r\nA: b\r\n\r\n")
    assert ev == [
        HeadersComplete(method=None, url=None, status_code=404, reason="Not Found",
                        version_major=1, version_minor=0, raw_headers=["Transfer-Encoding", "chunked"],
                        keep_alive=False, upgrade=False, content_length=None, chunked=True),
        MessageComplete(["A", "b"]),
    ]


def test_raw_headers_are_latin1_str_with_case_and_order_kept():
    ev = RequestParser().feed(b"GET / HTTP/1.1\r\nX-B: caf\xe9 \r\nx-a:\t1\r\nX-B: 2\r\n\r\n")
    assert ev[0].raw_headers == ["X-B", "caf\xe9", "x-a", "1", "X-B", "2"]


def test_slow_path_gives_the_same_event_as_the_fast_path():
    data = b"GET /a HTTP/1.1\r\nHost: a\r\nConnection: close\r\nX: y \r\n\r\n"
    whole = RequestParser().feed(data)
    p = RequestParser()
    pieces = []
    for i in range(len(data)):
        pieces += p.feed(data[i:i + 1])
    assert pieces == whole
    assert whole[0].keep_alive is False


def test_events_compare_by_value_and_repr():
    assert Body(b"x") == Body(b"x") and Body(b"x") != Body(b"y")
    assert MessageComplete() == MessageComplete([])
    assert Upgrade(b"z") != Body(b"z")
    assert repr(Body(b"x")) == "Body(b'x')"
    assert "status_code=200" in repr(HeadersComplete(status_code=200))


def test_input_may_be_bytearray_or_memoryview():
    data = b"GET / HTTP/1.1\r\n\r\n"
    assert RequestParser().feed(bytearray(data)) == RequestParser().feed(data)
    assert RequestParser().feed(memoryview(data)) == RequestParser().feed(data)
    assert RequestParser().feed(b"") == []


def test_parse_error_attributes():
    """Node: err.code, err.reason, err.bytesParsed, err.rawPacket, message
    'Parse Error: <reason>' (spec/errors.md section 4)."""
    p = RequestParser()
    good = b"GET / HTTP/1.1\r\n\r\n"
    p.feed(b"GE")
    with pytest.raises(ParseError) as ei:
        p.feed(b"T / HTTP/1.1\r\n\r\n" + b"get / HTTP/1.1\r\n\r\n")
    e = ei.value
    assert isinstance(e, NodeError)
    assert e.code == "HPE_INVALID_METHOD"
    assert e.reason == "Invalid method encountered"
    assert e.message == str(e) == "Parse Error: Invalid method encountered"
    assert e.name == "Error"
    assert e.bytesParsed == len(good) - 2
    assert e.rawPacket == b"T / HTTP/1.1\r\n\r\nget / HTTP/1.1\r\n\r\n"
    # the request before the bad one was parsed (Node emitted it already)
    assert [type(x) for x in e.events] == [HeadersComplete, MessageComplete]
    # the parser is dead: more input gives the same error again
    with pytest.raises(ParseError) as ei2:
        p.feed(good)
    assert ei2.value.code == "HPE_INVALID_METHOD" and ei2.value.bytesParsed == 0
    assert p.feed_eof() == []


def test_feed_eof_mid_message_is_invalid_eof_state_as_node_reports_it():
    """Node's server gets this from parser.finish() without prepareError():
    message stays 'Parse Error' and there is no rawPacket."""
    p = RequestParser()
    p.feed(b"POST / HTTP/1.1\r\nContent-Length: 5\r\n\r\nab")
    with pytest.raises(ParseError) as ei:
        p.feed_eof()
    e = ei.value
    assert (e.code, e.reason, e.message, e.bytesParsed, e.rawPacket) == (
        "HPE_INVALID_EOF_STATE", "Invalid EOF state", "Parse Error", 0, None)


def test_feed_eof_between_messages_and_after_crlf():
    p = RequestParser()
    assert p.feed(b"\r\n\r\n") == []
    assert p.feed_eof() == []
    assert p.feed_eof() == []


def test_response_read_until_close():
    p = ResponseParser()
    ev = p.feed(b"HTTP/1.1 200 OK\r\n\r\nab")
    assert ev[0].keep_alive is False and ev[0].content_length is None
    assert ev[1:] == [Body(b"ab")]
    assert p.feed(b"cd") == [Body(b"cd")]
    assert p.feed_eof() == [MessageComplete([])]


def test_skip_body_for_head_responses_is_sticky():
    """llhttp: returning 1 from on_headers_complete means no body (HEAD)."""
    p = ResponseParser()
    p.skip_body = True
    ev = p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\n"
                b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
    assert [type(e) for e in ev] == [HeadersComplete, MessageComplete, HeadersComplete, MessageComplete]
    assert ev[0].content_length == 5 and ev[2].chunked is True
    p.skip_body = False
    ev = p.feed(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok")
    assert ev[1:] == [Body(b"ok"), MessageComplete([])]


def test_on_headers_complete_hook_return_values():
    seen = []

    def hook(ev):
        seen.append(ev.url)
        return {"/skip": 1, "/up": 2}.get(ev.url, 0)

    p = RequestParser()
    p.on_headers_complete = hook
    ev = p.feed(b"POST /skip HTTP/1.1\r\nContent-Length: 0\r\n\r\n"
                b"POST /up HTTP/1.1\r\nContent-Length: 3\r\n\r\nabc")
    assert seen == ["/skip", "/up"]
    assert [type(e) for e in ev] == [HeadersComplete, MessageComplete, HeadersComplete,
                                     MessageComplete, Upgrade]
    assert ev[-1] == Upgrade(b"abc")


def test_pause_before_feed_keeps_input_for_resume():
    p = RequestParser()
    p.pause()
    assert p.paused
    assert p.feed(b"GET /a HTTP/1.1\r\n\r\nGET /b HTTP/1.1\r\n\r\n") == []
    ev = p.resume()
    assert [e.url for e in ev if type(e) is HeadersComplete] == ["/a", "/b"]
    assert not p.paused


def test_end_of_input_while_paused_waits_for_resume():
    p = RequestParser()
    p.pause()
    assert p.feed(b"POST / HTTP/1.1\r\nContent-Length: 1\r\n\r\nx") == []
    assert p.feed_eof() == []
    ev = p.resume()
    assert [type(e) for e in ev] == [HeadersComplete, Body, MessageComplete]
    p = ResponseParser()
    p.feed(b"HTTP/1.1 200 OK\r\n\r\nab")
    p.pause()
    assert p.feed_eof() == []
    assert p.resume() == [MessageComplete([])]


def test_pause_from_hook_stops_after_that_head():
    """Pipelining back-pressure: stop after a request, keep the rest."""
    p = RequestParser()
    p.on_headers_complete = lambda ev: p.pause()
    data = b"POST /a HTTP/1.1\r\nContent-Length: 2\r\n\r\nhiGET /b HTTP/1.1\r\n\r\n"
    ev = p.feed(data)
    assert [type(e) for e in ev] == [HeadersComplete]
    ev = p.resume()
    assert [type(e) for e in ev] == [Body, MessageComplete, HeadersComplete]
    assert ev[0] == Body(b"hi")
    assert p.resume()[0] == MessageComplete([])


def test_upgrade_then_later_input_and_resume_after_upgrade():
    p = RequestParser()
    ev = p.feed(b"GET / HTTP/1.1\r\nConnection: upgrade\r\nUpgrade: x\r\n\r\nraw")
    assert ev[0].upgrade is True
    assert ev[1:] == [MessageComplete([]), Upgrade(b"raw")]
    assert p.feed(b"more") == [Upgrade(b"more")]
    assert p.feed_eof() == []
    p.resume_after_upgrade()
    ev = p.feed(b"GET /next HTTP/1.1\r\n\r\n")
    assert ev[0].url == "/next"


def test_connect_stops_parsing():
    ev = RequestParser().feed(b"CONNECT a:443 HTTP/1.1\r\n\r\n\x16\x03")
    assert ev[0].method == "CONNECT" and ev[0].upgrade is True and ev[0].url == "a:443"
    assert ev[1:] == [MessageComplete([]), Upgrade(b"\x16\x03")]


def test_101_response_stops_parsing():
    ev = ResponseParser().feed(b"HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\n"
                               b"Upgrade: websocket\r\n\r\n\x81\x00")
    assert ev[0].upgrade is True
    assert ev[1:] == [MessageComplete([]), Upgrade(b"\x81\x00")]


def test_informational_responses_then_final():
    ev = ResponseParser().feed(b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 103 Early Hints\r\nLink: </s>\r\n\r\n"
                               b"HTTP/1.1 204 No Content\r\nContent-Length: 9\r\n\r\n")
    assert [(type(e).__name__, getattr(e, "status_code", None)) for e in ev] == [
        ("HeadersComplete", 100), ("MessageComplete", None), ("HeadersComplete", 103),
        ("MessageComplete", None), ("HeadersComplete", 204), ("MessageComplete", None)]


def test_large_chunked_body_in_odd_pieces():
    payload = bytes(range(256)) * 4096
    msg = (b"POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n"
           + b"".join(b"%x;n=v\r\n%s\r\n" % (len(payload[i:i + 7777]), payload[i:i + 7777])
                      for i in range(0, len(payload), 7777)) + b"0\r\n\r\n")
    p = RequestParser()
    body = []
    done = 0
    for i in range(0, len(msg), 1000):
        for e in p.feed(msg[i:i + 1000]):
            if type(e) is Body:
                body.append(e.data)
            elif type(e) is MessageComplete:
                done += 1
    assert done == 1 and b"".join(body) == payload


def test_max_header_size_argument():
    p = RequestParser(max_header_size=10)
    with pytest.raises(ParseError) as ei:
        p.feed(b"GET /0123456789 HTTP/1.1\r\n\r\n")
    assert (ei.value.code, ei.value.reason) == ("HPE_HEADER_OVERFLOW", "Header overflow")


def test_max_header_size_zero_means_the_default():
    """Node's Initialize: a max_http_header_size of 0 takes the default 16384."""
    assert RequestParser(max_header_size=0).max_header_size == 16384
    assert RequestParser(max_header_size=None).feed(b"GET /" + b"a" * 16000 + b" HTTP/1.1\r\n\r\n")[0].url


def test_lenient_is_insecure_http_parser():
    data = b"GET / HTTP/1.1\r\nX: a\r\n  b\r\n\r\n"
    with pytest.raises(ParseError):
        RequestParser().feed(data)
    ev = RequestParser(lenient=True).feed(data)
    assert ev[0].raw_headers == ["X", "a  b"]
