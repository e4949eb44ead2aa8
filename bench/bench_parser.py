"""HTTP/1 parser speed: nodehttp vs h11 vs httptools (llhttp in C), same run.

    python bench/bench_parser.py [--quick]

Heads: a typical browser GET head (about 500 bytes, 10 header lines), parsed
from one buffer by a fresh parser each time (as a server does per
connection), reported in heads/s. Body: a 1 MB chunked body (16 KiB chunks)
fed in 64 KiB reads, reported in MB/s. h11 and httptools are benchmark-only
dependencies (pip install h11 httptools).
"""

import os
import sys
import time

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))

from nodehttp.http.parser import RequestParser, HeadersComplete, MessageComplete  # noqa: E402

HEAD = (
    b"GET /articles/2024/11/http-parsing.html?ref=home&utm_source=feed HTTP/1.1\r\n"
    b"Host: www.example.com\r\n"
    b"User-Agent: Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0\r\n"
    b"Accept: text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8\r\n"
    b"Accept-Language: en-US,en;q=0.5\r\n"
    b"Accept-Encoding: gzip, deflate, br\r\n"
    b"Referer: https://www.example.com/\r\n"
    b"Connection: keep-alive\r\n"
    b"Cookie: session=abcdef0123456789abcdef; theme=dark; lang=en\r\n"
    b"Upgrade-Insecure-Requests: 1\r\n"
    b"Sec-Fetch-Dest: document\r\n"
    b"\r\n")

CHUNK = 16 * 1024
BODY_SIZE = 1024 * 1024
_payload = b"x" * CHUNK
CHUNKED_MSG = (b"POST /upload HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n"
               + b"".join(b"%x\r\n%s\r\n" % (CHUNK, _payload) for _ in range(BODY_SIZE // CHUNK))
               + b"0\r\n\r\n")
READ = 64 * 1024
PIECES = [CHUNKED_MSG[i:i + READ] for i in range(0, len(CHUNKED_MSG), READ)]


def best_rate(fn, units, repeat, rounds=5):
    """Best of `rounds` runs of fn(repeat): units per second."""
    best = 0.0
    for _ in range(rounds):
        t = time.perf_counter()
        fn(repeat)
        dt = time.perf_counter() - t
        best = max(best, units * repeat / dt)
    return best


# --- nodehttp --------------------------------------------------------------

def nodehttp_heads(n):
    head = HEAD
    for _ in range(n):
        ev = RequestParser().feed(head)
    assert type(ev[0]) is HeadersComplete and len(ev[0].raw_headers) == 20


def nodehttp_body(n):
    for _ in range(n):
        p = RequestParser()
        size = 0
        for piece in PIECES:
            for ev in p.feed(piece):
                if type(ev) is not HeadersComplete and type(ev) is not MessageComplete:
                    size += len(ev.data)
        assert size == BODY_SIZE


# --- h11 -------------------------------------------------------------------

def h11_heads(n):
    import h11
    head = HEAD
    for _ in range(n):
        c = h11.Connection(h11.SERVER)
        c.receive_data(head)
        ev = c.next_event()
    assert type(ev) is h11.Request and len(ev.headers) == 10


def h11_body(n):
    import h11
    for _ in range(n):
        c = h11.Connection(h11.SERVER)
        size = 0
        for piece in PIECES:
            c.receive_data(piece)
            while True:
                ev = c.next_event()
                if ev is h11.NEED_DATA or type(ev) is h11.EndOfMessage:
                    break
                if type(ev) is h11.Data:
                    size += len(ev.data)
        assert size == BODY_SIZE


# --- httptools -------------------------------------------------------------

class _HTProto:
    __slots__ = ("headers", "size", "url")

    def __init__(self):
        self.headers = []
        self.size = 0

    def on_url(self, url):
        self.url = url

    def on_header(self, name, value):
        self.headers.append((name, value))

    def on_body(self, body):
        self.size += len(body)


def httptools_heads(n):
    import httptools
    head = HEAD
    for _ in range(n):
        proto = _HTProto()
        httptools.HttpRequestParser(proto).feed_data(head)
    assert len(proto.headers) == 10


def httptools_body(n):
    import httptools
    for _ in range(n):
        proto = _HTProto()
        p = httptools.HttpRequestParser(proto)
        for piece in PIECES:
            p.feed_data(piece)
        assert proto.size == BODY_SIZE


def main():
    quick = "--quick" in sys.argv
    heads_n = 2000 if quick else 10000
    body_n = 2 if quick else 5
    rounds = 3 if quick else 7
    mb = BODY_SIZE / 1e6
    parsers = [("nodehttp", nodehttp_heads, nodehttp_body),
               ("h11", h11_heads, h11_body),
               ("httptools", httptools_heads, httptools_body)]
    best = {}
    # Rounds interleave the parsers, and each keeps its best round, so that
    # load on the machine hits all of them alike.
    for _ in range(rounds):
        for name, hf, bf in parsers:
            try:
                heads = best_rate(hf, 1, heads_n, rounds=1)
                body = best_rate(bf, mb, body_n, rounds=1)
            except ImportError:
                best[name] = None
                continue
            old = best.get(name) or (0.0, 0.0)
            best[name] = (max(old[0], heads), max(old[1], body))
    print("head: %d bytes, %d header lines; body: %d bytes chunked (%d KiB chunks, %d KiB reads)"
          % (len(HEAD), HEAD.count(b"\r\n") - 2, BODY_SIZE, CHUNK // 1024, READ // 1024))
    print("%-10s %14s %12s" % ("parser", "heads/s", "MB/s"))
    for name, _, _ in parsers:
        if best.get(name) is None:
            print("%-10s not installed" % name)
        else:
            print("%-10s %14.0f %12.1f" % (name, best[name][0], best[name][1]))
    ours = best["nodehttp"]
    for name, _, _ in parsers[1:]:
        if best.get(name):
            print("nodehttp / %-10s heads x%.2f   body x%.2f"
                  % (name, ours[0] / best[name][0], ours[1] / best[name][1]))


if __name__ == "__main__":
    main()
