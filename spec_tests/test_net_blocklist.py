"""net.md "Class: net.BlockList" and "Class: net.SocketAddress" (values as Node 24 gives them;
tests/differential/scenarios/net_blocklist.js runs the same calls under Node)."""

import pytest

from nodehttp import net


def make():
    b = net.BlockList()
    b.addAddress('123.123.123.123')
    b.addRange('10.0.0.1', '10.0.0.10')
    b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6')
    return b


@pytest.mark.spec("net.md", "blockList.addAddress(address[, type])", "blockList.addRange(start, end[, type])",
                  "blockList.addSubnet(net, prefix[, type])", "blockList.check(address[, type])")
def test_blocklist_doc_example():
    b = make()
    assert b.check('123.123.123.123') is True
    assert b.check('10.0.0.3') is True
    assert b.check('222.111.111.222') is False
    # IPv6 notation for IPv4 addresses works
    assert b.check('::ffff:7b7b:7b7b', 'ipv6') is True
    assert b.check('::ffff:123.123.123.123', 'ipv6') is True
    assert b.check('8592:757c:efae:4e45::f', 'IPv6') is True
    # an address that is not of the given type, or a bad type: false
    assert b.check('::1') is False
    assert b.check('1.2.3.4', 'ipv7') is False


@pytest.mark.spec("net.md", "blockList.rules", "blockList.toJSON()", "blockList.fromJSON(value)",
                  "BlockList.isBlockList(value)")
def test_blocklist_rules_and_json():
    b = make()
    b.addAddress('0:0:0:0:0:0:0:1', 'ipv6')
    rules = ['Address: IPv6 ::1', 'Subnet: IPv6 8592:757c:efae:4e45::/64',
             'Range: IPv4 10.0.0.1-10.0.0.10', 'Address: IPv4 123.123.123.123']
    assert b.rules == rules and b.toJSON() == rules
    c = net.BlockList()
    c.fromJSON(b.toJSON())
    assert c.rules == list(reversed(rules))
    d = net.BlockList()
    d.fromJSON('["Address: IPv4 1.1.1.1", "Foo: bar"]')
    assert d.rules == ['Address: IPv4 1.1.1.1']
    assert net.BlockList.isBlockList(b) is True and net.BlockList.isBlockList({}) is False


@pytest.mark.spec("net.md", "blockList.addRange(start, end[, type])", "blockList.addSubnet(net, prefix[, type])")
@pytest.mark.parametrize('call, code, message', [
    (lambda b: b.addAddress(1), 'ERR_INVALID_ARG_TYPE',
     'The "address" argument must be of type string. Received type number (1)'),
    (lambda b: b.addAddress('1.2.3.4', 'ipv5'), 'ERR_INVALID_ARG_VALUE',
     "The property 'options.family' is invalid. Received 'ipv5'"),
    (lambda b: b.addAddress('foo'), 'ERR_INVALID_ADDRESS', 'Invalid socket address'),
    (lambda b: b.addRange('10.0.0.10', '10.0.0.1'), 'ERR_INVALID_ARG_VALUE',
     "The argument 'start' must come before end. Received SocketAddress { address: '10.0.0.10', port: 0, "
     "family: 'ipv4', flowlabel: 0 }"),
    (lambda b: b.addSubnet('1.2.3.4', 33), 'ERR_OUT_OF_RANGE',
     'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33'),
    (lambda b: b.check(5), 'ERR_INVALID_ARG_TYPE',
     'The "address" argument must be of type string. Received type number (5)'),
])
def test_blocklist_argument_errors(call, code, message):
    with pytest.raises(Exception) as exc:
        call(net.BlockList())
    assert (exc.value.code, str(exc.value)) == (code, message)


@pytest.mark.spec("net.md", "new net.SocketAddress([options])", "socketaddress.address", "socketaddress.family",
                  "socketaddress.flowlabel", "socketaddress.port")
def test_socket_address_fields_and_defaults():
    sa = net.SocketAddress({'address': '123.123.123.123', 'port': 1234})
    assert (sa.address, sa.family, sa.port, sa.flowlabel) == ('123.123.123.123', 'ipv4', 1234, 0)
    assert sa.toJSON() == {'address': '123.123.123.123', 'port': 1234, 'family': 'ipv4', 'flowlabel': 0}
    v6 = net.SocketAddress({'family': 'ipv6'})
    assert (v6.address, v6.family, v6.port, v6.flowlabel) == ('::', 'ipv6', 0, 0)
    v4 = net.SocketAddress()
    assert (v4.address, v4.family) == ('127.0.0.1', 'ipv4')
    with pytest.raises(Exception) as exc:
        net.SocketAddress({'address': '::1'})       # family defaults to ipv4
    assert exc.value.code == 'ERR_INVALID_ADDRESS'
    with pytest.raises(ValueError) as exc:
        net.SocketAddress({'port': 70000})
    assert str(exc.value) == 'options.port should be >= 0 and < 65536. Received type number (70000).'


@pytest.mark.spec("net.md", "SocketAddress.parse(input)")
def test_socket_address_parse():
    assert net.SocketAddress.parse('[::1]:8080').toJSON() == \
        {'address': '::1', 'port': 8080, 'family': 'ipv6', 'flowlabel': 0}
    assert net.SocketAddress.parse('1.2.3.4').port == 0
    # Node parses "http://" + input: http's default port 80 reads as 0
    assert net.SocketAddress.parse('1.2.3.4:80').port == 0
    assert net.SocketAddress.parse('x') is None


@pytest.mark.spec("net.md", "blockList.check(address[, type])")
def test_blocklist_with_socket_addresses_and_mapped_forms():
    b = net.BlockList()
    sa = net.SocketAddress({'address': '123.123.123.123', 'port': 1})
    b.addAddress(sa)
    b.addSubnet(net.SocketAddress({'address': '10.1.0.0'}), 16)
    assert b.rules == ['Subnet: IPv4 10.1.0.0/16', 'Address: IPv4 123.123.123.123']
    assert b.check(sa) and b.check(net.SocketAddress({'address': '10.1.2.3'}))
    m = net.BlockList()
    m.addSubnet('::ffff:0:0', 96, 'ipv6')
    assert m.check('1.2.3.4') is True
    e = net.BlockList()
    e.addAddress('::ffff:9.9.9.9', 'ipv6')
    assert e.rules == ['Address: IPv6 ::ffff:9.9.9.9'] and e.check('9.9.9.9') is True
