"""http.md "Class: http.Agent", its members, "http.globalAgent" and "Built-in
Proxy Support".  Expected values are Node 24.19's (tests/differential/scenarios/agent_*.js)."""

import math
import socket as pysocket

import pytest

import nodehttp as http
from nodehttp import net, timers

from _http_client_harness import once_head, serve

OK0 = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'
OK1 = b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'


def count(mapping):
    return sum(len(v) for v in mapping.values())


def state(agent):
    return (count(agent.sockets), count(agent.freeSockets), count(agent.requests), agent.totalSocketCount)


@pytest.mark.spec("http.md", "new Agent([options])", "agent.maxFreeSockets", "agent.maxSockets",
                  "agent.maxTotalSockets")
def test_agent_defaults_and_options(run):
    def main():
        a = http.Agent()
        assert (a.keepAlive, a.keepAliveMsecs, a.maxSockets, a.maxFreeSockets, a.maxTotalSockets, a.scheduling,
                a.defaultPort, a.protocol, a.totalSocketCount, a.agentKeepAliveTimeoutBuffer) == \
            (False, 1000, math.inf, 256, math.inf, 'lifo', 80, 'http:', 0, 1000)
        assert a.options == {'noDelay': True, 'path': None}
        assert (a.sockets, a.freeSockets, a.requests) == ({}, {}, {})
        c = http.Agent({'keepAlive': True, 'keepAliveMsecs': 500, 'maxSockets': 3, 'maxFreeSockets': 2,
                        'maxTotalSockets': 7, 'scheduling': 'fifo', 'timeout': 100, 'defaultPort': 8080,
                        'agentKeepAliveTimeoutBuffer': 50})
        assert (c.keepAlive, c.keepAliveMsecs, c.maxSockets, c.maxFreeSockets, c.maxTotalSockets, c.scheduling,
                c.defaultPort, c.agentKeepAliveTimeoutBuffer) == (True, 500, 3, 2, 7, 'fifo', 8080, 50)
        assert c.options['timeout'] == 100 and c.options['path'] is None
        # keyword options (API.md)
        assert http.Agent(keepAlive=True, maxSockets=2).maxSockets == 2
        # maxSockets 0 falls back to Infinity as in Node (options.maxSockets || Infinity)
        assert http.Agent({'maxSockets': 0}).maxSockets == math.inf
        for bad, code, msg in [
            ({'scheduling': 'random'}, 'ERR_INVALID_ARG_VALUE',
             "The argument 'scheduling' must be one of: 'fifo', 'lifo'. Received 'random'"),
            ({'maxTotalSockets': 0}, 'ERR_OUT_OF_RANGE',
             'The value of "maxTotalSockets" is out of range. It must be >= 1. Received 0'),
            ({'maxTotalSockets': 'x'}, 'ERR_INVALID_ARG_TYPE',
             "The \"maxTotalSockets\" argument must be of type number. Received type string ('x')"),
        ]:
            with pytest.raises(Exception) as info:
                http.Agent(bad)
            assert (info.value.code, info.value.message) == (code, msg)
    run(main)


@pytest.mark.spec("http.md", "http.globalAgent")
def test_global_agent_defaults():
    """"Diverges from a default Agent configuration by having keepAlive enabled
    and a timeout of 5 seconds" (Node 24: options {keepAlive, scheduling: 'lifo', timeout: 5000})."""
    g = http.globalAgent
    assert isinstance(g, http.Agent)
    assert (g.keepAlive, g.maxSockets, g.maxFreeSockets, g.scheduling) == (True, math.inf, 256, 'lifo')
    assert g.options == {'keepAlive': True, 'scheduling': 'lifo', 'timeout': 5000, 'noDelay': True, 'path': None}


