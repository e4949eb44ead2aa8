"""The fast paths net.py documents for the layers above it (top of net.py):
the ``_on_data`` hook, ``_read_stop``/``_read_start``, and that hooked sockets
keep the stream's end/close/timeout behaviour."""

import nodehttp
from nodehttp import net, timers


def run(main):
    nodehttp.run(main, _timeout=10)


def test_on_data_hook_replaces_data_events():
    log = []

    def main():
        def on_conn(c):
            c._on_data = lambda d: log.append(('hook', d))
            c.on('data', lambda d: log.append(('data event', d)))
            c.on('end', lambda: log.append(('end', c.bytesRead)))
            c.on('close', lambda had_error: (log.append(('close', had_error)), server.close()))
        server = net.createServer(on_conn)

        def on_listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            c.write(b'one')
            timers.setTimeout(lambda: c.end(b'two'), 20)
        server.listen(0, '127.0.0.1', on_listening)

    run(main)
    hooked = b''.join(e[1] for e in log if e[0] == 'hook')
    assert hooked == b'onetwo'
    assert [e for e in log if e[0] != 'hook'] == [('end', 6), ('close', False)]
    assert log[-2:] == [('end', 6), ('close', False)]


def test_on_data_hook_pause_stops_kernel_reads():
    """With a hook, pause() stops reading from the kernel (as Node's onread
    sockets do) and resume() starts again; nothing is lost or reordered."""
    total = 4 * 1024 * 1024
    out = {'got': bytearray(), 'during_pause': None}

    def main():
        def on_conn(c):
            def hook(d):
                out['got'] += d
                if len(out['got']) >= 1024 * 1024 and out['during_pause'] is None:
                    c.pause()
                    out['during_pause'] = c.bytesRead

                    def later():
                        # nothing was read while paused
                        out['after_wait'] = c.bytesRead
                        c.resume()
                    timers.setTimeout(later, 30)
            c._on_data = hook
            c.on('end', lambda: (c.end(), server.close()))
        server = net.createServer(on_conn)

        def on_listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            c.end(bytes(range(256)) * (total // 256))
            c.resume()
        server.listen(0, '127.0.0.1', on_listening)

    run(main)
    assert bytes(out['got']) == bytes(range(256)) * (total // 256)
    assert out['during_pause'] == out['after_wait']


def test_read_stop_and_start():
    log = []

    def main():
        def on_conn(c):
            c.on('data', lambda d: log.append(d))
            c._read_stop()

            def later():
                log.append(('bytesRead while stopped', c.bytesRead))
                c._read_start()
            timers.setTimeout(later, 30)
            c.on('end', lambda: (log.append('end'), server.close()))
        server = net.createServer(on_conn)
        server.listen(0, '127.0.0.1',
                      lambda: net.connect(server.address()['port'], '127.0.0.1').end(b'payload'))

    run(main)
    assert log == [('bytesRead while stopped', 0), b'payload', 'end']


def test_hook_activity_restarts_the_idle_timeout():
    log = []

    def main():
        def on_conn(c):
            c._on_data = lambda d: log.append(d)
            c.setTimeout(150)
            c.on('timeout', lambda: (log.append('timeout'), c.destroy(), server.close()))
        server = net.createServer(on_conn)

        def on_listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            c.on('error', lambda e: None)
            # keep the server socket busy for ~50 ms (gaps far below the
            # 150 ms idle timeout), then go quiet
            n = [0]

            def tick():
                n[0] += 1
                c.write(b'.')
                if n[0] < 6:
                    timers.setTimeout(tick, 10)
            tick()
            c.resume()
        server.listen(0, '127.0.0.1', on_listening)

    run(main)
    assert log[-1] == 'timeout'
    assert b''.join(log[:-1]) == b'......'


def _state_fields(socket):
    """Every slot of both stream states and of the socket, containers by type."""
    def value(v):
        return type(v).__name__ if isinstance(v, (list, dict, set)) or type(v).__name__ == 'deque' \
            else v
    out = {}
    for name, st in (('r', socket._readableState), ('w', socket._writableState)):
        for k in type(st).__slots__:
            out[name + '.' + k] = value(getattr(st, k))
    for k in net.Socket.__slots__:
        if k not in ('_handle', '_loop', '_peer_raw', 'server', '_server', '_on_data', '_onread'):
            out['s.' + k] = value(getattr(socket, k, '<unset>'))
    out['allowHalfOpen'] = socket.allowHalfOpen
    out['readableFlowing'] = socket.readableFlowing
    out['_events'] = sorted(socket._events)
    return out


def test_accepted_socket_is_built_as_the_general_constructor_does():
    """Server._on_connection builds sockets with Socket._init_accepted (a fast
    path); the result must match `_init(options, handle)`, the general code."""
    import socket as pysocket
    cases = ({}, {'allowHalfOpen': True, 'highWaterMark': 1024}, {'pauseOnConnect': True},
             {'highWaterMark': 1000.0})      # (not an int: the general path)
    compared = []
    peers = []

    def main():
        for server_opts in cases:
            got = []
            server = net.createServer(server_opts, got.append)
            a, b = pysocket.socketpair()
            c, d = pysocket.socketpair()
            peers.extend((b, d))
            a.setblocking(False)
            c.setblocking(False)
            server._on_connection(a, ('127.0.0.1', 1), pysocket.AF_INET)
            fast = got[0]
            general = net.Socket.__new__(net.Socket)
            general._init(dict(server._socket_opts), c)
            compared.append((server_opts, _state_fields(fast), _state_fields(general)))
            fast.destroy()
            general.destroy()

    try:
        run(main)
    finally:
        for s in peers:
            s.close()
    assert len(compared) == len(cases)
    for opts, fast, general in compared:
        assert fast == general, opts
