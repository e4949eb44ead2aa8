"""net.md "Class: net.Socket": events, their order, properties and defaults.

Every expected list was observed with Node 24 running the same steps
(tests/differential/scenarios/net_*.js hold the scenarios behind them).
"""

import errno
import os
import socket as pysocket
import tempfile

import pytest

import nodehttp
from nodehttp import errors, net, process, timers

EVENTS = ('lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain')


def run(main):
    nodehttp.run(main, _timeout=5)


def watch(tag, s, log, events=EVENTS):
    for ev in events:
        if ev == 'data':
            s.on('data', lambda d: log.append((tag, 'data', bytes(d) if not isinstance(d, str) else d)))
        elif ev == 'error':
            s.on('error', lambda e: log.append((tag, 'error', getattr(e, 'code', None), str(e))))
        else:
            s.on(ev, lambda *a, ev=ev: log.append((tag, ev) + a))


def with_server(on_listening, on_connection=None, options=None, host='127.0.0.1'):
    server = net.createServer(options or {}, on_connection)
    server.listen(0, host, lambda: on_listening(server, server.address()['port']))
    return server


def free_port():
    s = pysocket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


# -- defaults ------------------------------------------------------------------

@pytest.mark.spec("net.md", "new net.Socket([options])", "socket.timeout", "socket.pending",
                  "socket.connecting", "socket.readyState", "socket.bufferSize")
def test_socket_defaults_before_connect():
    out = {}

    def main():
        s = net.Socket()
        out.update(timeout=s.timeout, pending=s.pending, connecting=s.connecting,
                   readyState=s.readyState, bytesRead=s.bytesRead, bytesWritten=s.bytesWritten,
                   remoteAddress=s.remoteAddress, localAddress=s.localAddress,
                   bufferSize=s.bufferSize, allowHalfOpen=s.allowHalfOpen,
                   readable=s.readable, writable=s.writable, destroyed=s.destroyed)
        s.destroy()

    run(main)
    # Node 24: undefined true false 'open' 0 0 undefined undefined undefined false true true false
    assert out == dict(timeout=None, pending=True, connecting=False, readyState='open', bytesRead=0,
                       bytesWritten=0, remoteAddress=None, localAddress=None, bufferSize=None,
                       allowHalfOpen=False, readable=True, writable=True, destroyed=False)


# -- the connect/end/close sequence ---------------------------------------------

@pytest.mark.spec("net.md", "Event: 'connect'", "Event: 'ready'", "Event: 'data'", "Event: 'end'",
                  "net.Socket > Event: 'close'", "socket.end([data[, encoding]][, callback])",
                  "net.createConnection(port[, host][, connectListener])")
def test_socket_full_exchange_event_order():
    """'connect' then 'ready' ("Triggered immediately after 'connect'"); end()
    half-closes: our 'finish' first, the peer's 'end', then 'close' (hadError false)."""
    log = []

    def main():
        def on_conn(c):
            watch('S', c, log)
            c.write('hello')

        def on_listening(server, port):
            c = net.createConnection(port, '127.0.0.1', lambda: log.append(('C', 'connectListener')))
            log.append(('C', 'sync', c.readyState, c.pending, c.connecting))
            watch('C', c, log)
            c.on('data', lambda d: c.end('bye'))
            c.on('close', lambda *a: server.close())

        with_server(on_listening, on_conn)

    run(main)
    assert log == [
        ('C', 'sync', 'opening', True, True),
        ('C', 'connectListener'), ('C', 'connect'), ('C', 'ready'),
        ('C', 'data', b'hello'), ('C', 'finish'),
        ('S', 'data', b'bye'), ('S', 'end'), ('S', 'finish'), ('S', 'close', False),
        ('C', 'end'), ('C', 'close', False),
    ]


@pytest.mark.spec("net.md", "socket.remoteAddress", "socket.remotePort", "socket.remoteFamily",
                  "socket.localAddress", "socket.localPort", "socket.localFamily", "socket.address()",
                  "socket.bytesRead", "socket.bytesWritten")
