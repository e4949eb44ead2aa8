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
