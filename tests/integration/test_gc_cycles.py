"""A closed socket is freed by reference counting: no reference cycle keeps a
net.Socket (its Writable callback, its 'error' listener slot) or an HTTP
server's per-connection state alive until the cycle collector runs (that
cost ~10 us per connection in bench/bench_http_server.py)."""

import gc
import weakref

import nodehttp
from nodehttp import net


def cyclic_garbage(main):
    """Run `main`, then the types of what only the cycle collector frees."""
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        nodehttp.run(main, _timeout=10)
        gc.collect()
        return [type(o) for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()


def test_destroyed_net_sockets_leave_no_cycles():
    log = []

    def main():
        # (the listeners reach their socket through a weakref: a closure
        # over it would be a cycle of the test's own making)
        def on_conn(c):
            ref = weakref.ref(c)
            c.on('error', lambda e: log.append(('server error', e)))
            c.write(b'hello', lambda *a: log.append('server wrote'))

            def on_data(d):
                log.append(('server data', d))
                ref().destroy()
                server.close()
            c.on('data', on_data)
        server = net.createServer(on_conn)

        def on_listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            ref = weakref.ref(c)
            c.on('error', lambda e: log.append(('client error', e)))

            def on_data(d):
                log.append(('client data', d))
                ref().write(b'bye', lambda *a: (log.append('client wrote'), ref().destroy()))
            c.on('data', on_data)
            c.on('close', lambda had_error: log.append(('client close', had_error)))
        server.listen(0, '127.0.0.1', on_listening)

    garbage = cyclic_garbage(main)
    # the client's 'close' (close phase) comes before the server reads 'bye'
    # (the next poll phase)
    assert log == ['server wrote', ('client data', b'hello'), 'client wrote',
                   ('client close', False), ('server data', b'bye')]
    leaked = sorted({t.__name__ for t in garbage
                     if t.__module__.startswith('nodehttp') and t.__name__ in (
                         'Socket', 'WritableState', 'ReadableState', '_ManyError')})
    assert leaked == []


def test_http_server_connection_state_leaves_no_cycles():
    """The server's per-connection state (_Connection, its parser, the
    response) is not part of a cycle with its socket once it closed."""
    log = []

    def main():
        def on_request(req, res):
            log.append(('request', req.method, req.url))
            res.setHeader('Content-Type', 'text/plain')
            res.end('Hello')
        server = nodehttp.createServer(on_request)

        def on_listening():
            c = net.connect(server.address()['port'], '127.0.0.1')
            c.write(b'GET /x HTTP/1.1\r\nHost: a\r\nConnection: close\r\n\r\n')
            got = []
            c.on('data', got.append)
            c.on('close', lambda had_error: (
                log.append(('client close', had_error, b''.join(got).split(b'\r\n')[0])),
                server.close()))
        server.listen(0, '127.0.0.1', on_listening)

    garbage = cyclic_garbage(main)
    assert log == [('request', 'GET', '/x'), ('client close', False, b'HTTP/1.1 200 OK')]
    leaked = sorted({t.__name__ for t in garbage
                     if t.__module__.startswith('nodehttp') and t.__name__ in (
                         '_Connection', 'RequestParser', 'ServerResponse', '_ManyError')})
    assert leaked == []
