"""net over real loopback sockets: backpressure, half-close, errors, close
with open connections, IPv6, Unix sockets, accept bursts.

Peers are either nodehttp sockets on the same loop or plain blocking Python
sockets driven from the test thread while the loop runs in the background.
"""

import hashlib
import os
import socket as pysocket
import tempfile

import pytest

import nodehttp
from nodehttp import net, timers
from nodehttp.loop import background

MB = 1024 * 1024


def run(main, timeout=20):
    nodehttp.run(main, _timeout=timeout)


def have_ipv6():
    try:
        s = pysocket.socket(pysocket.AF_INET6)
        s.bind(('::1', 0))
        s.close()
        return True
    except OSError:
        return False


# -- backpressure ---------------------------------------------------------------

def test_200mb_to_a_pausing_reader_keeps_buffers_near_high_water_mark():
    """The reader pauses for a few ms every 8 MiB.  The sender writes only while
    write() returns true; the bytes it holds in user space (writableLength)
    and the reader's buffer (readableLength) stay within highWaterMark plus
    one 64 KiB chunk, and every byte arrives in order."""
    total = 200 * MB
    chunk = bytes(range(256)) * 256           # 64 KiB
    stats = {'max_w': 0, 'max_r': 0, 'got': 0, 'pauses': 0, 'false_writes': 0}
    digest_in = hashlib.sha1()
    digest_out = hashlib.sha1()

    def main():
        def on_conn(c):
            next_pause = [8 * MB]

            def on_data(d):
                digest_in.update(d)
                stats['got'] += len(d)
                stats['max_r'] = max(stats['max_r'], c.readableLength)
                if stats['got'] >= next_pause[0]:
                    next_pause[0] += 8 * MB
                    stats['pauses'] += 1
                    c.pause()

                    def resume():
                        # what piled up while paused: at most one read past the mark
                        stats['max_r'] = max(stats['max_r'], c.readableLength)
                        c.resume()
                    timers.setTimeout(resume, 3)
            c.on('data', on_data)
            c.on('end', lambda: (c.end(), server.close()))

        server = net.createServer(on_conn)

        def on_listening():
            s = net.connect(server.address()['port'], '127.0.0.1')
            hwm = s.writableHighWaterMark
            stats['hwm'] = hwm
            sent = [0]

            def pump():
                while sent[0] < total:
                    digest_out.update(chunk)
                    sent[0] += len(chunk)
                    ok = s.write(chunk)
                    stats['max_w'] = max(stats['max_w'], s.writableLength)
                    if not ok:
                        stats['false_writes'] += 1
                        s.once('drain', pump)
                        return
                s.end()
            s.on('connect', pump)
            s.resume()
        server.listen(0, '127.0.0.1', on_listening)

    run(main, timeout=60)
    hwm = stats['hwm']
    assert stats['got'] == total
    assert digest_in.digest() == digest_out.digest()
    assert stats['pauses'] >= 20 and stats['false_writes'] > 0
    assert stats['max_w'] <= hwm + len(chunk)
    assert 0 < stats['max_r'] <= hwm + 65536


def test_paused_reader_stops_reading_from_the_kernel():
    """A paused socket reads until its buffer reaches highWaterMark, then
    leaves the rest in the kernel: the sender's write() returns false and its
    user-space queue stops growing past highWaterMark."""
    out = {}

    def main():
        def on_conn(c):
            c.pause()
            c.on('data', lambda d: None)

            def check():
                out['reader_buffered'] = c.readableLength
                out['reader_hwm'] = c.readableHighWaterMark
                out['reader_bytesRead'] = c.bytesRead
                out['writer_len'] = w.writableLength
                out['writer_need_drain'] = w.writableNeedDrain
                c.destroy()
                w.destroy()
                server.close()
            timers.setTimeout(check, 100)

        server = net.createServer(on_conn)

        def on_listening():
            chunk = b'z' * 65536

            def pump():
                while w.write(chunk):
                    pass
                w.once('drain', pump)
            w.on('connect', pump)
            w.on('error', lambda e: None)

        w = net.Socket()
        server.listen(0, '127.0.0.1', lambda: (w.connect(server.address()['port'], '127.0.0.1'), on_listening()))

    run(main)
    assert out['reader_hwm'] <= out['reader_buffered'] <= out['reader_hwm'] + 65536
    assert out['reader_bytesRead'] == out['reader_buffered']
    assert out['writer_need_drain'] is True
    assert 65536 <= out['writer_len'] <= 2 * 65536


# -- half-close with a plain-socket peer ---------------------------------------