def test_socket_addresses_and_counters():
    out = {}

    def main():
        def on_conn(c):
            out['server_side'] = (c.remoteAddress, c.remoteFamily, c.localPort == port_box[0])
            c.end('12345')
            c.resume()

        port_box = []

        def on_listening(server, port):
            port_box.append(port)
            c = net.connect(port, '127.0.0.1')

            def on_connect():
                out['connect'] = (c.remoteAddress, c.remotePort == port, c.remoteFamily,
                                  c.localAddress, isinstance(c.localPort, int), c.localFamily,
                                  sorted(c.address()), c.address()['port'] == c.localPort)
                c.end('abc')

            def on_close(had_error):
                # after destroy: the peer name stays cached, the local one is gone
                out['close'] = (c.bytesRead, c.bytesWritten, c.remoteAddress, c.localAddress, c.address())
                server.close()
            c.on('connect', on_connect)
            c.on('close', on_close)
            c.resume()

        with_server(on_listening, on_conn)

    run(main)
    assert out['connect'] == ('127.0.0.1', True, 'IPv4', '127.0.0.1', True, 'IPv4',
                              ['address', 'family', 'port'], True)
    assert out['server_side'] == ('127.0.0.1', 'IPv4', True)
    assert out['close'] == (5, 3, '127.0.0.1', None, {})


# -- errors ---------------------------------------------------------------------

@pytest.mark.spec("net.md", "net.Socket > Event: 'error'", "Event: 'connectionAttempt'",
                  "Event: 'connectionAttemptFailed'")
def test_socket_connect_refused():
    """"If there is a problem connecting, instead of a 'connect' event, an
    'error' event will be emitted"; 'close' follows with hadError true."""
    log = []
    port = free_port()

    def main():
        c = net.connect(port, '127.0.0.1')
        for ev in ('connectionAttempt', 'connectionAttemptFailed', 'connect', 'error', 'close'):
            c.on(ev, lambda *a, ev=ev: log.append((ev,) + a))

    run(main)
    names = [e[0] for e in log]
    assert names == ['connectionAttempt', 'connectionAttemptFailed', 'error', 'close']
    assert log[0] == ('connectionAttempt', '127.0.0.1', port, 4)
    err = log[2][1]
    assert log[1][1:4] == ('127.0.0.1', port, 4) and log[1][4] is err
    assert isinstance(err, ConnectionRefusedError)
    assert (err.code, err.errno, err.syscall, err.address, err.port) == \
        ('ECONNREFUSED', -errno.ECONNREFUSED, 'connect', '127.0.0.1', port)
    assert str(err) == err.message == 'connect ECONNREFUSED 127.0.0.1:%d' % port
    assert log[3] == ('close', True)


@pytest.mark.spec("net.md", "socket.destroy([error])", "socket.destroyed")
def test_socket_destroy_with_error_in_connect():
    """destroy(err) in the 'connect' listener: 'ready' is still emitted (it
    follows 'connect' synchronously), then 'error', then 'close' true."""
    log = []

    def main():
        def on_listening(server, port):
            c = net.connect(port, '127.0.0.1')
            watch('C', c, log)

            def on_connect():
                c.destroy(errors.NodeError('boom'))
                log.append(('destroyed', c.destroyed, c.readyState))
                server.close()
            c.on('connect', on_connect)

        with_server(on_listening, lambda c: watch('S', c, log))

    run(main)
    assert log == [('C', 'connect'), ('destroyed', True, 'closed'), ('C', 'ready'),
                   ('C', 'error', None, 'boom'), ('C', 'close', True),
                   ('S', 'end'), ('S', 'finish'), ('S', 'close', False)]


@pytest.mark.spec("net.md", "socket.destroy([error])")
def test_socket_destroy_without_handle_emits_close_without_argument():
    log = []

    def main():
        s = net.Socket()
        s.on('close', lambda *a: log.append(('close',) + a))
        s.destroy()
        log.append(('destroyed', s.destroyed))

    run(main)
    assert log == [('destroyed', True), ('close',)]


