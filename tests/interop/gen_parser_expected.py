"""Record what Node 24 does with every case of tests/unit/test_parser_cases.py.

    python tests/interop/gen_parser_expected.py

Writes tests/unit/test_parser_node24.json:
- "parser": Node's own parser (parser_oracle.js: the HTTPParser binding
  that http.Server and ClientRequest use) on each case whole, byte by byte and
  split in two at every position (long cases: a sample of positions). Stored:
  the whole-input result, and the split results that differ from it once
  normalised (adjacent bodies merged, error at an absolute position; see
  normalise_node in parser_oracle.py).
- "server": for request cases, what a real Node 24 http.Server reports when
  the bytes arrive over a loopback socket followed by a half-close:
  'request' (method, url, version, rawHeaders), 'end' (body, rawTrailers),
  'clientError' (code, reason), 'upgrade'/'connect' (head bytes).
"""

import json
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)
sys.path.insert(0, os.path.join(ROOT, "tests", "unit"))

import parser_oracle as O  # noqa: E402
from parser_node_server import NodeServer  # noqa: E402
from test_parser_cases import CASES, case_opts, split_variants  # noqa: E402

OUT = os.path.join(ROOT, "tests", "unit", "test_parser_node24.json")


def server_summary(records):
    out = []
    for r in records:
        if r["ev"] == "request":
            out.append(["request", r["method"], r["url"], r["httpVersion"], r["rawHeaders"]])
        elif r["ev"] == "end":
            out.append(["end", r["body"], r["rawTrailers"]])
        elif r["ev"] == "clientError":
            out.append(["clientError", r["code"], r["reason"]])
        else:
            out.append([r["ev"], r["method"], r["url"], r["rawHeaders"], r["head"]])
    return out


def main():
    version = subprocess.run([O.node_binary(), "-p", "process.version + ' ' + process.versions.llhttp"],
                             capture_output=True, text=True, check=True).stdout.split()
    jobs = []
    for case in CASES:
        name, typ, data = case[:3]
        opts = case_opts(case)
        for sname, chunks in split_variants(data):
            jobs.append((name, sname, dict(type=typ, chunks=chunks, eof=True, **opts)))
    results = O.run_node([j[2] for j in jobs], timeout=600)
    parser = {}
    for (name, sname, _), res in zip(jobs, results):
        entry = parser.setdefault(name, {"whole": None, "splits": {}})
        if sname == "whole":
            entry["whole"] = res
        elif res != entry["whole"]:
            entry["splits"][sname] = res
    server = {}
    groups = {}
    for case in CASES:
        name, typ, data = case[:3]
        opts = case_opts(case)
        if typ != "request" or opts.get("hc"):
            continue
        sopts = {}
        if opts.get("lenient"):
            sopts["insecureHTTPParser"] = True
        if opts.get("max"):
            sopts["maxHeaderSize"] = opts["max"]
        if opts.get("relaxed"):
            sopts["httpValidation"] = "relaxed"
        if "pairs" in opts:
            if opts["pairs"] % 2:
                continue  # a server sets maxHeadersCount << 1: always even
            sopts["maxHeadersCount"] = opts["pairs"] // 2
        groups.setdefault(json.dumps(sopts, sort_keys=True), []).append((name, data))
    for key, items in groups.items():
        with NodeServer(json.loads(key)) as srv:
            for name, data in items:
                server[name] = server_summary(srv.send(data))
    doc = {"node": version[0], "llhttp": version[1], "parser": parser, "server": server}
    with open(OUT, "w") as f:
        json.dump(doc, f, indent=0, sort_keys=True)
        f.write("\n")
    ndiff = sum(len(v["splits"]) for v in parser.values())
    print("%d cases, %d parser runs (%d split results differ from whole), %d server runs -> %s"
          % (len(CASES), len(jobs), ndiff, len(server), OUT))


if __name__ == "__main__":
    main()