@pytest.mark.parametrize('allow_half_open', [True, False])
def test_half_close_against_a_plain_socket(allow_half_open):
    events = []
    with background() as loop:
        def on_conn(c):
            got = []
            c.on('data', got.append)

            def on_end():
                events.append(('end', b''.join(got), c.writable))
                if allow_half_open:
                    # still writable: answer after the peer's FIN, then end
                    c.write(b'answer:' + b''.join(got))
                    c.end()
            c.on('end', on_end)
            c.on('close', lambda had_error: events.append(('close', had_error)))

        def start(done):
            server = net.createServer({'allowHalfOpen': allow_half_open}, on_conn)
            server.listen(0, '127.0.0.1', lambda: done(server.address()['port']))
        port = loop.wait(start)
        raw = pysocket.create_connection(('127.0.0.1', port), timeout=5)
        raw.sendall(b'question')
        raw.shutdown(pysocket.SHUT_WR)
        data = b''
        while True:
            part = raw.recv(65536)
            if not part:
                break
            data += part
        raw.close()
        loop.wait(lambda done: timers.setTimeout(done, 20, None))
    if allow_half_open:
        assert data == b'answer:question'
        assert events == [('end', b'question', True), ('close', False)]
    else:
        # Node: the socket ends its side as soon as the peer's FIN is read
        assert data == b''
        assert events == [('end', b'question', True), ('close', False)]


# -- errors -----------------------------------------------------------------------

def test_connect_refused_message_and_fields():
    s = pysocket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    got = []

    def main():
        c = net.connect(port, '127.0.0.1')
        c.on('error', got.append)
        c.on('close', lambda had_error: got.append(had_error))

    run(main)
    err, had_error = got
    assert isinstance(err, ConnectionRefusedError)
    assert str(err) == 'connect ECONNREFUSED 127.0.0.1:%d' % port
    assert (err.code, err.syscall, err.address, err.port) == ('ECONNREFUSED', 'connect', '127.0.0.1', port)
    assert had_error is True


def test_peer_reset_while_reading_is_econnreset():
    got = []
    with background() as loop:
        state = {'closed': None}

        def start(done):
            def on_conn(c):
                c.on('error', lambda e: got.append((e.code, e.syscall, str(e))))

                def on_close(had_error):
                    got.append(('close', had_error))
                    if state['closed'] is not None:
                        state['closed'](None)
                c.on('close', on_close)
            server = net.createServer(on_conn)
            server.listen(0, '127.0.0.1', lambda: done(server.address()['port']))
        port = loop.wait(start)
        raw = pysocket.create_connection(('127.0.0.1', port), timeout=5)
        raw.setsockopt(pysocket.SOL_SOCKET, pysocket.SO_LINGER, b'\x01\x00\x00\x00\x00\x00\x00\x00')
        raw.close()

        def wait_close(done):
            if got and got[-1][0] == 'close':
                done(None)
            else:
                state['closed'] = done
        loop.wait(wait_close)
    assert got == [('ECONNRESET', 'read', 'read ECONNRESET'), ('close', True)]


# -- server close with open connections -----------------------------------------

def test_server_close_keeps_open_connections_working():
    log = []
    with background() as loop:
        state = {}

        def start(done):
            def on_conn(c):
                c.on('data', lambda d: c.write(b'echo:' + d))
                c.on('end', lambda: c.end())
            server = state['server'] = net.createServer(on_conn)
            server.on('close', lambda: log.append('server close'))
            server.listen(0, '127.0.0.1', lambda: done(server.address()['port']))
        port = loop.wait(start)
        a = pysocket.create_connection(('127.0.0.1', port), timeout=5)
        b = pysocket.create_connection(('127.0.0.1', port), timeout=5)
        a.sendall(b'1')
        assert a.recv(100) == b'echo:1'
        b.sendall(b'2')
        assert b.recv(100) == b'echo:2'

        def close(done):
            state['server'].close(lambda e=None: log.append(('cb', e)))
            log.append(('listening', state['server'].listening))
            state['server'].getConnections(lambda e, n: done(n))
        assert loop.wait(close) == 2
        # new connections are refused, existing ones still answer
        with pytest.raises(ConnectionRefusedError):
            pysocket.create_connection(('127.0.0.1', port), timeout=5)
        a.sendall(b'3')
        assert a.recv(100) == b'echo:3'
        a.shutdown(pysocket.SHUT_WR)
        assert a.recv(100) == b''
        a.close()
        assert loop.call(lambda: log[:]) == [('listening', False)]
        b.sendall(b'4')
        assert b.recv(100) == b'echo:4'
        b.shutdown(pysocket.SHUT_WR)
        assert b.recv(100) == b''
        b.close()
        loop.wait(lambda done: timers.setTimeout(done, 30, None))
    assert log == [('listening', False), 'server close', ('cb', None)]


