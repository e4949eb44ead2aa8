"""net.md "Class: net.Server", net.createServer() and the module functions.

Expected values were observed with Node 24 running the same steps
(tests/differential/scenarios/net_*.js).
"""

import os
import socket as pysocket
import tempfile

import pytest

import nodehttp
from nodehttp import net, process, timers


def run(main):
    nodehttp.run(main, _timeout=5)


def have_ipv6():
    try:
        s = pysocket.socket(pysocket.AF_INET6)
        s.bind(('::1', 0))
        s.close()
        return True
    except OSError:
        return False


@pytest.mark.spec("net.md", "new net.Server([options][, connectionListener])", "server.maxConnections",
                  "server.listening", "server.address()")
def test_server_defaults():
    out = {}

    def main():
        s = net.Server()
        out.update(maxConnections=s.maxConnections, listening=s.listening, address=s.address(),
                   pauseOnConnect=s.pauseOnConnect, allowHalfOpen=s.allowHalfOpen,
                   highWaterMark=s.highWaterMark, keepAliveInitialDelay=s.keepAliveInitialDelay,
                   noDelay=s.noDelay, keepAlive=s.keepAlive)

    run(main)
    # Node 24: undefined false null false false 65536 0 false false
    assert out == dict(maxConnections=None, listening=False, address=None, pauseOnConnect=False,
                       allowHalfOpen=False, highWaterMark=65536, keepAliveInitialDelay=0,
                       noDelay=False, keepAlive=False)


@pytest.mark.spec("net.md", "new net.Server([options][, connectionListener])")
def test_server_options_must_be_an_object():
    def main():
        with pytest.raises(TypeError) as exc:
            net.Server(5)
        assert exc.value.code == 'ERR_INVALID_ARG_TYPE'
        assert str(exc.value) == ('The "options" argument must be of type object. '
                                  'Received type number (5)')

    run(main)


@pytest.mark.spec("net.md", "Event: 'listening'", "Event: 'connection'",
                  "server.listen([port[, host[, backlog]]][, callback])")
def test_server_listen_port_host_callback_and_connection():
    log = []

    def main():
        server = net.createServer(lambda c: (log.append(('connection', isinstance(c, net.Socket),
                                                          c.server is server)), c.destroy(), server.close()))
        server.on('listening', lambda: log.append('listening'))
        server.on('close', lambda: log.append('close'))
        ret = server.listen(0, '127.0.0.1', lambda: (log.append(('cb', server.listening)),
                                                     net.connect(server.address()['port'], '127.0.0.1')))
        log.append(('sync', ret is server, server.listening))

    run(main)
    # with a host, 'listening' comes after a lookup: the server is not yet listening synchronously
    assert log == [('sync', True, False), 'listening', ('cb', True), ('connection', True, True), 'close']


@pytest.mark.spec("net.md", "server.listen([port[, host[, backlog]]][, callback])", "server.address()")
def test_server_listen_without_host_is_dual_stack_or_ipv4():
    out = {}

    def main():
        server = net.createServer()

        def on_listening():
            a = server.address()
            out['addr'] = a
            out['sync_listening'] = listening_now
            server.close()
        server.listen(on_listening)
        listening_now = server.listening

    run(main)
    a = out['addr']
    if have_ipv6():
        assert (a['address'], a['family']) == ('::', 'IPv6')
    else:
        assert (a['address'], a['family']) == ('0.0.0.0', 'IPv4')
    assert isinstance(a['port'], int) and a['port'] > 0
    assert out['sync_listening'] is True


@pytest.mark.skipif(not have_ipv6(), reason='no IPv6 on this machine')
@pytest.mark.spec("net.md", "server.listen([port[, host[, backlog]]][, callback])")
def test_server_dual_stack_accepts_ipv4_clients_as_mapped_addresses():
    out = {}

    def main():
        def on_conn(c):
            out['remote'] = (c.remoteAddress, c.remoteFamily, c.localFamily)
            c.destroy()
            server.close()
        server = net.createServer(on_conn)
        server.listen(0, lambda: net.connect(server.address()['port'], '127.0.0.1').resume())

    run(main)
    assert out['remote'] == ('::ffff:127.0.0.1', 'IPv6', 'IPv6')


