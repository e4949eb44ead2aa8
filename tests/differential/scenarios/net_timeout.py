"""createConnection's timeout option and setTimeout: 'timeout' after idleness, the socket stays open until destroyed."""
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
    server = net.createServer(lambda c: watch('S', c))

    def on_listening():
        c = net.connect({'port': server.address()['port'], 'host': '127.0.0.1', 'timeout': 5000})
        log('timeout prop', c.timeout)
        watch('C', c)
        # a short idle time only once connected (connecting may be slow on a loaded machine)
        c.on('connect', lambda: c.setTimeout(30))
        n = [0]

        def on_timeout():
            n[0] += 1
            log('C timeout prop', c.timeout, c.destroyed, c.readyState)
            if n[0] == 1:
                c.write('x')
                return
            c.setTimeout(0)
            log('after setTimeout(0)', c.timeout)
            c.destroy()
            server.close()
        c.on('timeout', on_timeout)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