@pytest.mark.spec("http.md", "agent.getName([options])")
@pytest.mark.parametrize('options, name', [
    (None, 'localhost::'), ({}, 'localhost::'), ({'host': 'a.example'}, 'a.example::'),
    ({'host': 'a', 'port': 8080}, 'a:8080:'), ({'host': 'a', 'port': 0}, 'a::'),
    ({'host': 'a', 'port': 80, 'localAddress': '127.0.0.2'}, 'a:80:127.0.0.2'),
    ({'host': 'a', 'port': 80, 'family': 4}, 'a:80::4'), ({'host': 'a', 'port': 80, 'family': 6}, 'a:80::6'),
    ({'host': 'a', 'port': 80, 'family': 5}, 'a:80:'), ({'socketPath': '/tmp/x.sock'}, 'localhost:::/tmp/x.sock'),
    ({'host': 'a', 'port': 1, 'localAddress': 'l', 'family': 6, 'socketPath': '/s'}, 'a:1:l:6:/s'),
    ({'hostname': 'ignored', 'port': 2}, 'localhost:2:'),
])
def test_get_name(options, name):
    agent = http.Agent()
    assert (agent.getName() if options is None else agent.getName(options)) == name


@pytest.mark.spec("http.md", "Class: http.Agent", "agent.freeSockets", "agent.sockets", "agent.reuseSocket(socket, request)",
                  "request.reusedSocket")
def test_keep_alive_pool_states_and_free_event(run):
    """A keepAlive agent pools the socket after each response ('free') and reuses it."""
    seen = []

    def main():
        def listening(server, port):
            agent = http.Agent({'keepAlive': True})
            agent.on('free', lambda socket, options: seen.append(
                ('free', options['host'], options['port'] == port, options['path'], options['keepAlive'])))
            n = [0]

            def go():
                def on_response(res):
                    res.resume()

                    def end():
                        seen.append(('end', state(agent)))

                        def later():
                            seen.append(('immediate', state(agent), list(agent.freeSockets) == ['127.0.0.1:%d:' % port]))
                            n[0] += 1
                            if n[0] < 2:
                                go()
                            else:
                                agent.destroy()
                                server.close()
                        timers.setImmediate(later)
                    res.on('end', end)
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
                req.on('socket', lambda s: seen.append(('socket', req.reusedSocket, s.connecting, state(agent))))
                req.on('close', lambda: seen.append('close'))
                seen.append(('requested', state(agent)))
            go()
        serve(once_head(OK0), listening)
    run(main)
    assert seen == [
        ('requested', (1, 0, 0, 1)), ('socket', False, True, (1, 0, 0, 1)), ('end', (1, 0, 0, 1)), 'close',
        ('free', '127.0.0.1', True, None, True), ('immediate', (0, 1, 0, 1), True),
        ('requested', (1, 0, 0, 1)), ('socket', True, False, (1, 0, 0, 1)), ('end', (1, 0, 0, 1)), 'close',
        ('free', '127.0.0.1', True, None, True), ('immediate', (0, 1, 0, 1), True),
    ]


@pytest.mark.spec("http.md", "agent.requests", "agent.maxSockets")
def test_max_sockets_queue(run):
    """Over maxSockets, requests wait in agent.requests and get a freed socket."""
    seen = []

    def main():
        def respond(conn):
            while '\r\n\r\n' in conn.data:
                conn.data = conn.data[conn.data.index('\r\n\r\n') + 4:]
                timers.setTimeout(lambda: conn.sock.write(OK1), 5 if conn.n == 1 else 150)

        def listening(server, port):
            agent = http.Agent({'keepAlive': True, 'maxSockets': 2})
            done = [0]
            for i in range(4):
                def on_response(res, i=i):
                    res.resume()

                    def end():
                        done[0] += 1
                        if done[0] == 4:
                            timers.setImmediate(lambda: (seen.append(('after', state(agent))), agent.destroy(),
                                                         server.close()))
                    res.on('end', end)
                req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/%d' % i, 'agent': agent}, on_response)
                req.on('socket', lambda s, i=i, req=req: seen.append(('socket', i, req.reusedSocket, state(agent))))
                seen.append(('queued', i, state(agent)))
        serve(respond, listening)
    run(main)
    assert seen == [
        ('queued', 0, (1, 0, 0, 1)), ('queued', 1, (2, 0, 0, 2)), ('queued', 2, (2, 0, 1, 2)),
        ('queued', 3, (2, 0, 2, 2)), ('socket', 0, False, (2, 0, 2, 2)), ('socket', 1, False, (2, 0, 2, 2)),
        # a queued request takes over a freed socket: not a "reused" socket for reusedSocket
        ('socket', 2, False, (2, 0, 1, 2)), ('socket', 3, False, (2, 0, 0, 2)), ('after', (0, 2, 0, 2)),
    ]


