"""The peer ended: with allowHalfOpen false a write in 'end' still goes out; after our end() it is EPIPE."""
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
    def on_conn(c):
        watch('S', c)
        c.on('close', lambda *a: server.close())
        c.end('bye')
    server = net.createServer(on_conn)

    def on_listening():
        c = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
        watch('C', c)

        def on_end():
            log('write ret', c.write('more', lambda e=None: log('write cb', e)))

            def tick():
                log('ended', c.writableEnded)
                log('write2 ret', c.write('again', lambda e=None: log('write2 cb', e)))
                log('destroyed', c.destroyed)
            process.nextTick(tick)
        c.on('end', on_end)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