@pytest.mark.spec("net.md", "socket.resetAndDestroy()")
def test_socket_reset_and_destroy_peer_sees_econnreset():
    log = []

    def main():
        def on_conn(c):
            watch('S', c, log)
            c.on('close', lambda *a: server.close())

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1')
            watch('C', c, log)
            c.on('connect', lambda: (c.resetAndDestroy(), log.append(('destroyed', c.destroyed))))

        server = with_server(on_listening, on_conn)

    run(main)
    assert log == [('C', 'connect'), ('destroyed', True), ('C', 'ready'), ('C', 'close', False),
                   ('S', 'error', 'ECONNRESET', 'read ECONNRESET'), ('S', 'close', True)]


@pytest.mark.spec("net.md", "socket.resetAndDestroy()")
def test_socket_reset_and_destroy_without_handle_is_err_socket_closed():
    log = []

    def main():
        s = net.Socket()
        s.on('error', lambda e: log.append(('error', e.code, str(e))))
        s.on('close', lambda *a: log.append(('close',) + a))
        s.resetAndDestroy()

    run(main)
    assert log == [('error', 'ERR_SOCKET_CLOSED', 'Socket is closed'), ('close',)]


# -- half-close -------------------------------------------------------------------

@pytest.mark.spec("net.md", "Event: 'end'", "socket.readyState")
def test_socket_end_without_allow_half_open_ends_writable_side():
    """allowHalfOpen false: "the socket will send an end of transmission
    packet back and destroy its file descriptor"."""
    log = []

    def main():
        def on_conn(c):
            watch('S', c, log)
            c.on('end', lambda: log.append(('S', 'readyState', c.readyState, c.writable)))

        def on_listening(server, port):
            c = net.connect({'port': port, 'host': '127.0.0.1'})
            watch('C', c, log)
            c.on('connect', lambda: c.end('req'))
            c.on('finish', lambda: log.append(('C', 'readyState', c.readyState)))
            c.on('close', lambda *a: server.close())

        with_server(on_listening, on_conn)

    run(main)
    assert log == [('C', 'connect'), ('C', 'ready'), ('C', 'finish'), ('C', 'readyState', 'readOnly'),
                   ('S', 'data', b'req'), ('S', 'end'), ('S', 'readyState', 'writeOnly', True),
                   ('S', 'finish'), ('S', 'close', False), ('C', 'end'), ('C', 'close', False)]


@pytest.mark.spec("net.md", "Event: 'end'", "net.createServer([options][, connectionListener])")
def test_socket_allow_half_open_keeps_writing_after_end():
    log = []

    def main():
        def on_conn(c):
            watch('S', c, log, ('end', 'finish', 'close'))
            c.resume()

            def on_end():
                log.append(('S', 'readyState', c.readyState))
                timers.setTimeout(lambda: (c.write('late'), c.end('bye')), 10)
            c.on('end', on_end)

        def on_listening(server, port):
            c = net.connect({'port': port, 'host': '127.0.0.1', 'allowHalfOpen': True})
            watch('C', c, log, ('connect', 'end', 'finish', 'close'))
            got = []
            c.on('data', lambda d: got.append(d))
            c.on('end', lambda: log.append(('C', 'got', b''.join(got))))
            c.on('connect', lambda: c.end('req'))
            c.on('close', lambda *a: server.close())

        with_server(on_listening, on_conn, {'allowHalfOpen': True})

    run(main)
    assert log == [('C', 'connect'), ('C', 'finish'), ('S', 'end'), ('S', 'readyState', 'writeOnly'),
                   ('S', 'finish'), ('S', 'close', False), ('C', 'end'), ('C', 'got', b'latebye'),
                   ('C', 'close', False)]