@pytest.mark.spec("http.md", "agent.maxTotalSockets")
def test_max_total_sockets_across_origins(run):
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                line = conn.data.split('\r\n')[0]
                conn.data = ''
                delay = 300 if '/0 ' in line else 5 if '/1 ' in line else 0
                timers.setTimeout(lambda: conn.sock.end(
                    b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx'), delay)

        def listening(server, port):
            agent = http.Agent({'keepAlive': True, 'maxTotalSockets': 2})
            done = [0]
            for i, host in enumerate(['127.0.0.1', 'localhost', '127.0.0.1', 'localhost']):
                def on_response(res):
                    res.resume()

                    def end():
                        done[0] += 1
                        if done[0] == 4:
                            timers.setImmediate(lambda: (seen.append(('after', state(agent))), server.close()))
                    res.on('end', end)
                req = http.get({'host': host, 'family': 4, 'port': port, 'path': '/%d' % i, 'agent': agent},
                               on_response)
                req.on('socket', lambda s, i=i: seen.append(('socket', i, state(agent))))
                req.on('close', lambda i=i: seen.append(('close', i)))
                seen.append(('queued', i, state(agent)))
        serve(respond, listening)
    run(main)
    assert seen == [
        ('queued', 0, (1, 0, 0, 1)), ('queued', 1, (2, 0, 0, 2)), ('queued', 2, (2, 0, 1, 2)),
        ('queued', 3, (2, 0, 2, 2)), ('socket', 0, (2, 0, 2, 2)), ('socket', 1, (2, 0, 2, 2)),
        ('close', 1), ('socket', 3, (2, 0, 1, 2)), ('close', 3), ('close', 0), ('socket', 2, (1, 0, 0, 1)),
        ('after', (1, 0, 0, 1)), ('close', 2),
    ]


@pytest.mark.spec("http.md", "agent.maxFreeSockets")
def test_max_free_sockets(run):
    seen = []

    def main():
        def listening(server, port):
            agent = http.Agent({'keepAlive': True, 'maxFreeSockets': 1})
            done = [0]
            for _ in range(3):
                def on_response(res):
                    res.resume()

                    def end():
                        done[0] += 1
                        if done[0] == 3:
                            timers.setTimeout(lambda: (seen.append(state(agent)), agent.destroy(), server.close()), 30)
                    res.on('end', end)
                http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
        serve(once_head(OK1), listening)
    run(main)
    assert seen == [(0, 1, 0, 1)]


@pytest.mark.spec("http.md", "new Agent([options])")
@pytest.mark.parametrize('scheduling, picked', [('lifo', 2), ('fifo', 1)])
def test_scheduling(run, scheduling, picked):
    """'lifo' picks the most recently freed socket, 'fifo' the least recently freed one."""
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                conn.data = ''
                timers.setTimeout(lambda: conn.sock.write(
                    b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nX-Conn: %d\r\n\r\nx' % conn.n),
                    5 if conn.n % 2 else 100)

        def listening(server, port):
            agent = http.Agent({'keepAlive': True, 'scheduling': scheduling})
            order = []
            for _ in range(2):
                def on_response(res):
                    order.append(int(res.headers['x-conn']))
                    res.resume()

                    def end():
                        if len(order) == 2:
                            def later():
                                def on_res2(res2):
                                    seen.append(int(res2.headers['x-conn']) - order[0] + 1)
                                    res2.resume()
                                    res2.on('end', lambda: (agent.destroy(), server.close()))
                                http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_res2)
                            timers.setTimeout(later, 10)
                    res.on('end', end)
                http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
        serve(respond, listening)
    run(main)
    assert seen == [picked]


@pytest.mark.spec("http.md", "new Agent([options])", "Class: http.Agent")
def test_connection_header_rules(run):
    """"The Connection: keep-alive header is always sent when using an agent except
    when the Connection header is explicitly specified or when the keepAlive and
    maxSockets options are respectively set to false and Infinity"."""
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                head = conn.data.lower()
                conn.data = ''
                seen.append(head.split('connection: ')[1].split('\r\n')[0] if 'connection: ' in head else None)
                conn.sock.write(OK0)

        def listening(server, port):
            cases = [(None, {}), (http.Agent(), {}), (http.Agent({'keepAlive': True}), {}),
                     (http.Agent({'maxSockets': 2}), {}), (False, {}),
                     (http.Agent({'keepAlive': True}), {'Connection': 'close'})]

            def next_(*_):
                if not cases:
                    http.globalAgent.destroy()
                    server.close()
                    return
                agent, headers = cases.pop(0)
                req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'headers': headers})

                def on_response(res):
                    res.resume()

                    def end():
                        def later():
                            seen.append(req.socket.destroyed)
                            if agent:
                                agent.destroy()
                            next_()
                        timers.setImmediate(later)
                    res.on('end', end)
                req.on('response', on_response)
            next_()
        serve(respond, listening)
    run(main)
    assert seen == ['keep-alive', False, 'close', True, 'keep-alive', False, 'keep-alive', True,
                    'close', True, 'close', False]


