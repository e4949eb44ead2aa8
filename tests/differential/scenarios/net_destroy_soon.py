"""destroySoon(): end() now, destroy after 'finish'."""
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
        watch('S', c)
        c.on('end', lambda: server.close())
    server = net.createServer(on_conn)

    def on_listening():
        c = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
        watch('C', c)
        c.write('x')
        c.destroySoon()
        log('after destroySoon', c.destroyed, c.writableEnded, c.readyState)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
