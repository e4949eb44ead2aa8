"""maxConnections: connections over the limit are closed and 'drop' is emitted with the addresses."""
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
        log('connection')
        c.on('close', lambda *a: log('S close'))
    server = net.createServer(on_conn)
    log('default', server.maxConnections)
    server.maxConnections = 1

    def on_drop(d):
        log('drop', ','.join(d.keys()), d['localAddress'], d['localFamily'], d['remoteAddress'],
            d['remoteFamily'], d['localPort'] == server.address()['port'],
            'number' if isinstance(d['remotePort'], int) else '?')
    server.on('drop', on_drop)

    def on_listening():
        a = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})

        def a_connect():
            b = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
            watch('B', b)

            def b_close(*_):
                a.destroy()
                server.maxConnections = 0
                z = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
                watch('Z', z, ['connect', 'end', 'close', 'error'])
                z.on('close', lambda *_: server.close(lambda: log('closed')))
            b.on('close', b_close)
        a.on('connect', a_connect)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
