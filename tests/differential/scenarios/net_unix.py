"""A Unix socket server: address() is the path, sockets have no IP fields, close() unlinks the file."""
import nodehttp
from nodehttp import net
import json
import os
import tempfile


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
    p = os.path.join(tempfile.gettempdir(), 'nodehttp-net-unix-%d.sock' % os.getpid())

    def on_conn(c):
        watch('S', c)
        log('S addr', c.remoteAddress, c.remoteFamily, c.remotePort, c.localAddress, json.dumps(c.address()))
        c.end('hi')
    server = net.createServer(on_conn)

    def on_listening():
        log('address is path', server.address() == p, os.path.exists(p))
        c = net.connect(p)
        watch('C', c)
        c.on('connect', lambda: log('C addr', c.remoteAddress, c.localAddress, json.dumps(c.address())))
        c.on('close', lambda *a: server.close(lambda: log('closed', os.path.exists(p), server.address() == p)))
        threw = None
        try:
            c.resetAndDestroy()
        except Exception as e:
            threw = e
        log('resetAndDestroy', threw)
    server.listen(p, on_listening)


nodehttp.run(main)
