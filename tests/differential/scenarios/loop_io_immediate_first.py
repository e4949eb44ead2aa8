# Inside an I/O callback, setImmediate runs before setTimeout(0) (timers.md,
# libuv phases): the check phase follows poll, timers come next iteration.
# The I/O callback is a readable loopback socket's, as net's 'data' in the JS.
import socket

import nodehttp
from nodehttp import process, timers
from nodehttp.loop import get_loop


def main():
    loop = get_loop()
    server = socket.socket()
    server.bind(('127.0.0.1', 0))
    server.listen()
    server.setblocking(False)
    loop.ref_handle(server)
    client = socket.create_connection(server.getsockname())
    client.setblocking(False)
    conns = []

    def on_accept():
        conn, _ = server.accept()
        conns.append(conn)
        conn.sendall(b'x')

    def on_data():
        client.recv(16)
        for i in range(3):
            timers.setTimeout(lambda i=i: print('timeout %d' % i), 0)
            timers.setImmediate(lambda i=i: print('immediate %d' % i))
            process.nextTick(lambda i=i: print('tick %d' % i))
        for s in (client, server, *conns):
            loop.remove_fd(s)
            s.close()
        loop.unref_handle(server)
        loop.forget_handle(server)

    loop.add_reader(server, on_accept)
    loop.add_reader(client, on_data)


nodehttp.run(main)
