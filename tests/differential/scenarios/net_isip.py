"""net.isIP / isIPv4 / isIPv6 on addresses and near misses."""
import nodehttp
from nodehttp import net, timers
import json


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
    inputs = ['::1', '127.0.0.1', '127.000.000.001', '127.0.0.1/24', 'fhqwhgads', '', '1.2.3', '1.2.3.4.5',
              '255.255.255.255', '256.1.1.1', '01.2.3.4', '0.0.0.0', '::', ':', ':::', '1::', '::1:2',
              '1:2:3:4:5:6:7:8', '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3',
              'fe80::1%eth0', 'fe80::1%', '::ffff:1.2.3.4', '::ffff:01.2.3.4', '1:2:3:4:5:6:1.2.3.4',
              '1:2:3:4:5:6:7:1.2.3.4', '1::1.2.3.4', 'gggg::1', '12345::1', 'FFFF::1',
              '2001:db8::ff00:42:8329', '::1 ', ' ::1', '1.2.3.4 ', '[::1]', 'localhost']
    for s in inputs:
        log(json.dumps(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s))


nodehttp.run(main)
