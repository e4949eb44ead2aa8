"""Host names go through lookup: 'lookup' (err, address, family, host), then the attempt; ENOTFOUND."""
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

        def rec(tag, s, evs):
            for ev in evs:
                s.on(ev, lambda *a, ev=ev: log(tag, ev, *[P(fmt(x)) if isinstance(x, BaseException) else P(x) for x in a]))

        def closed():
            c = net.connect({'port': port, 'host': 'localhost', 'family': 4})
            rec('A', c, ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'error', 'close'])

            def next1(*_):
                d = net.connect({'port': port, 'host': 'nonexistent.invalid'})
                rec('B', d, ['lookup', 'connectionAttempt', 'connect', 'error', 'close'])
                d.on('error', lambda e: log('hostname', e.hostname))

                def next2(*_):
                    def lookup(host, opts, cb):
                        log('custom lookup', host, opts.get('family'), opts.get('all'))
                        cb(None, [{'address': '127.0.0.1', 'family': 4}])
                    e = net.connect({'port': port, 'host': 'example.test', 'lookup': lookup})
                    rec('C', e, ['lookup', 'connectionAttempt', 'error', 'close'])

                    def next3(*_):
                        # the default: autoSelectFamily with every address of 'localhost'
                        f = net.connect({'port': port, 'host': 'localhost'})
                        rec('D', f, ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect',
                                     'error', 'close'])
                    e.on('close', next3)
                d.on('close', next2)
            c.on('close', next1)
        probe.close(closed)
    probe.listen(0, '127.0.0.1', on_listening)


nodehttp.run(main)