@pytest.mark.skipif(not have_ipv6(), reason='no IPv6 on this machine')
@pytest.mark.spec("net.md", "server.listen(options[, callback])")
def test_server_ipv6_only_refuses_ipv4():
    log = []

    def main():
        server = net.createServer()

        def on_listening():
            port = server.address()['port']
            c = net.connect(port, '127.0.0.1')
            c.on('error', lambda e: log.append(e.code))
            c.on('close', lambda *a: server.close())
        server.listen({'port': 0, 'host': '::', 'ipv6Only': True}, on_listening)

    run(main)
    assert log == ['ECONNREFUSED']


@pytest.mark.spec("net.md", "server.listen(options[, callback])", "server.listen()")
def test_server_listen_options_errors():
    out = []

    def main():
        for arg in [{}, {'host': 'x'}, {'port': 70000}]:
            try:
                net.createServer().listen(arg)
            except Exception as e:
                out.append((e.code, str(e)))
        s = net.createServer()
        s.listen(0)
        try:
            s.listen(0)
        except Exception as e:
            out.append((e.code, str(e)))
        s.close()

    run(main)
    assert out == [
        ('ERR_INVALID_ARG_VALUE', "The argument 'options' must have the property \"port\" or \"path\". Received {}"),
        ('ERR_INVALID_ARG_VALUE', "The argument 'options' must have the property \"port\" or \"path\". "
                                  "Received { host: 'x' }"),
        ('ERR_SOCKET_BAD_PORT', 'options.port should be >= 0 and < 65536. Received type number (70000).'),
        ('ERR_SERVER_ALREADY_LISTEN', 'Listen method has been called more than once without closing.'),
    ]


@pytest.mark.spec("net.md", "net.Server > Event: 'error'", "server.listen()")
def test_server_eaddrinuse():
    log = []

    def main():
        a = net.createServer()

        def on_listening():
            port = a.address()['port']
            b = net.createServer()

            def on_error(e):
                log.append((e.code, e.errno, e.syscall, e.address, e.port == port,
                            str(e).replace(str(port), 'PORT'), b.listening))
                a.close()
            b.on('error', on_error)
            b.on('listening', lambda: log.append('listening?!'))
            b.listen(port, '127.0.0.1')
            c = net.createServer()
            c.on('error', lambda e: log.append(('no host', e.code, e.address, str(e).replace(str(port), 'PORT'))))
            c.listen(port)
        a.listen(0, '127.0.0.1', on_listening)

    run(main)
    # without a host the bind is synchronous and the error comes a tick earlier
    assert log == [('no host', 'EADDRINUSE', '::' if have_ipv6() else '0.0.0.0',
                    'listen EADDRINUSE: address already in use %s:PORT' % ('::' if have_ipv6() else '0.0.0.0')),
                   ('EADDRINUSE', -98, 'listen', '127.0.0.1', True,
                    'listen EADDRINUSE: address already in use 127.0.0.1:PORT', False)]


@pytest.mark.spec("net.md", "server.listen(options[, callback])")
def test_server_reuse_port_lets_two_servers_share_a_port():
    out = []

    def main():
        a = net.createServer()

        def on_a():
            port = a.address()['port']
            b = net.createServer()
            b.on('error', lambda e: out.append(e.code))
            b.listen({'port': port, 'host': '127.0.0.1', 'reusePort': True},
                     lambda: (out.append(b.address()['port'] == port), a.close(), b.close()))
        a.listen({'port': 0, 'host': '127.0.0.1', 'reusePort': True}, on_a)

    run(main)
    assert out == [True]


@pytest.mark.spec("net.md", "server.close([callback])", "net.Server > Event: 'close'",
                  "server.getConnections(callback)")
