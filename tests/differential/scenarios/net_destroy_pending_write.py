"""destroy() with unsent data queued: the write in progress is cancelled (ECANCELED), a buffered one gets ERR_STREAM_DESTROYED; no 'error'; 'close' false."""
import nodehttp
from nodehttp import net, timers



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
    peer = []

    def on_conn(c):
        peer.append(c)
        c.pause()
        c.on('error', lambda e: None)
    server = net.createServer(on_conn)

    def on_listening():
        c = net.connect(server.address()['port'], '127.0.0.1')
        c.on('error', lambda e: log('C error', e))
        def on_close(h):
            log('C close', h, c.destroyed, c.writableLength)
            peer[0].destroy()
            server.close()
        c.on('close', on_close)

        def on_connect():
            # far more than the kernel buffers hold: the rest stays queued
            log('write', c.write(b'\x04' * (64 * 1024 * 1024), lambda e=None: log('write cb', e)))
            c.write('tail', lambda e=None: log('tail cb', e))

            def later():
                c.destroy()
                log('destroyed', c.destroyed, c.readyState)
            timers.setTimeout(later, 10)
        c.on('connect', on_connect)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
