"""net.md "Class: net.BlockList" and "Class: net.SocketAddress", for the
implementation in nodehttp/_netaddr.py.

Expected values are the doc's or Node 24's (the same cases, and more, run side
by side in tests/differential/scenarios/blocklist_*).
"""

import json

import pytest

from nodehttp._netaddr import BlockList, SocketAddress


def err(fn):
    with pytest.raises(Exception) as info:
        fn()
    e = info.value
    return (e.name, e.code, e.message)


@pytest.mark.spec("net.md", "blockList.addAddress(address[, type])", "blockList.rules")
def test_add_address_and_rules():
    """"Adds a rule to block the given IP address"; rules: "The list of rules
    added to the blocklist" (Node 24: newest first, addresses as inet_ntop prints them)."""
    b = BlockList()
    b.addAddress('123.123.123.123')
    b.addAddress('0:0:0:0:0:0:0:1', 'IPv6')
    b.addAddress(SocketAddress({'address': 'FE80::A:b', 'family': 'ipv6'}))
    assert b.rules == ['Address: IPv6 fe80::a:b', 'Address: IPv6 ::1', 'Address: IPv4 123.123.123.123']
    assert err(lambda: b.addAddress('1.2.3')) == ('Error', 'ERR_INVALID_ADDRESS', 'Invalid socket address')
    assert err(lambda: b.addAddress('1.2.3.4', 5)) == (
        'TypeError', 'ERR_INVALID_ARG_TYPE', 'The "family" argument must be of type string. Received type number (5)')
    assert err(lambda: b.addAddress('1.2.3.4', 'ipv5')) == (
        'TypeError', 'ERR_INVALID_ARG_VALUE', "The property 'options.family' is invalid. Received 'ipv5'")


@pytest.mark.spec("net.md", "blockList.addRange(start, end[, type])")
def test_add_range():
    """"Adds a rule to block a range of IP addresses from start (inclusive) to end (inclusive)"."""
    b = BlockList()
    b.addRange('10.0.0.1', '10.0.0.10')
    assert [b.check(a) for a in ('10.0.0.0', '10.0.0.1', '10.0.0.10', '10.0.0.11')] == [False, True, True, False]
    assert err(lambda: b.addRange('10.0.0.10', '10.0.0.1')) == (
        'TypeError', 'ERR_INVALID_ARG_VALUE',
        "The argument 'start' must come before end. Received SocketAddress "
        "{ address: '10.0.0.10', port: 0, family: 'ipv4', flowlabel: 0 }")


@pytest.mark.spec("net.md", "blockList.addSubnet(net, prefix[, type])")
def test_add_subnet():
    """"Adds a rule to block a range of IP addresses specified as a subnet mask";
    prefix: "The number of CIDR prefix bits" (Node 24: an int32 in 0..32 / 0..128)."""
    b = BlockList()
    b.addSubnet('10.1.2.3', 8)
    b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6')
    assert b.rules == ['Subnet: IPv6 8592:757c:efae:4e45::/64', 'Subnet: IPv4 10.1.2.3/8']
    assert b.check('10.255.0.1') and not b.check('11.0.0.0')
    assert err(lambda: b.addSubnet('1.2.3.4', 33))[2] == (
        'The value of "prefix" is out of range. It must be >= 0 && <= 32. Received 33')
    assert err(lambda: b.addSubnet('1.2.3.4', 1.5))[2] == (
        'The value of "prefix" is out of range. It must be an integer. Received 1.5')
    assert err(lambda: b.addSubnet('1.2.3.4', 'x'))[1] == 'ERR_INVALID_ARG_TYPE'


@pytest.mark.spec("net.md", "blockList.check(address[, type])")
def test_check_across_families():
    """The doc's example: "Prints: true" for an IPv4 address blocked as its
    IPv4-mapped IPv6 form and back; an invalid address is not blocked."""
    b = BlockList()
    b.addAddress('123.123.123.123')
    b.addRange('10.0.0.1', '10.0.0.10')
    b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6')
    assert b.check('123.123.123.123') is True
    assert b.check('10.0.0.3') is True
    assert b.check('222.111.111.222') is False
    assert b.check('8592:757c:efae:4e45::f', 'IPv6') is True
    assert b.check('::ffff:7b7b:7b7b', 'ipv6') is True
    assert b.check('::ffff:123.123.123.123', 'ipv6') is True
    assert (b.check('zz'), b.check('1.2.3.4', 'ipv7')) == (False, False)
    every6 = BlockList()
    every6.addSubnet('::', 0, 'ipv6')
    every4 = BlockList()
    every4.addSubnet('0.0.0.0', 0)
    assert (every6.check('1.2.3.4'), every4.check('::9', 'ipv6'), every4.check('::ffff:9.9.9.9', 'ipv6')) == (
        True, False, True)


