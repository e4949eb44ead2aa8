"""The blockList options: a server closes blocked peers silently; a client refuses to connect (ERR_IP_BLOCKED)."""
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
    bl = net.BlockList()
    bl.addAddress('127.0.0.1')
    server = net.createServer({'blockList': bl}, lambda c: log('connection?!'))
    server.on('drop', lambda d=None: log('drop', d))

    def on_listening():
        port = server.address()['port']
        c = net.connect(port, '127.0.0.1')
        watch('C', c, ['connect', 'end', 'error', 'close'])

        def on_close(*_):
            d = net.connect({'port': port, 'host': '127.0.0.1', 'blockList': bl})
            for ev in ['connectionAttempt', 'connect', 'error', 'close']:
                d.on(ev, lambda *a, ev=ev: log('D', ev, *['P' if x == port and not isinstance(x, bool) else x
                                                        for x in a]))
            d.on('close', lambda *a: server.close())
        c.on('close', on_close)
    server.listen(0, '127.0.0.1', on_listening)
    try:
        net.connect({'port': 1, 'blockList': {}})
    except Exception as e:
        log(e.code, e.message)
    try:
        net.createServer({'blockList': 5})
    except Exception as e:
        log(e.code, e.message)


nodehttp.run(main)
