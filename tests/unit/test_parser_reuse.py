"""RequestParser.reset and the server's reuse of closed connections' parsers
(Node's parser free list): a reset parser equals a new one, and each
connection gets its own server's parser options."""

import socket as pysocket

import pytest

import nodehttp as http
from nodehttp.http import server as server_mod
from nodehttp.http.parser import ParseError, RequestParser

OPTIONS = [
    (),
    (8192, True, False, 40),
    (0, False, True, 2000),
    (100, False, False, 0),
]

FEEDS = [
    [],
    [b'GET / HTTP/1.1\r\nHost: a\r\n\r\n'],
    [b'GET / HTTP/1.1\r\nHo'],                                     # mid-head
    [b'POST / HTTP/1.1\r\nContent-Length: 10\r\n\r\nabc'],         # mid-body
    [b'POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab'],
    [b'GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: ws\r\n\r\nrest'],
    [b'GET / HTTP/1.0\r\n\r\n', b'more'],                          # closed, then data
    [b'BAD\r\n\r\n'],                                               # dead (error)
]


def _used(feeds):
    p = RequestParser(50, True, True, 7)
    p.on_headers_complete = lambda ev: 0
    p.hook_upgrade_only = True
    p.skip_body = True
    p.extra = 'x'                  # an attribute set from outside
    p.pause() if len(feeds) == 2 else None
    for data in feeds:
        try:
            p.feed(data)
        except ParseError:
            pass
    return p


@pytest.mark.parametrize('feeds', FEEDS)
@pytest.mark.parametrize('options', OPTIONS)
def test_reset_equals_new(feeds, options):
    p = _used(feeds)
    p.reset(*options)
    assert vars(p) == vars(RequestParser(*options))
    # and it parses like a new one
    data = b'GET /x HTTP/1.1\r\nHost: a\r\n\r\n'
    assert p.feed(data) == RequestParser(*options).feed(data)


def _parser_fields(p):
    return (p.max_header_size, p.lenient, p.relaxed, p.max_header_pairs,
            p.on_headers_complete is not None, p.hook_upgrade_only)


def test_server_options_apply_to_reused_parsers(run):
    """Two servers with different parser options take parsers from the
    shared free list in turn: each connection has its own server's options."""
    seen = []
    configs = [
        {},
        {'maxHeaderSize': 2048, 'insecureHTTPParser': True},
        {'maxHeaderSize': 4096, 'httpValidation': 'relaxed'},
    ]

    def main():
        servers = []

        def make(opts):
            def handler(req, res):
                res.end('ok')
            srv = http.createServer(opts, handler)
            srv.maxHeadersCount = 10 if opts else None
            srv.on('connection', lambda s: seen.append((opts is configs[0], s.parser, _parser_fields(s.parser))))
            servers.append(srv)
            return srv

        for c in configs:
            make(c)
        pending = [len(servers)]

        def go():
            pending[0] -= 1
            if pending[0]:
                return
            order = [0, 1, 2, 0, 1, 2, 1, 0]

            def one(i):
                if i == len(order):
                    for s in servers:
                        s.close()
                    return
                port = servers[order[i]].address()['port']
                req = http.get({'port': port, 'host': '127.0.0.1', 'agent': False,
                                'headers': {'Connection': 'close'}})

                def on_res(res):
                    res.resume()
                    res.on('end', lambda: None)
                req.on('response', on_res)
                # the next request once this server socket closed
                req.on('close', lambda: one(i + 1))
            one(0)

        for s in servers:
            s.listen(0, '127.0.0.1', go)

    server_mod._idle_parsers[:] = [RequestParser(10, True, True, 3)]
    run(main)
    assert len(seen) == 8
    expect = {
        0: (16384, False, False, 2000, True, True),
        1: (2048, True, False, 20, True, True),
        2: (4096, False, True, 20, True, True),
    }
    order = [0, 1, 2, 0, 1, 2, 1, 0]
    for i, (_, parser, fields) in zip(order, seen):
        assert fields == expect[i]
    # parsers were reused (the free list started with one)
    assert len({id(p) for _, p, _ in seen}) < 8


def test_upgraded_parser_is_not_reused(run):
    """An upgrade hands the socket to the user: its parser never goes back."""
    got = []
    clients = []

    def main():
        srv = http.createServer(lambda req, res: res.end())
        srv.on('connection', lambda s: got.append(s.parser))

        def on_upgrade(req, sock, head):
            sock.on('close', lambda *a: srv.close())
            sock.destroy()
            clients[0].close()
        srv.on('upgrade', on_upgrade)

        def client():
            c = pysocket.create_connection(('127.0.0.1', srv.address()['port']))
            c.sendall(b'GET / HTTP/1.1\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\n')
            clients.append(c)
        srv.listen(0, '127.0.0.1', client)

    server_mod._idle_parsers[:] = []
    run(main)
    assert got and all(p is not got[0] for p in server_mod._idle_parsers)