@pytest.mark.spec("net.md", "BlockList.isBlockList(value)")
def test_is_block_list():
    """"Returns true if the value is a net.BlockList"."""
    assert BlockList.isBlockList(BlockList()) is True
    assert BlockList.isBlockList({}) is False


@pytest.mark.spec("net.md", "blockList.toJSON()", "blockList.fromJSON(value)")
def test_json_round_trip():
    """toJSON() gives the rules; fromJSON() takes that list or its JSON text
    (Node 24: adds them in the order given, skips unreadable entries, and
    rejects anything but strings)."""
    b = BlockList()
    b.addAddress('1.1.1.1')
    b.addRange('::1', '::5', 'ipv6')
    b.addSubnet('192.168.0.0', 16)
    assert b.toJSON() == ['Subnet: IPv4 192.168.0.0/16', 'Range: IPv6 ::1-::5', 'Address: IPv4 1.1.1.1']
    c = BlockList()
    c.fromJSON(json.dumps(b.toJSON()))
    assert c.rules == list(reversed(b.rules))
    d = BlockList()
    d.fromJSON(['bad', 'Address: IPv4 zz', 'Address: IPv6 2001:db8::1'])
    assert d.rules == ['Address: IPv6 2001:db8::1']
    assert err(lambda: d.fromJSON(['Address: IPv4 9.9.9.9', 5]))[2] == (
        'The "data" argument must be of type string or string[]. Received an instance of Array')


@pytest.mark.spec("net.md", "new net.SocketAddress([options])", "socketaddress.address", "socketaddress.family",
                  "socketaddress.flowlabel", "socketaddress.port")
def test_socket_address():
    """Defaults: address '127.0.0.1' (IPv4) or '::' (IPv6), port 0, family
    'ipv4', flowlabel 0; Node 24 prints the address as inet_ntop does."""
    s = SocketAddress()
    assert (s.address, s.port, s.family, s.flowlabel) == ('127.0.0.1', 0, 'ipv4', 0)
    s6 = SocketAddress({'family': 'IPv6', 'flowlabel': 5, 'port': '80'})
    assert (s6.address, s6.port, s6.family, s6.flowlabel) == ('::', 80, 'ipv6', 5)
    assert SocketAddress({'address': 'fe80::1%eth0', 'family': 'ipv6'}).address == 'fe80::1'
    assert SocketAddress({'address': '::ffff:0:0', 'family': 'ipv6'}).toJSON() == {
        'address': '::ffff:0.0.0.0', 'port': 0, 'family': 'ipv6', 'flowlabel': 0}
    assert err(lambda: SocketAddress({'address': '01.2.3.4'}))[1] == 'ERR_INVALID_ADDRESS'
    assert err(lambda: SocketAddress({'port': 65536}))[2] == (
        'options.port should be >= 0 and < 65536. Received type number (65536).')
    assert err(lambda: SocketAddress({'flowlabel': 1.5}))[2] == (
        'The value of "options.flowlabel" is out of range. It must be an integer. Received 1.5')
    assert err(lambda: SocketAddress(5))[2] == (
        'The "options" argument must be of type object. Received type number (5)')


@pytest.mark.spec("net.md", "SocketAddress.parse(input)")
def test_socket_address_parse():
    """"An input string containing an IP address and optional port, e.g.
    123.1.2.3:1234 or [1::1]:1234"; "Returns a SocketAddress if parsing was
    successful. Otherwise returns undefined".  Node 24 reads it as a URL host."""
    r = SocketAddress.parse('123.1.2.3:1234')
    assert (r.address, r.port, r.family) == ('123.1.2.3', 1234, 'ipv4')
    r = SocketAddress.parse('[1::1]:1234')
    assert (r.address, r.port, r.family) == ('1::1', 1234, 'ipv6')
    assert SocketAddress.parse('127.1:5').address == '127.0.0.1'
    assert SocketAddress.parse('1.2.3.4:80').port == 0          # http's default port, as Node 24
    for bad in ('::1', 'zz', 'localhost:80', '1.2.3.4:99999', '[fe80::1%25eth0]:1', ' 1.2.3.4:5'):
        assert SocketAddress.parse(bad) is None, bad
