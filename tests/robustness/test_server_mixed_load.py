"""10,000 requests with a random mix of keep-alive, pipelining, early client
disconnects and malformed requests against one nodehttp server: the server
keeps serving, no response is lost on the good connections, and no socket is
left open at the end."""

import os
import random
import socket
import sys
import threading

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
from spec_tests._http_server_harness import env, read_response  # noqa: E402

TOTAL = 10000
WORKERS = 8


def handler(req, res):
    if req.method == 'POST':
        parts = []
        req.on('data', parts.append)
        req.on('end', lambda: res.end(b'P' + str(len(b''.join(parts))).encode()))
    else:
        res.end(req.url)


def one_connection(port, rnd, counts):
    kind = rnd.random()
    s = socket.create_connection(('127.0.0.1', port), timeout=10)
    try:
        if kind < 0.05:
            # malformed: must get the canned 400 and a close
            s.sendall(b'GET / HTTP/1.1\r\nHost: x\r\nBad Header: y\r\n\r\n')
            data = b''
            while True:
                d = s.recv(4096)
                if not d:
                    break
                data += d
            assert data == b'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n', data
            counts['malformed'] += 1
            return 1
        if kind < 0.10:
            # early disconnect in the middle of a request (head or body)
            if rnd.random() < 0.5:
                s.sendall(b'GET /half HTTP/1.1\r\nHo')
            else:
                s.sendall(b'POST /p HTTP/1.1\r\nHost: x\r\nContent-Length: 100\r\n\r\nab')
            counts['aborted'] += 1
            return 1
        n = rnd.randint(1, 20)
        urls = ['/%d' % rnd.randint(0, 10 ** 6) for _ in range(n)]
        posts = [rnd.random() < 0.2 for _ in range(n)]
        msgs = []
        for u, p in zip(urls, posts):
            if p:
                msgs.append(b'POST %s HTTP/1.1\r\nHost: x\r\nContent-Length: 3\r\n\r\nabc' % u.encode())
            else:
                msgs.append(b'GET %s HTTP/1.1\r\nHost: x\r\n\r\n' % u.encode())
        rest = b''
        if kind < 0.5:
            s.sendall(b''.join(msgs))  # pipelined
            for u, p in zip(urls, posts):
                r, rest = read_response(s, rest)
                assert r.endswith(b'P3' if p else u.encode()), (r, u)
        else:
            for m, u, p in zip(msgs, urls, posts):
                s.sendall(m)
                r, rest = read_response(s, rest)
                assert r.endswith(b'P3' if p else u.encode()), (r, u)
        counts['ok'] += n
        if rnd.random() < 0.3:
            s.shutdown(socket.SHUT_WR)  # polite close: server ends too
            assert s.recv(10) == b''
        return n
    finally:
        s.close()


def test_mixed_load_keeps_serving_and_leaks_nothing():
    with env() as e:
        srv, port = e.server({'keepAliveTimeout': 60000}, listener=handler)
        counts_all = []
        errors = []
        done = [0]
        lock = threading.Lock()

        def worker(seed):
            rnd = random.Random(seed)
            counts = {'ok': 0, 'malformed': 0, 'aborted': 0}
            counts_all.append(counts)
            try:
                while True:
                    with lock:
                        if done[0] >= TOTAL:
                            return
                    n = one_connection(port, rnd, counts)
                    with lock:
                        done[0] += n
            except Exception as err:  # pragma: no cover - reported below
                errors.append(err)

        threads = [threading.Thread(target=worker, args=(i,)) for i in range(WORKERS)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(120)
        assert not errors, errors[:3]
        total = {k: sum(c[k] for c in counts_all) for k in counts_all[0]}
        assert sum(total.values()) >= TOTAL
        assert total['malformed'] > 0 and total['aborted'] > 0
        # still serving
        s = socket.create_connection(('127.0.0.1', port), timeout=5)
        s.sendall(b'GET /still HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')
        r, _ = read_response(s)
        assert r.endswith(b'/still')
        s.close()
        # every client socket is closed: the server must get to zero
        import time
        deadline = time.monotonic() + 10
        while e.call(lambda: len(srv._connections)) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert e.call(lambda: len(srv._connections)) == 0
        got = []
        e.call(lambda: srv.getConnections(lambda err, c: got.append(c)))
        deadline = time.monotonic() + 5
        while not got and time.monotonic() < deadline:
            time.sleep(0.01)
        assert got == [0]
