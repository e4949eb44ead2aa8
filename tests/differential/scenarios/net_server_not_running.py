"""close() on a server that never listened: 'close' on the next tick, the callback gets ERR_SERVER_NOT_RUNNING."""
import nodehttp
from nodehttp import net
from nodehttp import process


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
    server = net.createServer()
    server.on('close', lambda *a: log('server close', len(a)))
    server.close(lambda e: log('cb', e))
    process.nextTick(lambda: log('tick'))
    log('sync', server.listening, server.address())


nodehttp.run(main)
