"""Argument errors thrown synchronously, with Node's codes and messages."""
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
    def t(f):
        try:
            f()
            log('no throw')
        except Exception as e:
            log(e.name, e.code, e.message)

    t(lambda: net.connect({}))
    t(lambda: net.connect({'port': 70000}))
    t(lambda: net.connect({'port': -1}))
    t(lambda: net.connect({'port': 'abc'}))
    t(lambda: net.connect({'port': True}))
    t(lambda: net.connect({'port': 80, 'localAddress': 'foo'}))
    t(lambda: net.createServer().listen(70000))
    t(lambda: net.createServer().listen({}))
    t(lambda: net.createServer().listen({'host': 'x'}))

    def twice():
        s = net.createServer()
        s.listen(0, '127.0.0.1')
        s.listen(0)
        s.close()
    t(twice)

    def bad_timeout(v):
        s = net.connect(1, '127.0.0.1')
        s.on('error', lambda e: None)
        try:
            s.setTimeout(v)
        finally:
            s.destroy()
    t(lambda: bad_timeout(-1))
    t(lambda: bad_timeout(float('inf')))
    t(lambda: net.Server(5))


nodehttp.run(main)
