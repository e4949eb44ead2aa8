"""Names the resolver rejects: a name of 256 bytes or more fails at once (EINVAL); a long label or an empty one is not found (ENOTFOUND)."""
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
    hosts = ['a..b', 'x' * 64 + '.example', 'y' * 300]

    def next_host(*_):
        if not hosts:
            return
        host = hosts.pop(0)
        c = net.connect({'port': 80, 'host': host})
        c.on('lookup', lambda e, *rest: log('lookup', e.code, *[len(x) if isinstance(x, str) else x for x in rest]))
        c.on('error', lambda e: log('error', e.code, e.errno, e.syscall, len(e.hostname), len(e.message)))

        def on_close(h):
            log('close', h)
            next_host()
        c.on('close', on_close)
    next_host()


nodehttp.run(main)
