"""Audit of http.md (issue 7's bar): Agent methods whose documented default
behaviour no test asserted yet. Expected values: the doc text and Node 24.19
(JS in each docstring)."""

import socket as pysocket
import threading

import pytest

import nodehttp as http
from nodehttp import net


def _peer_server():
    """A listening socket outside the loop (so that it does not keep run() alive)."""
    lsock = pysocket.create_server(('127.0.0.1', 0))
    held = []

    def accept():
        try:
            conn, _ = lsock.accept()
            held.append(conn)
        except OSError:
            pass
    t = threading.Thread(target=accept, daemon=True)
    t.start()

    def close():
        lsock.close()
        t.join(5)
        for c in held:
            c.close()
    return lsock.getsockname()[1], close


@pytest.mark.spec("http.md", "agent.keepSocketAlive(socket)")
def test_keep_socket_alive_default_behaviour(run):
    """"Default behavior is to: socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref(); return true;"

    Node 24: s = agent.createConnection({port, host}); on 'connect':
    agent.keepSocketAlive(s) -> true, s._handle.hasRef() -> false.
    Here: returns True, SO_KEEPALIVE on with TCP_KEEPIDLE = keepAliveMsecs / 1000
    (2000 ms -> 2 s, libuv takes whole seconds), and the socket no longer keeps
    run() alive (it returns while the socket is connected)."""
    port, close = _peer_server()
    seen = []

    def main():
        agent = http.Agent({'keepAliveMsecs': 2000})
        s = agent.createConnection({'port': port, 'host': '127.0.0.1'})

        def on_connect():
            seen.append(('keepSocketAlive', agent.keepSocketAlive(s)))
            h = s._handle
            seen.append((h.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_KEEPALIVE) != 0,
                         h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_KEEPIDLE)))
            seen.append(('still connected', s.destroyed))
        s.on('connect', on_connect)
    try:
        run(main, timeout=3)     # returns: the only handle left is unrefed
    finally:
        close()
    assert seen == [('keepSocketAlive', True), (True, 2), ('still connected', False)]


@pytest.mark.spec("http.md", "agent.createConnection(options[, callback])")
def test_create_connection_default_returns_socket_synchronously(run):
    """"By default, this function behaves identically to net.createConnection(),
    synchronously returning the created socket." Returns: {stream.Duplex}.

    Node 24: const s = agent.createConnection({port, host: '127.0.0.1'}, (...a) => ...);
    -> s instanceof net.Socket, s.connecting true; the callback, being
    net.createConnection()'s connect listener, is called with no argument on
    'connect' (before the socket's own 'connect' listeners added later):
    [['sync', true, true], ['cb', 0], 'connect']"""
    port, close = _peer_server()
    seen = []

    def main():
        agent = http.Agent()
        box = {}
        s = agent.createConnection({'port': port, 'host': '127.0.0.1'},
                                   lambda *a: seen.append(('cb', len(a))))
        box['s'] = s
        seen.append(('sync', isinstance(s, net.Socket), s.connecting))
        s.on('connect', lambda: (seen.append('connect'), s.destroy()))
    try:
        run(main, timeout=3)
    finally:
        close()
    assert seen == [('sync', True, True), ('cb', 0), 'connect']


@pytest.mark.spec("http.md", "agent.reuseSocket(socket, request)")
def test_reuse_socket_default_refs_the_socket(run):
    """"Default behavior is to: socket.ref();" (and the request is marked as
    reusedSocket).

    Node 24: after agent.keepSocketAlive(s), agent.reuseSocket(s, fake) returns
    undefined, fake.reusedSocket === true, s._handle.hasRef() === true: an
    unref'd 300 ms timer still fires ('still alive') because the socket keeps
    the process alive. Same scenario here."""
    import types
    from nodehttp import timers
    port, close = _peer_server()
    seen = []

    def main():
        agent = http.Agent()
        s = agent.createConnection({'port': port, 'host': '127.0.0.1'})

        def on_connect():
            agent.keepSocketAlive(s)
            fake = types.SimpleNamespace()
            seen.append((agent.reuseSocket(s, fake), fake.reusedSocket))
            t = timers.setTimeout(lambda: (seen.append('still alive'), s.destroy()), 300)
            t.unref()
        s.on('connect', on_connect)
    try:
        run(main, timeout=3)
    finally:
        close()
    assert seen == [(None, True), 'still alive']