@pytest.mark.spec("net.md", "socket.write(data[, encoding][, callback])")
def test_socket_write_in_end_listener_still_goes_out():
    """allowHalfOpen false: our side is ended on a later tick, so writes made
    in the 'end' listener (and on the next tick) are still sent (Node 24)."""
    log = []

    def main():
        def on_conn(c):
            got = []
            c.on('data', got.append)
            c.on('end', lambda: log.append(('S got', b''.join(got))))
            c.on('close', lambda *a: server.close())
            c.end('bye')

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1')
            c.on('close', lambda *a: log.append(('close',) + a))

            def on_end():
                log.append(('write', c.write('more', lambda e=None: log.append(('cb', e)))))

                def tick():
                    log.append(('ended', c.writableEnded))
                    log.append(('write2', c.write('again', lambda e=None: log.append(('cb2', e)))))
                process.nextTick(tick)
            c.on('end', on_end)
            c.resume()

        server = with_server(on_listening, on_conn)

    run(main)
    assert log == [('write', True), ('cb', None), ('ended', False), ('write2', True), ('cb2', None),
                   ('close', False), ('S got', b'moreagain')]


@pytest.mark.spec("net.md", "socket.write(data[, encoding][, callback])", "Event: 'end'")
def test_socket_write_after_own_end_following_peer_fin_is_epipe():
    log = []

    def main():
        def on_conn(c):
            c.on('close', lambda *a: server.close())
            c.end('bye')
            c.resume()

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1')
            c.on('error', lambda e: log.append(('error', e.code, str(e))))
            c.on('close', lambda *a: log.append(('close',) + a))

            def on_end():
                c.end()
                log.append(('write', c.write('x', lambda e=None: log.append(('cb', e.code)))))
                log.append(('destroyed', c.destroyed))
            c.on('end', on_end)
            c.resume()

        server = with_server(on_listening, on_conn)

    run(main)
    assert log == [('write', False), ('destroyed', True), ('cb', 'EPIPE'),
                   ('error', 'EPIPE', 'This socket has been ended by the other party'), ('close', True)]


# -- writing --------------------------------------------------------------------

@pytest.mark.spec("net.md", "socket.write(data[, encoding][, callback])", "socket.bytesWritten",
                  "socket.connecting")
def test_socket_writes_while_connecting_are_queued():
    log = []

    def main():
        def on_conn(c):
            c.on('data', lambda d: log.append(('S data', d)))
            c.on('end', lambda: server.close())

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1')
            c.on('connect', lambda: log.append('connect'))
            c.on('ready', lambda: log.append('ready'))
            log.append(('w', c.write('a', lambda *_: log.append('cb a'))))
            log.append(('w', c.write('b', lambda *_: log.append('cb b'))))
            log.append(('counts', c.bytesWritten, c.writableLength, c.bufferSize))
            c.end('c', lambda *_: log.append('end cb'))
            log.append(('counts', c.bytesWritten, c.writableLength, c.readyState))

        server = with_server(on_listening, on_conn)

    run(main)
    assert log == [('w', True), ('w', True), ('counts', 2, 2, 2), ('counts', 3, 3, 'opening'),
                   'connect', 'cb a', 'ready', 'cb b', 'end cb', ('S data', b'abc')]


@pytest.mark.spec("net.md", "Event: 'drain'", "socket.write(data[, encoding][, callback])")
def test_socket_write_returns_false_then_drain():
    log = []

    def main():
        def on_conn(c):
            timers.setTimeout(c.resume, 30)
            n = [0]
            c.on('data', lambda d: n.__setitem__(0, n[0] + len(d)))
            c.on('end', lambda: (log.append(('server got', n[0] == total[0])), server.close()))

        total = [-1]

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1')
            chunk = b'x' * 65536

            def on_connect():
                writes = 0
                while True:
                    writes += 1
                    if not c.write(chunk) or writes > 2000:
                        break
                total[0] = writes * 65536
                log.append(('false', c.writableNeedDrain, c.writableLength >= c.writableHighWaterMark))

                def on_drain():
                    log.append(('drain', c.writableLength, c.bytesWritten == total[0]))
                    c.end()
                c.once('drain', on_drain)
            c.on('connect', on_connect)

        server = with_server(on_listening, on_conn, {'pauseOnConnect': True})

    run(main)
    assert log == [('false', True, True), ('drain', 0, True), ('server got', True)]


