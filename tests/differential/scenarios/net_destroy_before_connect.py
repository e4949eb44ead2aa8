"""destroy() before any connection: no handle means 'close' without hadError; while connecting, 'close' false."""
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
    a = net.Socket()
    a.on('close', lambda *args: log('A close', len(args), args[0] if args else None))
    a.destroy()
    log('A', a.destroyed, a.readyState, a.pending)
    b = net.connect(1, '127.0.0.1')
    watch('B', b)
    b.write('x', lambda e=None: log('B write cb', e))
    b.destroy()
    log('B', b.destroyed, b.connecting, b.readyState)
    c = net.Socket()
    c.on('error', lambda e: log('C error', e))
    c.on('close', lambda *args: log('C close', len(args), args[0] if args else None))
    c.resetAndDestroy()


nodehttp.run(main)