@pytest.mark.spec("http.md", "agent.keepSocketAlive(socket)", "new Agent([options])")
def test_keep_alive_hint_shortens_pooled_socket_timeout(run):
    """agentKeepAliveTimeoutBuffer: a "Keep-Alive: timeout=1" hint and a 940 ms buffer
    leave a pooled socket 60 ms (Node 24: only when the agent has a timeout)."""
    seen = []

    def main():
        resp = b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nKeep-Alive: timeout=1\r\n\r\n'

        def listening(server, port):
            agent = http.Agent({'keepAlive': True, 'agentKeepAliveTimeoutBuffer': 940, 'timeout': 5000})
            plain = http.Agent({'keepAlive': True})

            def on_response(res):
                res.resume()

                def later():
                    s = req.socket
                    seen.append((count(agent.freeSockets), s.timeout))
                    s.on('timeout', lambda: seen.append('timeout'))
                    s.on('close', lambda *_: (seen.append(('closed', count(agent.freeSockets))), after()))
                res.on('end', lambda: timers.setImmediate(later))

            def after():
                def on_res2(res2):
                    res2.resume()

                    def later2():
                        seen.append(('no agent timeout', req2.socket.timeout))
                        plain.destroy()
                        server.close()
                    res2.on('end', lambda: timers.setImmediate(later2))
                req2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': plain}, on_res2)
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
        serve(once_head(resp), listening)
    run(main)
    assert seen == [(1, 60), 'timeout', ('closed', 0), ('no agent timeout', 0)]


@pytest.mark.spec("http.md", "agent.keepSocketAlive(socket)", "agent.reuseSocket(socket, request)")
def test_keep_socket_alive_and_reuse_socket_overrides(run):
    seen = []

    class Picky(http.Agent):
        n = 0

        def keepSocketAlive(self, socket):
            self.n += 1
            keep = self.n < 2
            seen.append(('keepSocketAlive', keep))
            return super().keepSocketAlive(socket) if keep else False

        def reuseSocket(self, socket, request):
            seen.append(('reuseSocket', request.path))
            super().reuseSocket(socket, request)

    def main():
        def listening(server, port):
            agent = Picky({'keepAlive': True})
            i = [0]

            def go():
                def on_response(res):
                    res.resume()

                    def later():
                        seen.append((count(agent.freeSockets), req.socket.destroyed))
                        i[0] += 1
                        if i[0] < 2:
                            go()
                        else:
                            agent.destroy()
                            server.close()
                    res.on('end', lambda: timers.setImmediate(later))
                req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/%d' % i[0], 'agent': agent}, on_response)
            go()
        serve(once_head(OK0), listening)
    run(main)
    assert seen == [('keepSocketAlive', True), (1, False), ('reuseSocket', '/1'), ('keepSocketAlive', False),
                    (0, True)]


