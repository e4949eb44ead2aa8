"""nodehttp's client against servers no one here wrote: Node 24's http.Server
(tests/interop/client_peer_node_server.js) and Python's http.server."""

import json
import os
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import nodehttp as http
from nodehttp import timers

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, '..', 'differential'))
from node import find_node  # noqa: E402


@pytest.fixture(scope='module')
def node_port():
    proc = subprocess.Popen([find_node(), os.path.join(HERE, 'client_peer_node_server.js')],
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    port = int(proc.stdout.readline())
    yield port
    proc.stdin.close()
    proc.wait(10)


def fetch(run, requests):
    """Run requests (a list of (options, body)) one after another; returns the
    (statusCode, headers, body bytes, reusedSocket, local port) of each."""
    out = []

    def main():
        todo = list(requests)

        def next_(*_):
            if not todo:
                return
            opts, body = todo.pop(0)

            def on_response(res):
                chunks = []
                res.on('data', chunks.append)

                def end():
                    out.append((res.statusCode, res.headers, b''.join(chunks), req.reusedSocket,
                                res.trailers))
                    timers.setImmediate(next_)
                res.on('end', end)
            req = http.request(opts, on_response)
            req.on('error', lambda e: out.append(('error', e.code, str(e))) or timers.setImmediate(next_))
            req.end(body)
        next_()
    run(main)
    return out


def test_get_and_post_against_node(run, node_port):
    agent = http.Agent({'keepAlive': True})
    out = fetch(run, [
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/a?b=1', 'agent': agent}, None),
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/post', 'method': 'POST', 'agent': agent,
          'headers': {'Content-Type': 'text/plain'}}, 'hello body'),
    ])
    agent.destroy()
    first, second = [json.loads(o[2]) for o in out]
    assert first['method'] == 'GET' and first['url'] == '/a?b=1' and first['body'] == ''
    assert first['rawHeaders'] == ['Host', '127.0.0.1:%d' % node_port, 'Connection', 'keep-alive']
    assert second['rawHeaders'] == ['Content-Type', 'text/plain', 'Host', '127.0.0.1:%d' % node_port,
                                    'Connection', 'keep-alive', 'Content-Length', '10']
    assert second['body'] == 'hello body'
    # the second request reused the first connection
    assert [o[3] for o in out] == [False, True]
    assert first['remotePort'] == second['remotePort']
    assert out[0][1]['content-type'] == 'application/json'
    assert out[0][1]['keep-alive'] == 'timeout=5'


def test_keep_alive_hint_from_node_server(run, node_port):
    """Node's server says Keep-Alive: timeout=5; the global agent (timeout 5000,
    buffer 1000) keeps the pooled socket 4000 ms."""
    seen = []

    def main():
        def on_response(res):
            res.resume()
            res.on('end', lambda: timers.setImmediate(lambda: (seen.append(req.socket.timeout),
                                                               http.globalAgent.destroy())))
        req = http.get({'port': node_port, 'host': '127.0.0.1'}, on_response)
    run(main)
    assert seen == [4000]


def test_chunked_trailers_cookies_big_body_against_node(run, node_port):
    out = fetch(run, [
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/chunked', 'agent': False}, None),
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/cookies', 'agent': False}, None),
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/big', 'agent': False}, None),
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/status/304', 'agent': False}, None),
        ({'port': node_port, 'host': '127.0.0.1', 'path': '/status/204', 'agent': False, 'method': 'HEAD'}, None),
    ])
    assert out[0][0] == 200 and out[0][2] == b'part1-part2' and out[0][4] == {'x-sum': '42'}
    assert out[0][1]['transfer-encoding'] == 'chunked'
    assert out[1][1]['set-cookie'] == ['a=1', 'b=2']
    assert out[2][2] == b'x' * (1 << 20)
    assert (out[3][0], out[3][2]) == (304, b'')
    assert (out[4][0], out[4][2]) == (204, b'')


