"""resetAndDestroy(): RST, so the peer sees ECONNRESET; while connecting it waits for 'connect'."""
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
    closed = [0]

    def on_conn(c):
        watch('S', c)

        def on_close(*a):
            closed[0] += 1
            if closed[0] == 2:
                server.close()
        c.on('close', on_close)
    server = net.createServer(on_conn)

    def on_listening():
        a = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
        watch('A', a)

        def a_connect():
            a.resetAndDestroy()
            log('A destroyed', a.destroyed)
        a.on('connect', a_connect)

        def a_close(*_):
            b = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
            watch('B', b)
            b.resetAndDestroy()
            log('B destroyed', b.destroyed)
        a.on('close', a_close)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