@pytest.mark.spec("http.md", "agent.createConnection(options[, callback])")
def test_create_connection_async_callback(run):
    """A custom createConnection may hand the socket over through the callback,
    or report an error through it."""
    seen = []

    hand_over = []

    class AsyncAgent(http.Agent):
        def createConnection(self, options, cb):
            seen.append(('create', options['host'], options['keepAlive'], options['servername']))
            hand_over.append(lambda: cb(None, net.createConnection(options['port'], options['host'])))

    class BadAgent(http.Agent):
        def createConnection(self, options, cb):
            timers.setImmediate(lambda: cb(RuntimeError('no socket for you')))

    def main():
        def listening(server, port):
            agent = AsyncAgent({'keepAlive': True})

            def on_response(res):
                res.setEncoding('utf8')
                res.on('data', seen.append)
                res.on('end', lambda: (agent.destroy(), server.close()))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
            req.on('socket', lambda s: seen.append('socket'))
            r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': BadAgent()})
            r2.on('error', lambda e: seen.append(('bad', str(e))))
            r2.on('close', lambda: (seen.append('bad close'), timers.setTimeout(hand_over[0], 10)))
        serve(once_head(b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nasync'), listening)
    run(main)
    assert seen == [('create', '127.0.0.1', True, ''), ('bad', 'no socket for you'), 'bad close', 'socket', 'async']


@pytest.mark.spec("http.md", "agent.destroy()")
def test_agent_destroy(run):
    """destroy() destroys free and in-use sockets; requests on them fail with socket hang up."""
    seen = []

    def main():
        def respond(conn):
            if '/free' in conn.data:
                conn.data = ''
                conn.sock.write(OK0)

        def listening(server, port):
            agent = http.Agent({'keepAlive': True})

            def on_response(res):
                res.resume()

                def later():
                    seen.append(state(agent))
                    busy = http.get({'host': '127.0.0.1', 'port': port, 'path': '/busy', 'agent': agent})
                    busy.on('error', lambda e: seen.append(e.message))

                    def on_socket(s):
                        agent.destroy()
                        seen.append(s.destroyed)
                    busy.on('socket', on_socket)
                    busy.on('close', lambda: timers.setImmediate(lambda: (seen.append(state(agent)), server.close())))
                res.on('end', lambda: timers.setImmediate(later))
            http.get({'host': '127.0.0.1', 'port': port, 'path': '/free', 'agent': agent}, on_response)
        serve(respond, listening)
    run(main)
    assert seen == [(0, 1, 0, 1), True, 'socket hang up', (0, 0, 0, 0)]


@pytest.mark.spec("http.md", "Class: http.Agent")
def test_agent_remove_and_agent_false(run):
    """'agentRemove' takes a socket out of the pool; agent: false makes a one-off Agent."""
    seen = []

    def main():
        def listening(server, port):
            agent = http.Agent({'keepAlive': True})
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent})

            def on_socket(s):
                s.emit('agentRemove')
                seen.append(state(agent))
            req.on('socket', on_socket)

            def on_response(res):
                res.resume()

                def later():
                    seen.append((state(agent), req.socket.destroyed))
                    req.socket.destroy()
                    r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': False})

                    def on_res2(res2):
                        seen.append((isinstance(r2.agent, http.Agent), r2.agent is http.globalAgent, r2.agent.keepAlive))
                        res2.resume()
                    r2.on('response', on_res2)
                    r2.on('close', server.close)
                res.on('end', lambda: timers.setImmediate(later))
            req.on('response', on_response)
        serve(once_head(OK0), listening)
    run(main)
    assert seen == [(0, 0, 0, 0), ((0, 0, 0, 0), False), (True, False, False)]


@pytest.mark.spec("http.md", "Class: http.Agent", "agent.freeSockets")
def test_idle_socket_closed_by_server_leaves_pool(run):
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                conn.data = ''
                conn.sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n%d' % conn.n)
                timers.setTimeout(conn.sock.end, 20)

        def listening(server, port):
            agent = http.Agent({'keepAlive': True})

            def on_response(res):
                res.resume()

                def later():
                    s = list(agent.freeSockets.values())[0][0]

                    def on_close(*_):
                        seen.append(state(agent))

                        def on_res2(res2):
                            res2.setEncoding('utf8')
                            res2.on('data', lambda d: seen.append((d, r2.reusedSocket)))
                            res2.on('end', lambda: (agent.destroy(), server.close()))
                        r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_res2)
                    s.on('close', on_close)
                res.on('end', lambda: timers.setImmediate(later))
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
        serve(respond, listening)
    run(main)
    assert seen == [(0, 0, 0, 0), ('2', False)]


