"""A large write then end(): 'finish' waits until every byte is flushed; the peer gets them all, then 'end'."""
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
    def on_conn(c):
        n = [0]

        def on_data(d):
            n[0] += len(d)
        c.on('data', on_data)
        c.on('end', lambda: log('S end', n[0]))

        def on_close(h):
            log('S close', h)
            server.close()
        c.on('close', on_close)
    server = net.createServer(on_conn)

    def on_listening():
        c = net.connect(server.address()['port'], '127.0.0.1')
        watch('C', c, ['connect', 'drain', 'finish', 'end', 'close', 'error'])

        def on_connect():
            log('write', c.write(b'\x01' * (8 * 1024 * 1024), lambda *a: log('write cb', c.writableLength)))
            log('writableLength', c.writableLength, c.bytesWritten)
            c.end(lambda *a: log('end cb'))
        c.on('connect', on_connect)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
