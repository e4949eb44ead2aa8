"""nodehttp http server over loopback: back-pressure both ways, pipelining
floods, many connections at once."""

import os
import socket
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
from spec_tests._http_server_harness import connect, env, read_all, read_response  # noqa: E402


def test_large_response_with_drain():
    """write() returns false past the high-water mark; 'drain' comes back."""
    total = 8 * 1024 * 1024
    chunk = b'x' * 65536

    with env() as e:
        def on_req(req, res):
            state = {'sent': 0, 'drains': 0}
            res.setHeader('Content-Length', total)

            def pump():
                while state['sent'] < total:
                    state['sent'] += len(chunk)
                    if not res.write(chunk):
                        if not state['drains']:
                            e.log('blocked')
                        return
                res.end()
                e.log(('drains', state['drains']))

            def on_drain():
                state['drains'] += 1
                pump()
            res.on('drain', on_drain)
            pump()
        srv, port = e.server(listener=on_req)
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 16384)  # before connect
        s.connect(('127.0.0.1', port))
        with s:
            s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
            e.wait_event('blocked', timeout=20)  # the server saw write() -> false
            data = read_all(s, timeout=20)
        head, body = data.split(b'\r\n\r\n', 1)
        assert len(body) == total
        e.wait_for(lambda ev: ev and ev[-1][0] == 'drains')
        assert e.events[-1][1] > 0


def test_large_upload_with_pause_resume():
    total = 4 * 1024 * 1024
    with env() as e:
        def on_req(req, res):
            got = [0]
            req.pause()
            from nodehttp import timers

            def go():
                req.on('data', lambda d: got.__setitem__(0, got[0] + len(d)))
                req.on('end', lambda: res.end(str(got[0])))
                req.resume()
            timers.setTimeout(go, 20)
        srv, port = e.server(listener=on_req)
        with connect(port, timeout=20) as s:
            s.sendall(b'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: %d\r\nConnection: close\r\n\r\n'
                      % total)
            s.sendall(b'y' * total)
            data = read_all(s, timeout=20)
        assert data.endswith(b'\r\n\r\n' + str(total).encode())


def test_pipelining_flood_in_order():
    n = 2000
    with env() as e:
        srv, port = e.server(listener=lambda req, res: res.end(req.url))
        with connect(port, timeout=20) as s:
            reqs = b''.join(b'GET /%d HTTP/1.1\r\nHost: x\r\n\r\n' % i for i in range(n))
            t = threading.Thread(target=s.sendall, args=(reqs,))
            t.start()
            rest = b''
            for i in range(n):
                r, rest = read_response(s, rest)
                assert r.endswith(b'/%d' % i)
            t.join()


def test_many_concurrent_connections():
    conns = 200
    with env() as e:
        srv, port = e.server(listener=lambda req, res: res.end(req.url))
        socks = [connect(port, timeout=10) for _ in range(conns)]
        try:
            for round_ in range(3):
                for i, s in enumerate(socks):
                    s.sendall(b'GET /%d/%d HTTP/1.1\r\nHost: x\r\n\r\n' % (i, round_))
                for i, s in enumerate(socks):
                    r, rest = read_response(s)
                    assert r.endswith(b'/%d/%d' % (i, round_)) and rest == b''
            assert e.call(lambda: len(srv._connections)) == conns
        finally:
            for s in socks:
                s.close()


def test_response_written_before_request_body_read():
    """A response can finish before the request body is consumed: the body is
    dumped and the next request on the connection is served."""
    with env() as e:
        srv, port = e.server(listener=lambda req, res: res.end('early ' + req.url))
        with connect(port) as s:
            s.sendall(b'POST /a HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello'
                      b'GET /b HTTP/1.1\r\nHost: x\r\n\r\n')
            r1, rest = read_response(s)
            r2, rest = read_response(s, rest)
        assert r1.endswith(b'early /a') and r2.endswith(b'early /b')
