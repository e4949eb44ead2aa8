"""The signal options: abort() destroys a socket with an AbortError (cause = the reason) and closes a listening server."""
import nodehttp
from nodehttp import net
from nodehttp.events import AbortController, AbortSignal


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
        c.resume()
        c.on('close', lambda *a: log('S close'))
    server = net.createServer(on_conn)
    ac = AbortController()
    server.on('close', lambda: log('server close'))

    def on_listening():
        cc = AbortController()
        c = net.connect({'port': server.address()['port'], 'host': '127.0.0.1', 'signal': cc.signal})

        def on_connect():
            log('connect')
            cc.abort()
            log('aborted sync', c.destroyed)
        c.on('connect', on_connect)
        c.on('error', lambda e: log('C error', e.name, e.code, e.message, e.cause is cc.signal.reason))

        def on_close(h):
            log('C close', h)
            ac.abort()
            log('server listening', server.listening)
        c.on('close', on_close)
        d = net.Socket({'signal': AbortSignal.abort()})
        d.on('error', lambda e: log('D error', e.code))
        d.on('close', lambda *a: log('D close', len(a)))
    server.listen({'port': 0, 'host': '127.0.0.1', 'signal': ac.signal}, on_listening)
    try:
        net.connect({'port': 1, 'signal': 5})
    except Exception as e:
        log(e.code, e.message)


nodehttp.run(main)