@pytest.mark.spec("http.md", "new Agent([options])", "agent.freeSockets")
def test_agent_timeout_option_destroys_idle_free_socket(run):
    """The timeout option is the socket's timeout; a free socket that times out is destroyed."""
    seen = []

    def main():
        def listening(server, port):
            agent = http.Agent({'keepAlive': True, 'timeout': 40})
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent})
            req.on('socket', lambda s: seen.append(s.timeout))

            def on_response(res):
                res.resume()

                def later():
                    s = req.socket
                    seen.append((count(agent.freeSockets), s.timeout))
                    s.on('timeout', lambda: seen.append('timeout'))
                    s.on('close', lambda *_: (seen.append(state(agent)), server.close()))
                res.on('end', lambda: timers.setImmediate(later))
            req.on('response', on_response)
        serve(once_head(OK0), listening)
    run(main)
    assert seen == [40, (1, 40), 'timeout', (0, 0, 0, 0)]


def test_pooled_socket_is_unrefed_so_the_process_can_exit(run):
    """"Any unused sockets in the pool will be unrefed so as not to keep the
    Node.js process running when there are no outstanding requests"."""
    import threading
    seen = []
    lsock = pysocket.create_server(('127.0.0.1', 0))
    port = lsock.getsockname()[1]
    held = []

    def peer():
        # A server outside the loop that answers and keeps the connection open.
        conn, _ = lsock.accept()
        held.append(conn)
        buf = b''
        while b'\r\n\r\n' not in buf:
            buf += conn.recv(65536)
        conn.sendall(OK0)
    t = threading.Thread(target=peer, daemon=True)
    t.start()

    def main():
        agent = http.Agent({'keepAlive': True})

        def on_response(res):
            res.resume()
            res.on('end', lambda: timers.setImmediate(lambda: seen.append(count(agent.freeSockets))))
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
    try:
        run(main, timeout=5)     # returns although the agent still holds an open connection
    finally:
        t.join(5)
        for c in held:
            c.close()
        lsock.close()
    assert seen == [1]


# -- Built-in Proxy Support ------------------------------------------------------------

def _proxy_pair(run, cases):
    """Run requests through Agents with proxyEnv against a raw proxy and origin."""
    seen = []

    def main():
        servers = {}

        def make(name, body):
            def respond(conn):
                if '\r\n\r\n' in conn.data:
                    text = conn.data
                    for key, label in (('proxy', 'PROXYPORT'), ('origin', 'PORT')):
                        if key in servers:
                            text = text.replace(str(servers[key]), label)
                    seen.append((name, text))
                    conn.data = ''
                    conn.sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n%s' % (len(body), body))
            return respond

        def proxy_up(proxy, pport):
            servers['proxy'] = pport

            def origin_up(origin, oport):
                servers['origin'] = oport
                todo = list(cases(pport, oport))

                def next_(*_):
                    if not todo:
                        proxy.close()
                        origin.close()
                        return
                    env, opts = todo.pop(0)
                    agent = http.Agent({'proxyEnv': env})

                    def on_response(res):
                        res.resume()
                        res.on('end', lambda: (agent.destroy(), next_()))
                    http.request({**opts, 'agent': agent}, on_response).end()
                next_()
            serve(make('origin', b'direct'), origin_up)
        serve(make('proxy', b'proxied'), proxy_up)
    run(main)
    return seen


