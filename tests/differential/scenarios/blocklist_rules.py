# net.BlockList: addAddress/addRange/addSubnet, rules (newest first),
# check() including IPv4-mapped IPv6 matching across families, argument
# errors, toJSON/fromJSON round trips, isBlockList.
import json

import nodehttp
from nodehttp._netaddr import BlockList, SocketAddress


def log(s):
    print(s)


def j(v):
    return json.dumps(v, separators=(',', ':'))


def b_(x):
    return 'true' if x else 'false'


def js(v):
    if v is None:
        return 'undefined'
    if isinstance(v, bool):
        return b_(v)
    return v


def main():
    b = BlockList()
    b.addAddress('123.123.123.123')
    b.addRange('10.0.0.1', '10.0.0.10')
    b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6')
    b.addSubnet('192.168.0.0', 16)
    b.addAddress('::1', 'ipv6')
    b.addAddress('::ffff:1.2.3.4', 'IPv6')
    log(j(b.rules))
    log(j(b.toJSON()))
    log(j(b.toJSON()))
    log(' '.join(b_(x) for x in (
        b.check('123.123.123.123'), b.check('10.0.0.3'), b.check('222.111.111.222'),
        b.check('8592:757c:efae:4e45::f', 'IPv6'), b.check('8592:757c:efae:4f45::f', 'ipv6'))))
    log(' '.join(b_(x) for x in (
        b.check('::ffff:7b7b:7b7b', 'ipv6'), b.check('::ffff:123.123.123.123', 'ipv6'), b.check('1.2.3.4'),
        b.check('::ffff:10.0.0.5', 'ipv6'), b.check('192.168.255.255'), b.check('192.169.0.0'))))
    cases = [
        ('addAddress bad', lambda: b.addAddress('1.2.3')),
        ('addAddress family', lambda: b.addAddress('1.2.3.4', 'ipv5')),
        ('addAddress number', lambda: b.addAddress(5)),
        ('addAddress family number', lambda: b.addAddress('1.2.3.4', 5)),
        ('addSubnet 33', lambda: b.addSubnet('1.2.3.4', 33)),
        ('addSubnet 129', lambda: b.addSubnet('::', 129, 'ipv6')),
        ('addSubnet 1.5', lambda: b.addSubnet('1.2.3.4', 1.5)),
        ('addSubnet str', lambda: b.addSubnet('1.2.3.4', 'x')),
        ('addRange reversed', lambda: b.addRange('10.0.0.10', '10.0.0.1')),
        ('addRange mixed', lambda: b.addRange('1.2.3.4', '::1')),
        ('check zz', lambda: b.check('zz')),
        ('check family', lambda: b.check('1.2.3.4', 'ipv6')),
        ('check bad family', lambda: b.check('1.2.3.4', 'ipv7')),
        ('check number', lambda: b.check(5)),
        ('addAddress ipv6 as ipv4', lambda: b.addAddress('::1')),
        ('fromJSON number', lambda: b.fromJSON(5)),
        ('fromJSON mixed', lambda: b.fromJSON(['Address: IPv4 9.9.9.9', 5])),
        ('fromJSON junk', lambda: b.fromJSON(['bad'])),
    ]
    for name, f in cases:
        try:
            log('%s: ok %s' % (name, js(f())))
        except Exception as e:
            log('%s: %s %s %s' % (name, e.name, e.code, e.message))
    log('%s %s %s' % (b_(BlockList.isBlockList(b)), b_(BlockList.isBlockList({})), b_(BlockList.isBlockList(None))))
    c = BlockList()
    c.fromJSON(b.toJSON())
    log(j(c.rules))
    d = BlockList()
    d.fromJSON(json.dumps(b.toJSON()))
    log(j(d.rules))
    for item in (['Address: IPv6 2001:db8::1'], ['Range: IPv6 ::1-::5'], ['Subnet: IPv4 10.0.0.0/8'],
                 ['Address: IPv4 zz'], ['Address:  IPv4 1.2.3.4'], ['Subnet: IPv6 ::ffff:0:0/96'],
                 ['Subnet: IPv6 2001:db8:1234::/48']):
        x = BlockList()
        x.fromJSON(item)
        log('%s -> %s' % (j(item), j(x.rules)))
    for item in (['Subnet: IPv4 10.0.0.0/40'], ['Range: IPv4 1.2.3.9-1.2.3.1']):
        try:
            BlockList().fromJSON(item)
        except Exception as e:
            log('%s %s %s' % (j(item), e.code, e.message))
    e = BlockList()
    e.addSubnet('::', 0, 'ipv6')
    log('%s %s' % (b_(e.check('1.2.3.4')), b_(e.check('::9', 'ipv6'))))
    f = BlockList()
    f.addSubnet('0.0.0.0', 0)
    log('%s %s %s' % (b_(f.check('1.2.3.4')), b_(f.check('::9', 'ipv6')), b_(f.check('::ffff:9.9.9.9', 'ipv6'))))
    g = BlockList()
    g.addSubnet('10.1.2.3', 8)
    g.addRange('1.0.0.0', '2.0.0.0')
    g.addAddress('::ffff:5.5.5.5', 'ipv6')
    log('%s %s %s %s %s' % (j(g.rules), b_(g.check('10.200.0.0')), b_(g.check('1.5.5.5')),
                            b_(g.check('5.5.5.5')), b_(g.check('2.0.0.1'))))
    sa = SocketAddress({'address': '1.2.3.4', 'port': 80})
    g.addAddress(sa)
    log('%s %s %s' % (g.rules[0], b_(g.check(sa)),
                      b_(g.check(SocketAddress({'address': '::ffff:1.2.3.4', 'family': 'ipv6'})))))
    g.addRange(SocketAddress({'address': '::1', 'family': 'ipv6'}), SocketAddress({'address': '::3', 'family': 'ipv6'}))
    log('%s %s %s' % (g.rules[0], b_(g.check('::2', 'ipv6')), b_(g.check('::4', 'ipv6'))))
    log(j(BlockList().rules))


nodehttp.run(main)