# -- timeouts --------------------------------------------------------------------

@pytest.mark.spec("net.md", "socket.setTimeout(timeout[, callback])", "Event: 'timeout'",
                  "socket.timeout", "net.createConnection(options[, connectListener])")
def test_socket_timeout_is_only_a_notification():
    """"the socket will receive a 'timeout' event but the connection will not be severed";
    activity restarts the idle clock; setTimeout(0) disables it."""
    log = []

    def main():
        def on_listening(server, port):
            c = net.connect({'port': port, 'host': '127.0.0.1', 'timeout': 5000})
            log.append(('prop', c.timeout))
            c.on('connect', lambda: c.setTimeout(30))
            n = [0]

            def on_timeout():
                n[0] += 1
                log.append(('timeout', c.timeout, c.destroyed, c.readyState))
                if n[0] == 1:
                    c.write('x')
                    return
                c.setTimeout(0)
                log.append(('off', c.timeout))
                c.destroy()
                server.close()
            c.on('timeout', on_timeout)

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert log == [('prop', 5000), ('timeout', 30, False, 'open'), ('timeout', 30, False, 'open'),
                   ('off', 0)]


@pytest.mark.spec("net.md", "socket.setTimeout(timeout[, callback])")
def test_socket_set_timeout_callback_is_once_listener_and_validation():
    log = []

    def main():
        def on_listening(server, port):
            c = net.connect(port, '127.0.0.1')
            with pytest.raises(ValueError) as exc:
                c.setTimeout(-1)
            log.append((exc.value.code, str(exc.value)))
            with pytest.raises(TypeError) as exc:
                c.setTimeout('10')
            log.append(exc.value.code)
            assert c.setTimeout(20, lambda: (log.append('cb'), c.destroy(), server.close())) is c
            log.append(c.listenerCount('timeout'))

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert log == [('ERR_OUT_OF_RANGE', 'The value of "msecs" is out of range. It must be a '
                    'non-negative finite number. Received -1'), 'ERR_INVALID_ARG_TYPE', 1, 'cb']


# -- misc methods --------------------------------------------------------------

@pytest.mark.spec("net.md", "socket.setNoDelay([noDelay])", "socket.setKeepAlive([enable][, initialDelay])")
def test_socket_nodelay_and_keepalive_set_socket_options():
    out = {}

    def main():
        def on_listening(server, port):
            c = net.connect({'port': port, 'host': '127.0.0.1', 'noDelay': True, 'keepAlive': True,
                             'keepAliveInitialDelay': 5000})

            def on_connect():
                h = c._handle
                out['opts'] = (h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY) != 0,
                               h.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_KEEPALIVE) != 0,
                               h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_KEEPIDLE),
                               h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_KEEPINTVL),
                               h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_KEEPCNT))
                assert c.setNoDelay(False) is c
                assert c.setKeepAlive(False) is c
                out['off'] = (h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY),
                              h.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_KEEPALIVE))
                c.setNoDelay()
                out['default'] = h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY) != 0
                c.destroy()
                server.close()
            c.on('connect', on_connect)

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert out == {'opts': (True, True, 5, 1, 10), 'off': (0, 0), 'default': True}


@pytest.mark.spec("net.md", "socket.destroySoon()")
def test_socket_destroy_soon_ends_then_destroys():
    log = []

    def main():
        def on_conn(c):
            c.on('data', lambda d: log.append(('S data', d)))
            c.on('end', lambda: server.close())

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1')
            watch('C', c, log, ('connect', 'finish', 'close'))
            c.write('x')
            c.destroySoon()
            log.append(('after', c.destroyed, c.writableEnded))

        server = with_server(on_listening, on_conn)

    run(main)
    assert log == [('after', False, True), ('C', 'connect'), ('C', 'finish'), ('C', 'close', False),
                   ('S data', b'x')]