def test_server_close_waits_for_connections():
    """"the server is finally closed when all connections are ended"; a second
    close(cb) on a stopped server gets ERR_SERVER_NOT_RUNNING."""
    log = []

    def main():
        def on_conn(c):
            c.on('end', lambda: log.append('S end'))
            c.on('close', lambda *a: log.append(('S close',) + a))
            server.close(lambda e=None: log.append(('close cb', e)))
            log.append(('after close', server.listening, server.address()))
            server.getConnections(lambda e, n: log.append(('getConnections', e, n)))
            server.close(lambda e=None: log.append(('close cb2', e.code, str(e))))
            timers.setTimeout(c.end, 20)
        server = net.createServer(on_conn)
        server.on('close', lambda: log.append('server close'))

        def on_listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            c.on('end', lambda: log.append('C end'))
            c.on('close', lambda *a: log.append(('C close',) + a))
            c.resume()
        server.listen(0, '127.0.0.1', on_listening)

    run(main)
    assert log == [('after close', False, None), ('getConnections', None, 1), 'C end', ('C close', False),
                   'S end', 'server close', ('close cb', None),
                   ('close cb2', 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'), ('S close', False)]


@pytest.mark.spec("net.md", "server.close([callback])")
def test_server_close_when_not_listening():
    log = []

    def main():
        server = net.createServer()
        server.on('close', lambda *a: log.append(('close', len(a))))
        assert server.close(lambda e: log.append(('cb', e.code, str(e)))) is server
        process.nextTick(lambda: log.append('tick'))
        log.append('sync')

    run(main)
    assert log == ['sync', ('close', 0), ('cb', 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'), 'tick']


@pytest.mark.spec("net.md", "Event: 'drop'", "server.maxConnections")
def test_server_drop_over_max_connections():
    log = []

    def main():
        server = net.createServer(lambda c: (log.append('connection'), c.resume()))
        server.maxConnections = 1

        def on_drop(d):
            log.append(('drop', list(d), d['localAddress'], d['localFamily'], d['remoteAddress'],
                        d['remoteFamily'], d['localPort'] == server.address()['port'], type(d['remotePort'])))
        server.on('drop', on_drop)

        def on_listening():
            port = server.address()['port']
            a = net.connect(port, '127.0.0.1')

            def a_connect():
                b = net.connect(port, '127.0.0.1')
                b.on('end', lambda: log.append('B end'))
                b.on('close', lambda *x: (log.append(('B close',) + x), a.destroy(), server.close()))
                b.resume()
            a.on('connect', a_connect)
        server.listen(0, '127.0.0.1', on_listening)

    run(main)
    assert log == ['connection',
                   ('drop', ['localAddress', 'localPort', 'localFamily', 'remoteAddress', 'remotePort',
                             'remoteFamily'], '127.0.0.1', 'IPv4', '127.0.0.1', 'IPv4', True, int),
                   'B end', ('B close', False)]


@pytest.mark.spec("net.md", "net.createServer([options][, connectionListener])")
def test_server_pause_on_connect():
    log = []

    def main():
        def on_conn(c):
            log.append(('paused', c.isPaused(), c.readableFlowing))
            c.on('data', lambda d: log.append(('data', d)))
            c.on('end', lambda: (log.append('end'), server.close()))
            timers.setTimeout(lambda: (log.append(('resume', c.bytesRead)), c.resume()), 30)
        server = net.createServer({'pauseOnConnect': True}, on_conn)
        server.listen(0, '127.0.0.1', lambda: net.connect(server.address()['port'], '127.0.0.1').end('xyz'))

    run(main)
    # paused: nothing was even read from the kernel before resume()
    assert log == [('paused', True, False), ('resume', 0), ('data', b'xyz'), 'end']


@pytest.mark.spec("net.md", "net.createServer([options][, connectionListener])")
def test_server_socket_options_apply_to_accepted_sockets():
    out = {}

    def main():
        def on_conn(c):
            h = c._handle
            out['opts'] = (h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_NODELAY) != 0,
                           h.getsockopt(pysocket.SOL_SOCKET, pysocket.SO_KEEPALIVE) != 0,
                           h.getsockopt(pysocket.IPPROTO_TCP, pysocket.TCP_KEEPIDLE),
                           c.allowHalfOpen, c.readableHighWaterMark, c.writableHighWaterMark)
            c.destroy()
            server.close()
        server = net.createServer({'noDelay': True, 'keepAlive': True, 'keepAliveInitialDelay': 3000,
                                   'allowHalfOpen': True, 'highWaterMark': 1024}, on_conn)
        server.listen(0, '127.0.0.1', lambda: net.connect(server.address()['port'], '127.0.0.1').resume())

    run(main)
    assert out['opts'] == (True, True, 3, True, 1024, 1024)


@pytest.mark.spec("net.md", "server.listen(path[, backlog][, callback])", "server.address()")
def test_server_unix_path_address_and_unlink():
    log = []
    path = os.path.join(tempfile.mkdtemp(), 'srv.sock')

    def main():
        server = net.createServer(lambda c: c.end('hi'))

        def on_listening():
            log.append((server.address() == path, os.path.exists(path)))
            c = net.connect(path)
            c.on('data', lambda d: log.append(d))
            c.on('close', lambda *a: server.close(
                lambda: log.append(('closed', os.path.exists(path), server.address() == path))))
        server.listen(path, on_listening)

    run(main)
    assert log == [(True, True), b'hi', ('closed', False, True)]


@pytest.mark.spec("net.md", "server.listen(path[, backlog][, callback])")
def test_server_unix_path_in_use():
    log = []
    path = os.path.join(tempfile.mkdtemp(), 'used.sock')

    def main():
        a = net.createServer()

        def on_listening():
            b = net.createServer()
            b.on('error', lambda e: (log.append((e.code, e.syscall, e.address, e.port, str(e))), a.close()))
            b.listen(path)
        a.listen(path, on_listening)

    run(main)
    assert log == [('EADDRINUSE', 'listen', path, -1, 'listen EADDRINUSE: address already in use ' + path)]


@pytest.mark.spec("net.md", "server.listen(options[, callback])")
def test_server_listen_options_path_readable_writable_all():
    out = {}
    path = os.path.join(tempfile.mkdtemp(), 'perm.sock')

    def main():
        server = net.createServer()

        def on_listening():
            out['mode'] = os.stat(path).st_mode & 0o777
            server.close()
        server.listen({'path': path, 'readableAll': True, 'writableAll': True}, on_listening)

    run(main)
    assert out['mode'] & 0o666 == 0o666


@pytest.mark.spec("net.md", "server.listen(handle[, backlog][, callback])")
def test_server_listen_on_fd():
    out = []
    raw = pysocket.socket()
    raw.bind(('127.0.0.1', 0))
    port = raw.getsockname()[1]

    def main():
        server = net.createServer(lambda c: (out.append('connection'), c.end(), server.close()))
        server.listen({'fd': raw.detach()}, lambda: (out.append(server.address()['port'] == port),
                                                     net.connect(port, '127.0.0.1').resume()))

    run(main)
    assert out == [True, 'connection']


@pytest.mark.spec("net.md", "server.ref()", "server.unref()")
def test_server_unref_lets_the_loop_exit():
    log = []

    def main():
        server = net.createServer()
        assert server.unref() is server
        server.listen(0, '127.0.0.1', lambda: log.append('listening'))
        assert server.ref() is server
        server.unref()
        process.on('exit', lambda *a: log.append('exit'))

    run(main)
    assert log == ['listening', 'exit']


@pytest.mark.spec("net.md", "net.isIP(input)", "net.isIPv4(input)", "net.isIPv6(input)")
@pytest.mark.parametrize('value, ip', [
    ('::1', 6), ('127.0.0.1', 4), ('127.000.000.001', 0), ('127.0.0.1/24', 0), ('fhqwhgads', 0), ('', 0),
    ('1.2.3', 0), ('256.1.1.1', 0), ('01.2.3.4', 0), ('::', 6), (':::', 0), ('1::', 6),
    ('1:2:3:4:5:6:7:8', 6), ('1:2:3:4:5:6:7::', 6), ('::2:3:4:5:6:7:8', 6), ('1:2:3:4:5:6:7:8:9', 0),
    ('1::2::3', 0), ('fe80::1%eth0', 6), ('fe80::1%', 0), ('::ffff:1.2.3.4', 6), ('::ffff:01.2.3.4', 0),
    ('1:2:3:4:5:6:1.2.3.4', 6), ('1:2:3:4:5:6:7:1.2.3.4', 0), ('[::1]', 0), (' ::1', 0), (None, 0), (5, 0),
])
def test_is_ip(value, ip):
    """The examples of net.md and near misses, as Node 24 answers them."""
    assert net.isIP(value) == ip
    assert net.isIPv4(value) is (ip == 4)
    assert net.isIPv6(value) is (ip == 6)


@pytest.mark.spec("net.md", "net.getDefaultAutoSelectFamily()", "net.setDefaultAutoSelectFamily(value)",
                  "net.getDefaultAutoSelectFamilyAttemptTimeout()",
                  "net.setDefaultAutoSelectFamilyAttemptTimeout(value)")
def test_auto_select_family_defaults():
    assert net.getDefaultAutoSelectFamily() is True
    assert net.getDefaultAutoSelectFamilyAttemptTimeout() == 250
    try:
        net.setDefaultAutoSelectFamily(False)
        assert net.getDefaultAutoSelectFamily() is False
        net.setDefaultAutoSelectFamilyAttemptTimeout(5)
        assert net.getDefaultAutoSelectFamilyAttemptTimeout() == 10
    finally:
        net.setDefaultAutoSelectFamily(True)
        net.setDefaultAutoSelectFamilyAttemptTimeout(250)


@pytest.mark.spec("net.md", "net.connect()", "net.createConnection()", "net.connect(path[, connectListener])")
def test_connect_is_create_connection():
    assert net.connect is net.createConnection
    assert net.Stream is net.Socket


@pytest.mark.spec("net.md", "server.listen(options[, callback])")
def test_server_listen_keyword_arguments_are_the_options_form():
    out = []

    def main():
        server = net.createServer()
        server.on('listening', lambda: (out.append(server.address()['address']), server.close()))
        server.listen(port=0, host='127.0.0.1')
        c = net.connect(port=1, host='127.0.0.1')
        c.on('error', lambda e: out.append(e.code))

    run(main)
    assert out == ['127.0.0.1', 'ECONNREFUSED']


@pytest.mark.spec("net.md", "server[Symbol.asyncDispose]()", "server.dropMaxConnection")
def test_server_async_dispose():
    """Node 24: resolves at once for a server that is not listening; else after
    close() (the 'close' listeners first)."""
    log = []

    def main():
        s = net.createServer()
        assert s.dropMaxConnection is None
        s.asyncDispose().then(lambda v: log.append('resolved not listening'))
        t = net.createServer()

        def on_listening():
            t.on('close', lambda: log.append('close event'))
            t.asyncDispose().then(lambda v: log.append(('resolved', v, t.listening)))
        t.listen(0, on_listening)

    run(main)
    assert log == ['close event', 'resolved not listening', ('resolved', None, False)]


@pytest.mark.spec("net.md", "server.listen(options[, callback])")
def test_server_listen_signal_closes_the_server():
    from nodehttp.events import AbortController
    log = []

    def main():
        ac = AbortController()
        server = net.createServer()
        server.on('close', lambda: log.append(('close', server.listening)))
        server.listen({'port': 0, 'host': '127.0.0.1', 'signal': ac.signal},
                      lambda: (log.append('listening'), ac.abort()))

    run(main)
    assert log == ['listening', ('close', False)]
