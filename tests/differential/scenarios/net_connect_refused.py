"""ECONNREFUSED: 'connectionAttempt', 'connectionAttemptFailed', 'error' with Node's fields, 'close' true."""
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
    probe = net.createServer()

    def on_listening():
        port = probe.address()['port']

        def P(x):
            if isinstance(x, str):
                return x.replace(str(port), 'PORT')
            return 'PORT' if x == port and not isinstance(x, bool) else x

        def closed():
            c = net.connect(port, '127.0.0.1')
            for ev in ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'ready', 'error', 'close']:
                c.on(ev, lambda *a, ev=ev: log('C', ev, *[P(fmt(x)) if isinstance(x, BaseException) else P(x) for x in a]))
            c.on('error', lambda e: log('fields', e.address, P(e.port), isinstance(e, Exception), c.destroyed,
                                        c.readyState, c.connecting, c.pending))
            log('sync', c.connecting, c.pending, c.readyState)
        probe.close(closed)
    probe.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