@pytest.mark.spec("net.md", "socket.pause()", "socket.resume()", "socket.setEncoding([encoding])")
def test_socket_pause_resume_and_encoding():
    """A paused socket buffers (no 'data'); resume() delivers what was held;
    with setEncoding the chunks are str and a character split across writes
    is decoded whole."""
    log = []
    word = 'h\u00e9llo'

    def main():
        def on_conn(c):
            raw = word.encode('utf8')
            c.write(raw[:2])                # 'h' and the first byte of 'é'
            timers.setTimeout(lambda: c.end(raw[2:]), 5)
            c.resume()

        def on_listening(server, port):
            c = net.connect(port, '127.0.0.1')
            assert c.setEncoding('utf8') is c
            c.on('data', lambda d: log.append(('data', d)))
            c.on('end', lambda: (log.append('end'), server.close()))
            assert c.pause() is c
            log.append(('paused', c.isPaused()))

            def wait_all():
                if c.readableLength < len(word):
                    timers.setTimeout(wait_all, 5)
                    return
                log.append(('resume', c.readableLength))
                assert c.resume() is c
            timers.setTimeout(wait_all, 5)

        with_server(on_listening, on_conn)

    run(main)
    data = [e[1] for e in log if e[0] == 'data']
    assert ''.join(data) == word and all(isinstance(d, str) for d in data)
    assert [e for e in log if e[0] != 'data'] == [('paused', True), ('resume', 5), 'end']
    assert log.index(('resume', 5)) < log.index(('data', data[0]))


@pytest.mark.spec("net.md", "socket.ref()", "socket.unref()", "server.unref()")
def test_socket_unref_lets_the_loop_exit():
    log = []

    def main():
        def on_conn(c):
            log.append('connection')
            assert c.unref() is c
            server.unref()

        def on_listening(srv, port):
            c = net.connect(port, '127.0.0.1', lambda: log.append('connect'))
            assert c.unref() is c
            assert c.ref() is c
            c.unref()

        server = with_server(on_listening, on_conn)
        process.on('exit', lambda *a: log.append('exit'))

    run(main)
    assert log == ['connection', 'connect', 'exit']


@pytest.mark.spec("net.md", "socket.connect(path[, connectListener])",
                  "net.createConnection(path[, connectListener])")
def test_socket_unix_path_connect_and_fields():
    log = []
    path = os.path.join(tempfile.mkdtemp(), 's.sock')

    def main():
        def on_conn(c):
            log.append(('S', c.remoteAddress, c.remotePort, c.address()))
            c.end('hi')
            c.resume()
        server = net.createServer(on_conn)

        def on_listening():
            c = net.createConnection(path, lambda: log.append(('connect', c.remoteAddress, c.address())))
            c.on('data', lambda d: log.append(('data', d)))
            c.on('close', lambda *a: server.close(lambda: log.append(('closed', os.path.exists(path)))))
        server.listen(path, on_listening)

    run(main)
    assert log == [('S', None, None, {}), ('connect', None, {}), ('data', b'hi'), ('closed', False)]


@pytest.mark.spec("net.md", "socket.connect(options[, connectListener])", "Event: 'lookup'")
def test_socket_connect_by_name_emits_lookup():
    log = []

    def main():
        def on_listening(server, port):
            c = net.connect({'port': port, 'host': 'localhost', 'family': 4})
            c.on('lookup', lambda *a: log.append(('lookup',) + a))
            c.on('connect', lambda: (log.append('connect'), c.destroy(), server.close()))

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert log == [('lookup', None, '127.0.0.1', 4, 'localhost'), 'connect']


