"""net.BlockList and net.SocketAddress: rules, checks across families, JSON round trip, argument errors."""
import json

from nodehttp import net


def log(*a):
    print(' '.join('true' if x is True else 'false' if x is False else 'undefined' if x is None else str(x) for x in a))

b = net.BlockList()
b.addAddress('123.123.123.123')
b.addRange('10.0.0.1', '10.0.0.10')
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6')
b.addAddress('::1', 'ipv6')
b.addSubnet('192.168.0.0', 16)
log(json.dumps(b.rules, separators=(',', ':')))
log(b.check('123.123.123.123'), b.check('10.0.0.3'), b.check('222.111.111.222'), b.check('8592:757c:efae:4e45::f', 'IPv6'), b.check('8592:757c:efae:4e45::f', 'ipv6'), b.check('::ffff:7b7b:7b7b', 'ipv6'), b.check('::ffff:123.123.123.123', 'ipv6'), b.check('192.168.3.4'), b.check('::1', 'ipv6'), b.check('::1'))
log(net.BlockList.isBlockList(b), net.BlockList.isBlockList({}))
log(json.dumps(b.toJSON(), separators=(',', ':')))
c = net.BlockList()
c.fromJSON(b.toJSON())
log(json.dumps(c.rules, separators=(',', ':')))
d = net.BlockList()
d.fromJSON(json.dumps(['Address: IPv4 1.1.1.1']))
log(json.dumps(d.rules, separators=(',', ':')))


def t(f):
    try:
        log('ok', f())
    except Exception as e:
        log(e.name, e.code, e.message)


t(lambda: b.addAddress(1))
t(lambda: b.addAddress('1.2.3.4', 'ipv5'))
t(lambda: b.addAddress('foo'))
t(lambda: b.addRange('10.0.0.10', '10.0.0.1'))
t(lambda: b.addSubnet('1.2.3.4', 33))
t(lambda: b.addSubnet('::', 129, 'ipv6'))
t(lambda: b.check('x'))
t(lambda: b.check('1.2.3.4', 'ipv7'))
t(lambda: b.check(5))
sa = net.SocketAddress({'address': '123.123.123.123', 'port': 1234})
log(sa.address, sa.family, sa.port, sa.flowlabel, json.dumps(sa.toJSON(), separators=(',', ':')))
sa6 = net.SocketAddress({'family': 'ipv6'})
log(sa6.address, sa6.family, sa6.port, sa6.flowlabel)
sa0 = net.SocketAddress()
log(sa0.address, sa0.family, sa0.port, sa0.flowlabel)


def j(x):
    return json.dumps(x.toJSON(), separators=(',', ':')) if x is not None else None


log(j(net.SocketAddress.parse('1.2.3.4:80')), j(net.SocketAddress.parse('[::1]:8080')), net.SocketAddress.parse('x'), j(net.SocketAddress.parse('1.2.3.4')))
t(lambda: net.SocketAddress({'address': 'foo'}))
t(lambda: net.SocketAddress({'family': 'ipv5'}))
t(lambda: net.SocketAddress({'port': 70000}))
t(lambda: net.SocketAddress({'address': '::1'}))
t(lambda: net.SocketAddress(5))
log(net.SocketAddress.isSocketAddress(sa))
b2 = net.BlockList()
b2.addAddress(sa)
b2.addSubnet(net.SocketAddress({'address': '10.1.0.0'}), 16)
log(json.dumps(b2.rules, separators=(',', ':')), b2.check(sa), b2.check(net.SocketAddress({'address': '10.1.2.3'})))
log(b.check('123.123.123.123', 'IPv4'))
b3 = net.BlockList()
b3.addSubnet('::ffff:0:0', 96, 'ipv6')
log('v4 vs mapped subnet', b3.check('1.2.3.4'))
c3 = net.BlockList()
c3.addRange('::ffff:1.2.3.0', '::ffff:1.2.3.255', 'ipv6')
log('v4 vs mapped range', c3.check('1.2.3.4'))
d3 = net.BlockList()
d3.addRange('1.2.3.0', '1.2.3.255')
log('mapped vs v4 range', d3.check('::ffff:1.2.3.4', 'ipv6'))
d3.addSubnet('5.6.0.0', 16)
log('mapped vs v4 subnet', d3.check('::ffff:5.6.7.8', 'ipv6'))
log(d3.check('::ffff:5.7.7.8', 'ipv6'))
e3 = net.BlockList()
e3.addAddress('::ffff:9.9.9.9', 'ipv6')
log('v4 vs mapped addr', e3.check('9.9.9.9'))
log(json.dumps(e3.rules, separators=(',', ':')))
e3.addAddress('0:0:0:0:0:0:0:1', 'ipv6')
e3.addAddress('FE80::1', 'ipv6')
log(json.dumps(e3.rules, separators=(',', ':')), e3.check('::1', 'ipv6'), e3.check('fe80::1', 'ipv6'))
log(len(net.BlockList().rules), json.dumps(net.BlockList().toJSON()))
for arg in (['Foo: bar'], 5):
    try:
        net.BlockList().fromJSON(arg)
        log('no throw')
    except Exception as err:
        log(err.code, err.message)
