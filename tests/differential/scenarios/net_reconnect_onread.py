"""A closed socket can connect() again (counters restart); the onread option reads into the user's buffer instead of 'data'."""
import nodehttp
from nodehttp import net



def fmt(x):
    if x is None:
        return '-'
    if isinstance(x, bool):
        return 'true' if x else 'false'
    if isinstance(x, (bytes, bytearray)):
        return 'buf:' + bytes(x).decode()
    if isinstance(x, BaseException):
        return '|'.join(fmt(v) for v in (getattr(x, 'name', 'Error'), getattr(x, 'code', None),
                                        getattr(x, 'message', str(x)), getattr(x, 'syscall', None),
                                        getattr(x, 'errno', None)))
    return str(x)


def log(*a):
    print(' '.join(fmt(x) for x in a), flush=True)


def watch(tag, s, evs=('lookup', 'connect', 'ready',
                       'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain')):
    for ev in evs:
        s.on(ev, lambda *a, ev=ev: log(tag, ev, *a))


def main():
    def on_conn(c):
        c.end('hello')
        c.resume()
    server = net.createServer(on_conn)

    def on_listening():
        port = server.address()['port']
        c = net.Socket()
        n = [0]
        c.on('connect', lambda: log('connect', n[0], c.readyState))
        c.on('data', lambda d: log('data', d))
        c.on('end', lambda: log('end'))

        def on_close(h):
            log('close', h, c.destroyed, c.readyState, c.bytesRead, c.bytesWritten)
            n[0] += 1
            if n[0] < 2:
                c.connect(port, '127.0.0.1')
                log('reconnecting', c.destroyed, c.connecting, c.readyState)
            else:
                buf = bytearray(3)

                def onread(nread, b):
                    log('onread', nread, b is buf, bytes(b[:nread]).decode('latin1'))
                d = net.connect({'port': port, 'host': '127.0.0.1', 'onread': {'buffer': buf, 'callback': onread}})
                d.on('data', lambda *a: log('data on onread socket?!'))
                d.on('end', lambda: log('d end'))

                def d_close(h):
                    log('d close', h, d.bytesRead)
                    server.close()
                d.on('close', d_close)
        c.on('close', on_close)
        c.connect(port, '127.0.0.1')
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