@pytest.mark.spec("net.md", "Event: 'lookup'")
def test_socket_lookup_failure_is_enotfound():
    log = []

    def main():
        c = net.connect({'port': 80, 'host': 'nonexistent.invalid'})
        c.on('lookup', lambda err, *a: log.append(('lookup', err.code, a)))
        c.on('error', lambda e: log.append(('error', e.code, e.syscall, e.hostname, str(e))))
        c.on('close', lambda *a: log.append(('close',) + a))

    run(main)
    assert log == [('lookup', 'ENOTFOUND', (None, None, 'nonexistent.invalid')),
                   ('error', 'ENOTFOUND', 'getaddrinfo', 'nonexistent.invalid',
                    'getaddrinfo ENOTFOUND nonexistent.invalid'),
                   ('close', True)]


@pytest.mark.spec("net.md", "socket.connect()", "net.connect(port[, host][, connectListener])")
def test_socket_connect_argument_errors():
    out = []

    def main():
        for args in [({},), ({'port': 70000},), ({'port': 'abc'},), ({'port': True},),
                     ({'port': 80, 'localAddress': 'foo'},)]:
            try:
                net.connect(*args)
            except Exception as e:
                out.append((e.code, str(e)))

    run(main)
    assert out == [
        ('ERR_MISSING_ARGS', 'The "options" or "port" or "path" argument must be specified'),
        ('ERR_SOCKET_BAD_PORT', 'Port should be >= 0 and < 65536. Received type number (70000).'),
        ('ERR_SOCKET_BAD_PORT', "Port should be >= 0 and < 65536. Received type string ('abc')."),
        ('ERR_INVALID_ARG_TYPE', 'The "options.port" property must be one of type number or string. '
                                 'Received type boolean (true)'),
        ('ERR_INVALID_IP_ADDRESS', 'Invalid IP address: foo'),
    ]


@pytest.mark.spec("net.md", "socket.connect(port[, host][, connectListener])",
                  "net.connect(options[, connectListener])")
def test_socket_connect_local_address_and_port():
    out = {}

    def main():
        def on_listening(server, port):
            lp = free_port()
            c = net.connect({'port': port, 'host': '127.0.0.1', 'localAddress': '127.0.0.1', 'localPort': lp})
            c.on('connect', lambda: (out.update(local=(c.localAddress, c.localPort == lp)),
                                     c.destroy(), server.close()))

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert out == {'local': ('127.0.0.1', True)}


@pytest.fixture
def blackhole():
    """A listening socket on 127.0.0.2 whose backlog is full: connecting to it hangs."""
    socks = []

    def make(port):
        b = pysocket.socket()
        b.bind(('127.0.0.2', port))
        b.listen(0)
        f = pysocket.socket()
        f.connect(('127.0.0.2', port))
        socks.extend([b, f])
    yield make
    for s in socks:
        s.close()


@pytest.mark.spec("net.md", "socket.autoSelectFamilyAttemptedAddresses", "Event: 'connectionAttemptTimeout'",
                  "Event: 'connectionAttempt'", "net.setDefaultAutoSelectFamilyAttemptTimeout(value)")
def test_socket_auto_select_family_tries_each_address(blackhole):
    """Node 24 with the same lookup answer: the hanging attempt times out after
    autoSelectFamilyAttemptTimeout, the next address connects."""
    log = []

    def main():
        def lookup(host, opts, cb):
            log.append(('lookup-opts', opts.get('all'), opts.get('family'), opts.get('hints')))
            timers.setImmediate(cb, None, [{'address': '127.0.0.2', 'family': 4},
                                           {'address': '127.0.0.1', 'family': 4}])

        def on_listening(server, port):
            blackhole(port)
            c = net.connect({'port': port, 'host': 'example.test', 'lookup': lookup,
                             'autoSelectFamilyAttemptTimeout': 20})
            for ev in ('lookup', 'connectionAttempt', 'connectionAttemptTimeout', 'connectionAttemptFailed',
                       'ready'):
                c.on(ev, lambda *a, ev=ev: log.append((ev,) + tuple('P' if x == port else x for x in a)))

            def on_connect():
                log.append(('connect', [a.replace(str(port), 'P') for a in c.autoSelectFamilyAttemptedAddresses]))
                c.destroy()
                server.close()
            c.on('connect', on_connect)

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert log == [('lookup-opts', True, None, pysocket.AI_ADDRCONFIG),
                   ('lookup', None, '127.0.0.2', 4, 'example.test'),
                   ('lookup', None, '127.0.0.1', 4, 'example.test'),
                   ('connectionAttempt', '127.0.0.2', 'P', 4), ('connectionAttemptTimeout', '127.0.0.2', 'P', 4),
                   ('connectionAttempt', '127.0.0.1', 'P', 4), ('connect', ['127.0.0.2:P', '127.0.0.1:P']),
                   ('ready',)]


