"""nodehttp's client and nodehttp's server in one loop over loopback: bodies
both ways, keep-alive reuse and its end, 100-continue, many requests in flight."""

import nodehttp as http
from nodehttp import timers


def with_server(run, handler, client, **server_opts):
    """Start createServer(handler) on 127.0.0.1:0, call client(server, port)."""
    def main():
        server = http.createServer(server_opts, handler)
        server.listen(0, '127.0.0.1', lambda: client(server, server.address()['port']))
    run(main)


def test_echo_post_bodies(run):
    seen = []

    def handler(req, res):
        chunks = []
        req.on('data', chunks.append)
        req.on('end', lambda: res.end(b''.join(chunks)[::-1]))

    def client(server, port):
        agent = http.Agent({'keepAlive': True})
        sizes = [0, 1, 1000, 200000]

        def one(i):
            if i == len(sizes):
                agent.destroy()
                server.close()
                return
            body = bytes(range(256)) * (sizes[i] // 256) + b'z' * (sizes[i] % 256)

            def on_response(res):
                chunks = []
                res.on('data', chunks.append)

                def end():
                    seen.append((res.statusCode, b''.join(chunks) == body[::-1], req.reusedSocket))
                    timers.setImmediate(one, i + 1)
                res.on('end', end)
            req = http.request({'port': port, 'host': '127.0.0.1', 'method': 'POST', 'agent': agent}, on_response)
            # large bodies in several writes (chunked), small ones with end()
            for k in range(0, len(body), 65536):
                req.write(body[k:k + 65536])
            req.end()
        one(0)
    with_server(run, handler, client)
    assert seen == [(200, True, False), (200, True, True), (200, True, True), (200, True, True)]


def test_short_server_keep_alive_hint_is_not_pooled(run):
    """server.keepAliveTimeout = 50 sends "Keep-Alive: timeout=0": below the
    agent's agentKeepAliveTimeoutBuffer, so keepSocketAlive() refuses the socket
    (Node 24's rule) and the next request opens a new connection."""
    seen = []

    def handler(req, res):
        res.end(str(req.socket.remotePort))

    def client(server, port):
        agent = http.Agent({'keepAlive': True})

        def on_response(res):
            seen.append(res.headers['keep-alive'])
            res.resume()

            def later():
                seen.append((sum(len(v) for v in agent.freeSockets.values()), req.socket.destroyed))

                def on_res2(res2):
                    res2.resume()
                    res2.on('end', lambda: (seen.append(r2.reusedSocket), agent.destroy(), server.close()))
                r2 = http.get({'port': port, 'host': '127.0.0.1', 'agent': agent}, on_res2)
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'port': port, 'host': '127.0.0.1', 'agent': agent}, on_response)

    def main():
        server = http.createServer(handler)
        server.keepAliveTimeout = 50
        server.listen(0, '127.0.0.1', lambda: client(server, server.address()['port']))
    run(main)
    assert seen == ['timeout=0', (0, True), False]


def test_max_requests_per_socket_closes_connection(run):
    """server.maxRequestsPerSocket = 1: the server answers Connection: close and
    the client does not pool the socket."""
    seen = []

    def handler(req, res):
        res.end('x')

    def client(server, port):
        agent = http.Agent({'keepAlive': True})

        def on_response(res):
            seen.append(res.headers.get('connection'))
            res.resume()
            res.on('end', lambda: timers.setImmediate(lambda: (
                seen.append((req.shouldKeepAlive, sum(len(v) for v in agent.freeSockets.values()))),
                agent.destroy(), server.close())))
        req = http.get({'port': port, 'host': '127.0.0.1', 'agent': agent}, on_response)

    def main():
        server = http.createServer(handler)
        server.maxRequestsPerSocket = 1
        server.listen(0, '127.0.0.1', lambda: client(server, server.address()['port']))
    run(main)
    assert seen == ['close', (False, 0)]


def test_expect_continue_with_server_check_continue(run):
    seen = []

    def main():
        server = http.createServer()

        def check_continue(req, res):
            seen.append('checkContinue')
            res.writeContinue()
            req.on('data', lambda d: seen.append(d))
            req.on('end', lambda: res.end('done'))
        server.on('checkContinue', check_continue)

        def listening():
            req = http.request({'port': server.address()['port'], 'host': '127.0.0.1', 'method': 'PUT',
                                'headers': {'Expect': '100-continue', 'Content-Length': 4}, 'agent': False})
            req.on('continue', lambda: (seen.append('continue'), req.end(b'body')))

            def on_response(res):
                res.setEncoding('utf8')
                res.on('data', seen.append)
                res.on('end', server.close)
            req.on('response', on_response)
        server.listen(0, '127.0.0.1', listening)
    run(main)
    assert seen == ['checkContinue', 'continue', b'body', 'done']


def test_many_requests_in_flight(run):
    seen = []

    def handler(req, res):
        res.end(req.url)

    def client(server, port):
        agent = http.Agent({'keepAlive': True, 'maxSockets': 5})
        done = [0]
        for i in range(100):
            def on_response(res, i=i):
                res.setEncoding('utf8')
                res.on('data', lambda d, i=i: seen.append(d == '/%d' % i))

                def end():
                    done[0] += 1
                    if done[0] == 100:
                        seen.append(('total', agent.totalSocketCount))
                        agent.destroy()
                        server.close()
                res.on('end', end)
            http.get({'port': port, 'host': '127.0.0.1', 'path': '/%d' % i, 'agent': agent}, on_response)
    with_server(run, handler, client)
    assert seen[:-1] == [True] * 100 and seen[-1] == ('total', 5)


def test_response_to_head_and_status_codes(run):
    seen = []

    def handler(req, res):
        code = int(req.url[1:])
        res.writeHead(code, {'Content-Length': 5} if code == 200 else {})
        res.end('hello' if code == 200 else None)

    def client(server, port):
        agent = http.Agent({'keepAlive': True})
        todo = [('HEAD', 200), ('GET', 204), ('GET', 304), ('GET', 200)]

        def one(*_):
            if not todo:
                agent.destroy()
                server.close()
                return
            method, code = todo.pop(0)

            def on_response(res):
                chunks = []
                res.on('data', chunks.append)
                res.on('end', lambda: (seen.append((method, res.statusCode, b''.join(chunks), req.reusedSocket)),
                                       timers.setImmediate(one)))
            req = http.request({'port': port, 'host': '127.0.0.1', 'method': method, 'path': '/%d' % code,
                                'agent': agent}, on_response)
            req.end()
        one()
    with_server(run, handler, client)
    assert seen == [('HEAD', 200, b'', False), ('GET', 204, b'', True), ('GET', 304, b'', True),
                    ('GET', 200, b'hello', True)]


def test_client_from_a_background_loop(bg):
    """DESIGN.md "Synchronous Python scripts": a test thread drives the client
    on a background loop with loop.wait()."""
    def start(done):
        server = http.createServer(lambda req, res: res.end('hi ' + req.method))
        server.listen(0, '127.0.0.1', lambda: done(server))
    server = bg.wait(start)
    port = bg.call(lambda: server.address()['port'])

    def fetch(done):
        def on_response(res):
            chunks = []
            res.on('data', chunks.append)
            res.on('end', lambda: done((res.statusCode, b''.join(chunks))))
        http.request({'port': port, 'host': '127.0.0.1', 'method': 'PUT', 'agent': False}, on_response).end()
    assert bg.wait(fetch) == (200, b'hi PUT')
    assert bg.wait(fetch) == (200, b'hi PUT')
    bg.call(server.close)
