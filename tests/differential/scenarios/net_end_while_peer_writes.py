"""The client ends while the server is still sending a large reply: the server's 'end' arrives mid-write; it finishes its writes, then closes."""
import nodehttp
from nodehttp import net, timers



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
        c.on('data', lambda d: None)
        c.on('end', lambda: log('S end', c.writable, c.writableEnded))
        c.on('finish', lambda: log('S finish'))

        def on_close(h):
            log('S close', h)
            server.close()
        c.on('close', on_close)
        c.write(b'\x03' * (4 * 1024 * 1024))
    server = net.createServer(on_conn)

    def on_listening():
        c = net.connect(server.address()['port'], '127.0.0.1')
        n = [0]

        def on_data(d):
            n[0] += len(d)
        c.on('data', on_data)
        c.on('connect', lambda: c.end('bye'))
        c.on('finish', lambda: log('C finish'))
        c.on('end', lambda: log('C end', n[0]))
        c.on('close', lambda h: log('C close', h))
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