@pytest.mark.spec("net.md", "socket.connect(options[, connectListener])", "Event: 'connectionAttemptFailed'")
def test_socket_auto_select_family_all_fail_is_aggregate_error():
    log = []
    port = free_port()

    def main():
        def lookup(host, opts, cb):
            cb(None, [{'address': '127.0.0.1', 'family': 4}, {'address': '::1', 'family': 6}])

        c = net.connect({'port': port, 'host': 'example.test', 'lookup': lookup})
        for ev in ('connectionAttempt', 'connectionAttemptTimeout', 'connectionAttemptFailed', 'close'):
            c.on(ev, lambda *a, ev=ev: log.append((ev,) + tuple(
                'P' if x == port else str(x).replace(str(port), 'P') if isinstance(x, Exception) else x
                for x in a)))
        c.on('error', lambda e: log.append(('error', e.name, e.code, str(e),
                                            [str(x).replace(str(port), 'P') for x in e.errors])))

    run(main)
    # the first attempt starts inside connect() (the lookup answered synchronously)
    assert log == [('connectionAttemptFailed', '127.0.0.1', 'P', 4, 'connect ECONNREFUSED 127.0.0.1:P'),
                   ('connectionAttempt', '::1', 'P', 6),
                   ('connectionAttemptFailed', '::1', 'P', 6, 'connect ECONNREFUSED ::1:P'),
                   ('error', 'AggregateError', 'ECONNREFUSED', '',
                    ['connect ECONNREFUSED 127.0.0.1:P', 'connect ECONNREFUSED ::1:P']),
                   ('close', True)]


@pytest.mark.spec("net.md", "socket.setTimeout(timeout[, callback])")
def test_socket_set_timeout_zero_disables_and_can_be_re_enabled():
    """"If timeout is 0, then the existing idle timeout is disabled"; a later
    setTimeout(n) starts a fresh idle period."""
    log = []

    def main():
        def on_listening(server, port):
            c = net.connect(port, '127.0.0.1')
            c.on('timeout', lambda: log.append(('timeout', round(nodehttp.loop.get_loop().now() - t0[0]) >= 40)))
            t0 = [0]

            def on_connect():
                c.setTimeout(10)
                c.setTimeout(0)

                def later():
                    log.append('no timeout so far')
                    t0[0] = nodehttp.loop.get_loop().now()
                    c.setTimeout(40, lambda: (c.destroy(), server.close()))
                timers.setTimeout(later, 50)
            c.on('connect', on_connect)

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert log == ['no timeout so far', ('timeout', True)]


@pytest.mark.spec("net.md", "new net.Socket([options])")
def test_socket_signal_option_destroys_with_abort_error():
    from nodehttp.events import AbortController
    log = []

    def main():
        def on_listening(server, port):
            ac = AbortController()
            c = net.connect({'port': port, 'host': '127.0.0.1', 'signal': ac.signal})
            c.on('connect', lambda: (ac.abort('why'), log.append(('destroyed', c.destroyed))))
            c.on('error', lambda e: log.append((e.name, e.code, str(e), e.cause)))
            c.on('close', lambda h: (log.append(('close', h)), server.close()))

        with_server(on_listening, lambda c: c.resume())

    run(main)
    assert log == [('destroyed', True), ('AbortError', 'ABORT_ERR', 'The operation was aborted', 'why'),
                   ('close', True)]
