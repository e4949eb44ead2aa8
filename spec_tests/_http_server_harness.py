"""Shared harness of the http server tests (spec_tests/test_http_server*.py,
test_http_incoming*.py, test_http_outgoing*.py and tests/*/test_*server*).

A nodehttp loop runs in a background thread (API.md "The event loop":
``nodehttp.loop.background()``); servers are created and driven on it with
``env.call(fn)``; the test thread talks to them with plain blocking sockets
and waits on recorded events (no sleeps).
"""

import re
import socket
import threading
import time
from contextlib import contextmanager

DATE_RE = re.compile(rb'\r\nDate: [^\r]*')
TIMEOUT = 5.0


def strip_date(data):
    """Response bytes with the Date header line removed."""
    return DATE_RE.sub(b'', data)


class Env:
    """Events recorded on the loop thread, awaited from the test thread."""

    def __init__(self, loop):
        self.loop = loop
        self.events = []
        self._cond = threading.Condition()
        self.servers = []

    def log(self, *items):
        with self._cond:
            self.events.append(items[0] if len(items) == 1 else items)
            self._cond.notify_all()

    def wait_for(self, pred, timeout=TIMEOUT):
        deadline = time.monotonic() + timeout
        with self._cond:
            while not pred(self.events):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise AssertionError('timed out; events so far: %r' % (self.events,))
                self._cond.wait(left)
        return list(self.events)

    def wait_event(self, event, timeout=TIMEOUT):
        return self.wait_for(lambda evs: event in evs, timeout)

    def call(self, fn, *args):
        return self.loop.call(fn, *args)

    def server(self, options=None, listener=None, setup=None):
        """Create a server on the loop, listen on 127.0.0.1:0; (server, port)."""
        from nodehttp.http.server import createServer
        ready = threading.Event()
        box = {}

        def start():
            srv = createServer(options, listener) if options is not None else createServer(listener)
            if setup is not None:
                setup(srv)
            srv.listen(0, '127.0.0.1', lambda *a: ready.set())
            box['srv'] = srv

        self.call(start)
        assert ready.wait(TIMEOUT), 'server did not listen'
        srv = box['srv']
        self.servers.append(srv)
        return srv, self.call(lambda: srv.address()['port'])


@contextmanager
def env():
    import nodehttp.loop as loop_mod
    with loop_mod.background() as loop:
        e = Env(loop)
        try:
            yield e
        finally:
            for srv in e.servers:
                try:
                    loop.call(lambda s=srv: (s.closeAllConnections(), s.close()))
                except Exception:
                    pass


def connect(port, timeout=TIMEOUT):
    s = socket.create_connection(('127.0.0.1', port), timeout=timeout)
    s.settimeout(timeout)
    return s


def read_all(sock, timeout=TIMEOUT):
    """Read until the peer closes (or resets)."""
    sock.settimeout(timeout)
    chunks = []
    while True:
        try:
            d = sock.recv(65536)
        except ConnectionResetError:
            break
        if not d:
            break
        chunks.append(d)
    return b''.join(chunks)


def exchange(port, data, half_close=False, timeout=TIMEOUT):
    """Send raw bytes on a new connection and return all bytes until close."""
    with connect(port, timeout) as s:
        s.sendall(data)
        if half_close:
            s.shutdown(socket.SHUT_WR)
        return read_all(s, timeout)


def read_until(sock, marker, buf=b'', timeout=TIMEOUT):
    """Read until `marker` is in the accumulated bytes; returns them."""
    sock.settimeout(timeout)
    while marker not in buf:
        d = sock.recv(65536)
        if not d:
            raise AssertionError('closed before %r; got %r' % (marker, buf))
        buf += d
    return buf


def read_response(sock, buf=b'', head_only=False):
    """Read exactly one response (Content-Length or chunked framing) from a
    kept-alive socket. Returns (response bytes, rest of buffer)."""
    buf = read_until(sock, b'\r\n\r\n', buf)
    end = buf.index(b'\r\n\r\n') + 4
    head = buf[:end]
    lower = head.lower()
    m = re.search(rb'\r\ncontent-length: *(\d+)', lower)
    if head_only or head.split(b' ', 2)[1][:1] == b'1' or b' 204 ' in head[:13] or b' 304 ' in head[:13]:
        return head, buf[end:]
    if m:
        n = int(m.group(1))
        while len(buf) < end + n:
            d = sock.recv(65536)
            if not d:
                raise AssertionError('closed in body')
            buf += d
        return buf[:end + n], buf[end + n:]
    if b'transfer-encoding: chunked' in lower:
        pos = end
        while True:
            while b'\r\n' not in buf[pos:]:
                d = sock.recv(65536)
                if not d:
                    raise AssertionError('closed in chunk size')
                buf += d
            line_end = buf.index(b'\r\n', pos)
            size = int(buf[pos:line_end].split(b';')[0], 16)
            pos = line_end + 2
            if size == 0:
                while b'\r\n\r\n' not in buf[pos - 2:]:
                    d = sock.recv(65536)
                    if not d:
                        raise AssertionError('closed in trailers')
                    buf += d
                stop = buf.index(b'\r\n\r\n', pos - 2) + 4
                return buf[:stop], buf[stop:]
            while len(buf) < pos + size + 2:
                d = sock.recv(65536)
                if not d:
                    raise AssertionError('closed in chunk')
                buf += d
            pos += size + 2
    return buf + read_all(sock), b''
