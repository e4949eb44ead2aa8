"""A write to a socket whose peer has reset it (noticed only by the write:
the socket is paused): write() returns false, the callback and 'error'
carry `write ECONNRESET`, then 'close' with hadError."""
import nodehttp
from nodehttp import net


def log(*a):
    print(' '.join('true' if x is True else 'false' if x is False else str(x) for x in a), flush=True)


def main():
    box = {}

    def on_conn(s):
        s.on('data', lambda d: s.resetAndDestroy())

        def on_close(*a):
            client = box['c']
            r = client.write(b'x', lambda err=None: log('cb', err and err.code, err and err.syscall))
            log('write', r, client.writableLength, client.destroyed)
        s.on('close', on_close)
    server = net.createServer(on_conn)

    def listening():
        def on_connect():
            client.pause()
            client.write('hi')
        client = box['c'] = net.connect(server.address()['port'], '127.0.0.1', on_connect)
        client.on('error', lambda e: log('error', e.code, e.syscall, e.message))

        def on_close(h):
            log('close', h, client.bytesWritten)
            server.close()
        client.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