def test_server_dies_mid_body_against_node(run, node_port):
    seen = []

    def main():
        def on_response(res):
            res.on('data', lambda d: seen.append(d))
            res.on('aborted', lambda: seen.append('aborted'))
            res.on('error', lambda e: seen.append((e.code, str(e))))
            res.on('close', lambda: seen.append('res close'))
        req = http.get({'port': node_port, 'host': '127.0.0.1', 'path': '/destroy', 'agent': False}, on_response)
        req.on('close', lambda: seen.append('close'))
    run(main)
    assert seen == [b'partial', 'aborted', 'close', ('ECONNRESET', 'aborted'), 'res close']


def test_upgrade_against_node(run, node_port):
    seen = []

    def main():
        req = http.request({'port': node_port, 'host': '127.0.0.1',
                            'headers': {'Connection': 'Upgrade', 'Upgrade': 'echo'}})

        def on_upgrade(res, socket, head):
            seen.append((res.statusCode, head))
            socket.on('data', seen.append)
            socket.on('close', lambda *_: seen.append('closed'))
            socket.write(b'echo me')
        req.on('upgrade', on_upgrade)
        req.end()
    run(main)
    assert seen == [(101, b''), b'echo me', 'closed']


def test_many_in_flight_against_node(run, node_port):
    """50 concurrent requests on a keep-alive agent, all answered, sockets reused."""
    seen = []

    def main():
        agent = http.Agent({'keepAlive': True, 'maxSockets': 10})
        done = [0]
        for i in range(50):
            def on_response(res, i=i):
                chunks = []
                res.on('data', chunks.append)

                def end():
                    seen.append(json.loads(b''.join(chunks))['url'])
                    done[0] += 1
                    if done[0] == 50:
                        seen.append(('sockets', agent.totalSocketCount))
                        agent.destroy()
                res.on('end', end)
            http.get({'port': node_port, 'host': '127.0.0.1', 'path': '/n%d' % i, 'agent': agent}, on_response)
    run(main)
    assert sorted(seen[:-1]) == sorted('/n%d' % i for i in range(50))
    assert seen[-1] == ('sockets', 10)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def do_GET(self):
        body = json.dumps({'path': self.path, 'headers': list(self.headers.items())}).encode()
        self.send_response(200)
        self.send_header('Content-Type', 'application/json')
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_POST(self):
        n = int(self.headers.get('Content-Length') or 0)
        if self.headers.get('Transfer-Encoding') == 'chunked':
            data = b''
            while True:
                size = int(self.rfile.readline().strip(), 16)
                if not size:
                    self.rfile.readline()
                    break
                data += self.rfile.read(size)
                self.rfile.readline()
        else:
            data = self.rfile.read(n)
        self.send_response(201, 'Made')
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)


@pytest.fixture
def py_port():
    srv = ThreadingHTTPServer(('127.0.0.1', 0), _Handler)
    t = threading.Thread(target=srv.serve_forever, daemon=True)
    t.start()
    yield srv.server_address[1]
    srv.shutdown()
    srv.server_close()


def test_against_python_http_server(run, py_port):
    agent = http.Agent({'keepAlive': True})
    out = fetch(run, [
        ({'port': py_port, 'host': '127.0.0.1', 'path': '/x', 'agent': agent}, None),
        ({'port': py_port, 'host': '127.0.0.1', 'path': '/y', 'agent': agent, 'method': 'POST'}, 'chunky'),
        ({'port': py_port, 'host': '127.0.0.1', 'path': '/z', 'agent': agent, 'method': 'POST',
          'headers': {'Content-Length': 3}}, 'abc'),
    ])
    agent.destroy()
    info = json.loads(out[0][2])
    assert info['path'] == '/x'
    assert info['headers'] == [['Host', '127.0.0.1:%d' % py_port], ['Connection', 'keep-alive']]
    assert (out[1][0], out[1][2]) == (201, b'chunky')
    assert (out[2][0], out[2][2]) == (201, b'abc')
    assert [o[3] for o in out] == [False, True, True]
    assert out[0][1]['server'].startswith('BaseHTTP/')
