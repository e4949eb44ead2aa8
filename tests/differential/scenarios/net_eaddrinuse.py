"""EADDRINUSE: Node's message; with a host the error comes a tick later (lookup) than without."""
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
    a = net.createServer()

    def on_listening():
        port = a.address()['port']
        b = net.createServer()

        def on_error(e):
            log('error', e.name, e.code, e.errno, e.syscall, e.address, e.port == port,
                e.message.replace(str(port), 'PORT'), b.listening)
            a.close(lambda: log('a closed'))
        b.on('error', on_error)
        b.on('listening', lambda: log('listening?!'))
        b.listen(port, '127.0.0.1')
        log('after listen', b.listening, b.address())
        c = net.createServer()
        c.on('error', lambda e: log('error2', e.code, e.address, e.message.replace(str(port), 'PORT')))
        c.listen(port)
        d = net.createServer()
        d.on('error', lambda e: log('error3', e.code, e.address, e.message.replace(str(port), 'PORT')))
        d.listen({'port': port, 'host': '127.0.0.1', 'exclusive': True})
    a.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