@pytest.mark.spec("http.md", "Built-in Proxy Support", "Proxy URL Format")
def test_proxy_requests_go_through_http_proxy(run):
    """HTTP_PROXY (http_proxy wins): absolute-form request line, proxy-authorization
    from the URL's percent-decoded credentials, proxy-connection after keepAlive."""
    seen = _proxy_pair(run, lambda pport, oport: [
        ({'HTTP_PROXY': 'http://127.0.0.1:%d' % pport}, {'host': '127.0.0.1', 'port': oport, 'path': '/a?b=1'}),
        ({'HTTP_PROXY': 'http://127.0.0.1:1', 'http_proxy': 'http://us%%20er:p%%40ss@127.0.0.1:%d' % pport},
         {'host': 'localhost', 'port': oport, 'path': '/auth', 'family': 4}),
    ])
    assert seen == [
        ('proxy', 'GET http://127.0.0.1:PORT/a?b=1 HTTP/1.1\r\nHost: 127.0.0.1:PORT\r\nproxy-connection: close\r\n'
                  'Connection: close\r\n\r\n'),
        ('proxy', 'GET http://localhost:PORT/auth HTTP/1.1\r\nHost: localhost:PORT\r\n'
                  'proxy-authorization: Basic dXMgZXI6cEBzcw==\r\nproxy-connection: close\r\nConnection: close\r\n\r\n'),
    ]


@pytest.mark.spec("http.md", "NO_PROXY Format")
def test_no_proxy_formats(run):
    seen = _proxy_pair(run, lambda pport, oport: [
        ({'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': no_proxy},
         {'host': '127.0.0.1', 'port': oport, 'path': '/%d' % i})
        for i, no_proxy in enumerate(['127.0.0.1', '*', '127.0.0.1:1', 'example.com, 127.0.0.1:%d' % oport,
                                      '127.0.0.0-127.0.0.5', 'localhost'])])
    assert [(who, text.split('\r\n')[0]) for who, text in seen] == [
        ('origin', 'GET /0 HTTP/1.1'), ('origin', 'GET /1 HTTP/1.1'), ('proxy', 'GET http://127.0.0.1:PORT/2 HTTP/1.1'),
        ('origin', 'GET /3 HTTP/1.1'), ('origin', 'GET /4 HTTP/1.1'), ('proxy', 'GET http://127.0.0.1:PORT/5 HTTP/1.1'),
    ]


@pytest.mark.spec("http.md", "NO_PROXY Format")
@pytest.mark.parametrize('no_proxy, host, proxied', [
    ('.example.com', 'example.com', False), ('.example.com', 'sub.example.com', False),
    ('*.example.com', 'example.com', True), ('*.example.com', 'a.b.example.com', False),
    ('example.com', 'sub.example.com', True), ('EXAMPLE.COM', 'example.com', False),
    ('10.0.0.1-10.0.0.9', '10.0.0.5', False), ('10.0.0.1-10.0.0.9', '10.0.0.10', True),
    ('example.com:80', 'example.com', False), ('example.com:81', 'example.com', True),
    ('a,*', 'x', False), ('xample.com', 'example.com', True), ('', 'x', True),
])
def test_no_proxy_matching_as_node24(run, no_proxy, host, proxied):
    """Node 24's answers for each NO_PROXY form (seen through request.path)."""
    got = []

    def main():
        agent = http.Agent({'proxyEnv': {'HTTP_PROXY': 'http://127.0.0.1:1', 'NO_PROXY': no_proxy}})
        req = http.request({'host': host, 'agent': agent})
        req.on('error', lambda e: None)
        got.append((req.path.startswith('http://'), req.getHeader('proxy-connection')))
        req.destroy()
    run(main)
    assert got == [(proxied, 'close' if proxied else None)]


