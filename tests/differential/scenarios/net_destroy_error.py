"""destroy(err) inside 'connect': 'ready' still follows, then 'error', then 'close' true."""
import nodehttp
from nodehttp import net
from nodehttp import errors


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
    server = net.createServer(lambda c: watch('S', c))

    def on_listening():
        c = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
        watch('C', c)

        def on_connect():
            c.destroy(errors.NodeError('boom'))
            log('destroyed', c.destroyed, c.readyState, c.remoteAddress, c.localAddress)
            server.close()
        c.on('connect', on_connect)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
