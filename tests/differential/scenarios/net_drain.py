"""write() returns false past writableHighWaterMark while the peer does not read; 'drain' once flushed."""
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
    total = [-1]

    def on_conn(c):
        def later():
            log('server resumes')
            c.resume()
        timers.setTimeout(later, 50)
        n = [0]

        def on_data(d):
            n[0] += len(d)
        c.on('data', on_data)

        def on_end():
            log('server got all', n[0] == total[0])
            server.close()
        c.on('end', on_end)
    server = net.createServer({'pauseOnConnect': True}, on_conn)

    def on_listening():
        c = net.connect({'port': server.address()['port'], 'host': '127.0.0.1'})
        watch('C', c, ['connect', 'drain', 'finish', 'close', 'error'])
        chunk = b'a' * 65536

        def on_connect():
            writes = 0
            while True:
                ret = c.write(chunk)
                writes += 1
                if not ret or writes >= 1000:
                    break
            log('write returned false', ret is False, c.writableNeedDrain,
                c.writableLength >= c.writableHighWaterMark)

            total[0] = writes * 65536

            def on_drain():
                log('writableLength at drain', c.writableLength)
                log('bytes', c.bytesWritten == writes * 65536)
                c.end()
            c.once('drain', on_drain)
        c.on('connect', on_connect)
    server.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
