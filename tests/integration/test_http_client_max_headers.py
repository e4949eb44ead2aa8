"""request.maxHeadersCount on the client: which response header lines reach
res.rawHeaders and res.headers.  Expected values from Node 24 (a net server
sending Content-Length plus n-1 lines 'aI:1'; maxHeaderSize 1 MiB; the
property set right after http.get(); None = not set)."""

import os
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import nodehttp as http  # noqa: E402
from nodehttp import net  # noqa: E402


@pytest.mark.parametrize('lines,count,expected', [
    (1001, None, (1000, 1000, 'a998')),
    (2001, None, (1000, 1000, 'a998')),
    (10, 5, (10, 5, 'a8')),
    (1500, 0, (1500, 1500, 'a1498')),
    (1500, 1200, (1200, 1200, 'a1198')),
    (40, 20, (20, 20, 'a18')),
    (30, 20, (30, 20, 'a28')),
    (31, 20, (31, 20, 'a29')),
    (32, 20, (20, 20, 'a18')),
    (32, 40, (32, 32, 'a30')),
    (70, 33, (33, 33, 'a31')),
])
def test_client_max_headers_count(lines, count, expected):
    head = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n' + b''.join(
        b'a%d:1\r\n' % i for i in range(lines - 1)) + b'\r\n'
    seen = []

    def main():
        srv = net.createServer(lambda s: s.once('data', lambda d: s.end(head)))

        def go():
            def on_response(res):
                seen.append((len(res.rawHeaders) // 2, len(res.headers), res.rawHeaders[-2]))
                res.resume()
                res.on('end', lambda: srv.close())
            req = http.get({'host': '127.0.0.1', 'port': srv.address()['port'], 'agent': False,
                            'maxHeaderSize': 1 << 20}, on_response)
            if count is not None:
                req.maxHeadersCount = count
        srv.listen(0, '127.0.0.1', go)

    http.run(main, _timeout=5)
    assert seen == [expected]