# -- IPv6 and Unix sockets ----------------------------------------------------------

@pytest.mark.skipif(not have_ipv6(), reason='no IPv6 loopback on this machine')
def test_ipv6_loopback_echo():
    out = {}

    def main():
        def on_conn(c):
            out['server'] = (c.remoteAddress, c.remoteFamily, c.localAddress, c.localFamily)
            c.pipe(c)
        server = net.createServer(on_conn)

        def on_listening():
            out['address'] = dict(server.address(), port=None)
            c = net.connect({'port': server.address()['port'], 'host': '::1'})
            got = []
            c.on('connect', lambda: (out.__setitem__('client', (c.remoteAddress, c.remoteFamily,
                                                                 c.remotePort == server.address()['port'])),
                                     c.end(b'six' * 1000)))
            c.on('data', got.append)
            c.on('end', lambda: out.__setitem__('echo', b''.join(got)))
            c.on('close', lambda had_error: server.close())
        server.listen(0, '::1', on_listening)

    run(main)
    assert out['address'] == {'address': '::1', 'family': 'IPv6', 'port': None}
    assert out['server'] == ('::1', 'IPv6', '::1', 'IPv6')
    assert out['client'] == ('::1', 'IPv6', True)
    assert out['echo'] == b'six' * 1000


def test_unix_socket_echo_large():
    path = os.path.join(tempfile.mkdtemp(), 'echo.sock')
    payload = os.urandom(3 * MB)
    out = {}

    def main():
        server = net.createServer(lambda c: c.pipe(c))

        def on_listening():
            c = net.connect({'path': path})
            got = []
            c.on('data', got.append)
            c.on('end', lambda: out.__setitem__('echo', b''.join(got)))
            c.on('close', lambda had_error: server.close(lambda: out.__setitem__('exists', os.path.exists(path))))
            c.end(payload)
        server.listen(path, on_listening)

    run(main)
    assert out['echo'] == payload
    assert out['exists'] is False


@pytest.mark.skipif(not hasattr(pysocket, 'AF_UNIX') or os.uname().sysname != 'Linux',
                    reason='abstract Unix sockets are Linux only')
def test_unix_abstract_socket():
    name = '\0nodehttp-test-%d' % os.getpid()
    out = []

    def main():
        server = net.createServer(lambda c: c.end('abstract'))

        def on_listening():
            out.append(server.address() == name)
            c = net.connect(name)
            c.on('data', out.append)
            c.on('close', lambda had_error: server.close())
        server.listen(name, on_listening)

    run(main)
    assert out == [True, b'abstract']


# -- accepting ------------------------------------------------------------------------

def test_burst_of_connections_all_accepted():
    n = 200
    out = {'connections': 0, 'closed': 0}
    with background() as loop:
        def start(done):
            def on_conn(c):
                out['connections'] += 1
                c.end(b'x')
            server = net.createServer(on_conn)
            server.listen({'port': 0, 'host': '127.0.0.1', 'backlog': 511},
                          lambda: done(server.address()['port']))
            out['server'] = server
        port = loop.wait(start)
        socks = [pysocket.create_connection(('127.0.0.1', port), timeout=5) for _ in range(n)]
        for s in socks:
            assert s.recv(10) == b'x'
            s.close()
        assert loop.call(lambda: out['connections']) == n


def test_accept_out_of_descriptors_emits_error_and_recovers():
    """EMFILE on accept: 'error' (syscall 'accept') on the server, then the
    queued connection is accepted once descriptors are free again."""
    import resource
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    log = []
    hog = []

    def main():
        def on_conn(c):
            log.append('connection')
            c.end(b'ok')
            c.resume()
            server.close()
        server = net.createServer(on_conn)

        def on_error(e):
            log.append((e.code, e.syscall, str(e)))
            for f in hog:            # free the descriptors again
                f.close()
            hog.clear()
        server.on('error', on_error)

        def on_listening():
            # use up every descriptor but one (for the client), so that the
            # server's accept() fails
            try:
                while True:
                    hog.append(pysocket.socket())
            except OSError:
                pass
            hog.pop().close()
            client = net.connect(server.address()['port'], '127.0.0.1')
            client.on('data', lambda d: log.append(d))
        server.listen(0, '127.0.0.1', on_listening)

    resource.setrlimit(resource.RLIMIT_NOFILE, (min(soft, 256), hard))
    try:
        run(main)
    finally:
        for f in hog:
            f.close()
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
    assert log == [('EMFILE', 'accept', 'accept EMFILE'), 'connection', b'ok']
