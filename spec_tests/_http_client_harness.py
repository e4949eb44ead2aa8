"""Helpers for the client spec tests: a scripted raw TCP server on loopback.

``serve(respond)`` starts a ``net`` server on 127.0.0.1:0 whose connections
collect what the client sends; ``respond(conn)`` is called after each chunk
with a ``Conn`` (``.data``: everything received so far as latin-1 text,
``.sock``: the server-side socket, ``.n``: connection number) and writes
whatever it likes.  ``heads(conn)`` splits the received text into complete
request heads.  Expected wire bytes in the tests come from Node 24 runs
(tests/differential/scenarios/client_*.js, agent_*.js).
"""

from nodehttp import net


class Conn:
    __slots__ = ('sock', 'data', 'n', 'state')

    def __init__(self, sock, n):
        self.sock = sock
        self.data = ''
        self.n = n
        self.state = {}


def serve(respond, on_listening, host='127.0.0.1'):
    """A raw server calling respond(conn) on every chunk; returns the server."""
    count = [0]

    def on_connection(sock):
        count[0] += 1
        conn = Conn(sock, count[0])
        sock.on('error', lambda e: None)

        def on_data(d):
            conn.data += d.decode('latin-1')
            respond(conn)
        sock.on('data', on_data)
    server = net.createServer(on_connection)
    server.connections = count
    server.listen(0, host, lambda: on_listening(server, server.address()['port']))
    return server


def once_head(response):
    """respond(): answer `response` once a whole head has arrived (each head)."""
    def respond(conn):
        while '\r\n\r\n' in conn.data:
            i = conn.data.index('\r\n\r\n')
            conn.state.setdefault('heads', []).append(conn.data[:i + 4])
            conn.data = conn.data[i + 4:]
            conn.sock.write(response)
    return respond


def squash(events):
    """Fold repeated entries ('data' may come any number of times)."""
    out = []
    for e in events:
        if not out or out[-1] != e:
            out.append(e)
    return out