@pytest.mark.spec("http.md", "Built-in Proxy Support", "Example")
def test_node_use_env_proxy_global_agent(tmp_path):
    """NODE_USE_ENV_PROXY=1: the global agent is built with proxyEnv = the environment."""
    import os
    import subprocess
    import sys
    code = ('import nodehttp as http; a = http.globalAgent; '
            'print(a._proxy is not None, a.options["proxyEnv"]["HTTP_PROXY"], '
            'a._proxy.applies("localhost", 80), a._proxy.applies("x.test", 80))')
    env = dict(os.environ, NODE_USE_ENV_PROXY='1', HTTP_PROXY='http://127.0.0.1:3128', NO_PROXY='localhost')
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    env['PYTHONPATH'] = root
    out = subprocess.run([sys.executable, '-c', code], env=env, capture_output=True, text=True, timeout=30)
    assert out.stdout.split() == ['True', 'http://127.0.0.1:3128', 'False', 'True'], out.stderr
    env.pop('NODE_USE_ENV_PROXY')
    out = subprocess.run([sys.executable, '-c', 'import nodehttp as http; print(http.globalAgent._proxy)'],
                         env=env, capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == 'None'


def test_unix_socket_request_ignores_proxy(run):
    """"If the request is made to a Unix domain socket, the proxy settings will be ignored"."""
    got = []

    def main():
        agent = http.Agent({'proxyEnv': {'HTTP_PROXY': 'http://127.0.0.1:1'}})
        req = http.request({'socketPath': '/nonexistent/x.sock', 'agent': agent})
        req.on('error', lambda e: None)
        got.append(req.path)
        req.destroy()
    run(main)
    assert got == ['/']


@pytest.mark.spec("http.md", "Class: http.Agent", "agent.freeSockets")
def test_pooled_socket_reset_by_server_is_dropped_quietly(run):
    """A pooled socket that errors (the server resets it) is destroyed and leaves
    the pool without an uncaught 'error' (Node: freeSocketErrorListener)."""
    seen = []

    def main():
        def respond(conn):
            if '\r\n\r\n' in conn.data:
                conn.data = ''
                conn.sock.write(OK0)
                timers.setTimeout(conn.sock.resetAndDestroy, 20)

        def listening(server, port):
            agent = http.Agent({'keepAlive': True})

            def on_response(res):
                res.resume()

                def later():
                    s = list(agent.freeSockets.values())[0][0]
                    s.on('close', lambda *_: (seen.append((s.destroyed, state(agent))), server.close()))
                res.on('end', lambda: timers.setImmediate(later))
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
        serve(respond, listening)
    run(main)
    assert seen == [(True, (0, 0, 0, 0))]


@pytest.mark.spec("http.md", "Built-in Proxy Support", "Example")
def test_requests_through_a_forward_proxy_on_loopback(run):
    """A small forward proxy (nodehttp's own server and client) relays
    absolute-form requests to the origin; NO_PROXY requests go direct."""
    seen = []

    def main():
        origin = http.createServer(lambda req, res: res.end('origin saw %s %s via=%s' % (
            req.method, req.url, req.headers.get('x-via', '-'))))

        def relay(req, res):
            # http://host:port/path -> forward to the origin, copy the answer back
            seen.append(('proxy', req.method, req.url.replace(str(origin.address()['port']), 'PORT'),
                         req.headers.get('proxy-connection'), req.headers.get('proxy-authorization')))
            from urllib.parse import urlsplit
            u = urlsplit(req.url)
            headers = {k: v for k, v in req.headers.items() if not k.startswith('proxy-')}
            headers['x-via'] = 'proxy'
            up = http.request({'host': u.hostname, 'port': u.port, 'path': u.path or '/', 'method': req.method,
                               'headers': headers, 'agent': False})

            def on_up(upres):
                res.writeHead(upres.statusCode, {'content-type': upres.headers.get('content-type', 'text/plain')})
                upres.pipe(res)
            up.on('response', on_up)
            req.pipe(up)
        proxy = http.createServer(relay)

        def both_up():
            oport = origin.address()['port']
            pport = proxy.address()['port']
            cases = [({'HTTP_PROXY': 'http://u:p@127.0.0.1:%d' % pport}, '/through'),
                     ({'HTTP_PROXY': 'http://127.0.0.1:%d' % pport, 'NO_PROXY': '127.0.0.1'}, '/direct')]

            def next_(*_):
                if not cases:
                    proxy.close()
                    origin.close()
                    return
                env, path = cases.pop(0)
                agent = http.Agent({'proxyEnv': env})

                def on_response(res):
                    res.setEncoding('utf8')
                    body = []
                    res.on('data', body.append)
                    res.on('end', lambda: (seen.append((res.statusCode, ''.join(body))), agent.destroy(), next_()))
                http.get({'host': '127.0.0.1', 'port': oport, 'path': path, 'agent': agent}, on_response)
            next_()
        origin.listen(0, '127.0.0.1', lambda: proxy.listen(0, '127.0.0.1', both_up))
    run(main)
    assert seen == [('proxy', 'GET', 'http://127.0.0.1:PORT/through', 'close', 'Basic dTpw'),
                    (200, 'origin saw GET /through via=proxy'),
                    (200, 'origin saw GET /direct via=-')]
