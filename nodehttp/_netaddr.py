"""net.BlockList and net.SocketAddress (doc: ../shared/spec/node/net.md).

Addresses are validated and printed as Node does (inet_pton / inet_ntop;
an IPv6 zone ``%eth0`` is accepted and dropped).  A BlockList keeps its
rules newest first, as ``blockList.rules`` lists them.  ``check()`` also
matches across families through IPv4-mapped IPv6 addresses
(``::ffff:a.b.c.d``), as Node 24 does: an IPv4 address is checked against
IPv6 rules as its mapped form, and a mapped IPv6 address against IPv4 rules.
"""

import json
import re
import socket

from . import errors

__all__ = ['BlockList', 'SocketAddress']

_FAMILIES = {'ipv4': socket.AF_INET, 'ipv6': socket.AF_INET6}
_MAPPED = 0xFFFF << 32


class _InvalidAddress(errors.NodeError):
    code = 'ERR_INVALID_ADDRESS'

    def __init__(self):
        errors.NodeError.__init__(self, 'Invalid socket address')


def _pton(family, address):
    """(int value, canonical text) of `address`, or None when invalid."""
    if family == 'ipv6':
        text = address.split('%', 1)[0] if '%' in address else address
        try:
            raw = socket.inet_pton(socket.AF_INET6, text)
        except (OSError, ValueError):
            return None
        return int.from_bytes(raw, 'big'), socket.inet_ntop(socket.AF_INET6, raw)
    try:
        raw = socket.inet_pton(socket.AF_INET, address)
    except (OSError, ValueError):
        return None
    return int.from_bytes(raw, 'big'), socket.inet_ntop(socket.AF_INET, raw)


def _validate_uint32(value, name):
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise errors.ERR_INVALID_ARG_TYPE(name, 'number', value)
    if value != value or value in (float('inf'), float('-inf')) or value != int(value):
        raise errors.ERR_OUT_OF_RANGE(name, 'an integer', value)
    if not 0 <= value <= 4294967295:
        raise errors.ERR_OUT_OF_RANGE(name, '>= 0 && <= 4294967295', value)
    return int(value)


def _validate_string(value, name):
    if not isinstance(value, str):
        raise errors.ERR_INVALID_ARG_TYPE(name, 'string', value)


class SocketAddress:
    """Class: net.SocketAddress: ``address``, ``port``, ``family`` ('ipv4' or
    'ipv6'), ``flowlabel``; ``toJSON()``; ``SocketAddress.parse(input)``,
    ``SocketAddress.isSocketAddress(value)``."""

    def __init__(self, options=None, **kwargs):
        if options is None and not kwargs:
            options = {}
        elif options is None:
            options = {}
        if not isinstance(options, dict):
            raise errors.ERR_INVALID_ARG_TYPE('options', 'object', options)
        if kwargs:
            options = dict(options, **kwargs)
        family = options.get('family')
        if family is None:
            family = 'ipv4'
        fam = family.lower() if isinstance(family, str) else None
        if fam not in _FAMILIES:
            raise errors.ERR_INVALID_ARG_VALUE('options.family', family)
        address = options.get('address')
        if address is None:
            address = '127.0.0.1' if fam == 'ipv4' else '::'
        _validate_string(address, 'options.address')
        port = options.get('port')
        port = 0 if port is None else _port(port)
        flowlabel = options.get('flowlabel')
        flowlabel = 0 if flowlabel is None else _validate_uint32(flowlabel, 'options.flowlabel')
        parsed = _pton(fam, address)
        if parsed is None:
            raise _InvalidAddress()
        # plain attributes, in Node's order (util.inspect / error messages
        # show them as Node does): socketaddress.address, .port, .family
        # ('ipv4' or 'ipv6'), .flowlabel
        self.address = parsed[1]
        self.port = port
        self.family = fam
        self.flowlabel = flowlabel
        self._value = parsed[0]

    def toJSON(self):
        """The plain-object form: {'address', 'port', 'family', 'flowlabel'}."""
        return {'address': self.address, 'port': self.port, 'family': self.family,
                'flowlabel': self.flowlabel}

    @staticmethod
    def isSocketAddress(value):
        """SocketAddress.isSocketAddress(value)"""
        return isinstance(value, SocketAddress)

    @staticmethod
    def parse(input):
        """SocketAddress.parse(input): 'ip:port' or '[ipv6]:port' as a URL host
        would be read (so '127.1:5' is 127.0.0.1 port 5, and port 80 is read as
        the http default, 0, as in Node 24); None when it is not an IP address."""
        _validate_string(input, 'input')
        hostport = _url_hostport(input)
        if hostport is None:
            return None
        host, port = hostport
        try:
            if host.startswith('['):
                return SocketAddress({'address': host[1:-1], 'port': port, 'family': 'ipv6'})
            return SocketAddress({'address': host, 'port': port})
        except errors.NodeError:
            return None

    def __eq__(self, other):
        return (isinstance(other, SocketAddress)
                and self.toJSON() == other.toJSON())

    def __hash__(self):
        return hash((self.address, self.port, self.family, self.flowlabel))

    def __repr__(self):
        return ("SocketAddress { address: '%s', port: %d, family: '%s', flowlabel: %d }"
                % (self.address, self.port, self.family, self.flowlabel))


def _port(port):
    from .net import _validate_port
    return _validate_port(port, 'options.port')


# -- WHATWG URL host reading, for SocketAddress.parse ('http://' + input) ------

_STRIP = ''.join(chr(c) for c in range(0x21))


def _url_hostport(text):
    text = text.rstrip(_STRIP).replace('\t', '').replace('\n', '').replace('\r', '')
    end = len(text)
    for ch in '/?#\\':
        i = text.find(ch)
        if i != -1 and i < end:
            end = i
    auth = text[:end]
    at = auth.rfind('@')
    if at != -1:
        auth = auth[at + 1:]
    if auth.startswith('['):
        close = auth.find(']')
        if close == -1:
            return None
        host, rest = auth[:close + 1], auth[close + 1:]
        if (rest and not rest.startswith(':')) or '%' in host:
            return None         # the URL IPv6 parser takes no zone
        port_text = rest[1:] if rest else ''
    else:
        host, _, port_text = auth.partition(':')
        if not host:
            return None
        host = _whatwg_ipv4(host.lower())
        if host is None:
            return None
    if port_text:
        if not port_text.isdigit() or not port_text.isascii():
            return None
        port = int(port_text)
        if port > 65535:
            return None
        if port == 80:          # the scheme's default port reads as ''
            port = 0
    else:
        port = 0
    return host, port


def _whatwg_ipv4(host):
    """The WHATWG IPv4 parser (dotted parts in decimal, 0x hex or 0 octal);
    None when `host` is not an IPv4 address (a domain, which is no IP)."""
    parts = host.split('.')
    if len(parts) > 1 and parts[-1] == '':
        parts.pop()
    if len(parts) > 4:
        return None
    nums = []
    for p in parts:
        if p == '':
            return None
        base = 10
        if p[:2] in ('0x', '0X'):
            p, base = p[2:], 16
        elif len(p) > 1 and p[0] == '0':
            p, base = p[1:], 8
        if p == '':
            nums.append(0)
            continue
        try:
            if not p.isascii() or not p.isalnum():
                return None
            nums.append(int(p, base))
        except ValueError:
            return None
    if any(n > 255 for n in nums[:-1]) or nums[-1] >= 256 ** (5 - len(nums)):
        return None
    value = nums[-1]
    for i, n in enumerate(nums[:-1]):
        value += n * 256 ** (3 - i)
    return socket.inet_ntop(socket.AF_INET, value.to_bytes(4, 'big'))


# -- BlockList -----------------------------------------------------------------

def _to_socket_address(value, name, family):
    if isinstance(value, SocketAddress):
        return value
    _validate_string(value, name)
    _validate_string(family, 'family')
    return SocketAddress({'address': value, 'family': family})


def _fam_label(fam):
    return 'IPv4' if fam == 'ipv4' else 'IPv6'


def _as(fam, value, target_fam):
    """`value` of family `fam` seen in `target_fam`, or None."""
    if fam == target_fam:
        return value
    if target_fam == 'ipv6':
        return _MAPPED | value
    if value >> 32 == 0xFFFF:
        return value & 0xFFFFFFFF
    return None


class _Rule:
    __slots__ = ('kind', 'family', 'lo', 'hi', 'text')

    def __init__(self, kind, family, lo, hi, text):
        self.kind = kind
        self.family = family
        self.lo = lo
        self.hi = hi
        self.text = text


class BlockList:
    """Class: net.BlockList: rules to disallow IP addresses, ranges or subnets."""

    def __init__(self):
        self._rules = []            # oldest first; `rules` lists newest first

    @staticmethod
    def isBlockList(value):
        """BlockList.isBlockList(value)"""
        return isinstance(value, BlockList)

    def addAddress(self, address, type='ipv4'):
        """blockList.addAddress(address[, type]): `address` a str or SocketAddress."""
        sa = _to_socket_address(address, 'address', type)
        self._rules.append(_Rule('address', sa.family, sa._value, sa._value,
                                 'Address: %s %s' % (_fam_label(sa.family), sa.address)))

    def addRange(self, start, end, type='ipv4'):
        """blockList.addRange(start, end[, type]): inclusive; start must not come after end."""
        start = _to_socket_address(start, 'start', type)
        end = _to_socket_address(end, 'end', type)
        hi = _as(end.family, end._value, start.family)
        if hi is None:
            hi = end._value
        if start._value > hi:
            # Node inspects a SocketAddress as 'SocketAddress ' + its toJSON()
            err = errors.ERR_INVALID_ARG_VALUE('start', start.toJSON(), 'must come before end')
            err.message = err.message.replace('Received {', 'Received SocketAddress {', 1)
            err.args = (err.message,)
            raise err
        self._rules.append(_Rule('range', start.family, start._value, hi, 'Range: %s %s-%s' % (
            _fam_label(start.family), start.address, end.address)))

    def addSubnet(self, net, prefix, type='ipv4'):
        """blockList.addSubnet(net, prefix[, type])"""
        sa = _to_socket_address(net, 'network', type)
        bits = 32 if sa.family == 'ipv4' else 128
        if isinstance(prefix, bool) or not isinstance(prefix, (int, float)):
            raise errors.ERR_INVALID_ARG_TYPE('prefix', 'number', prefix)
        if prefix != prefix or prefix in (float('inf'), float('-inf')) or prefix != int(prefix):
            raise errors.ERR_OUT_OF_RANGE('prefix', 'an integer', prefix)
        if not 0 <= prefix <= bits:
            raise errors.ERR_OUT_OF_RANGE('prefix', '>= 0 && <= %d' % bits, prefix)
        prefix = int(prefix)
        host = (1 << (bits - prefix)) - 1
        lo = sa._value & ~host
        self._rules.append(_Rule('subnet', sa.family, lo, lo | host, 'Subnet: %s %s/%d' % (
            _fam_label(sa.family), sa.address, prefix)))

    def check(self, address, type='ipv4'):
        """blockList.check(address[, type]): True if a rule matches; an
        invalid address is simply not blocked (False)."""
        if not isinstance(address, SocketAddress):
            _validate_string(address, 'address')
            _validate_string(type, 'family')
            try:
                address = SocketAddress({'address': address, 'family': type})
            except errors.NodeError:
                return False
        fam, value = address.family, address._value
        for rule in self._rules:
            v = _as(fam, value, rule.family)
            if v is not None and rule.lo <= v <= rule.hi:
                return True
        return False

    @property
    def rules(self):
        """blockList.rules: the rules as strings, most recently added first."""
        return [r.text for r in reversed(self._rules)]

    def toJSON(self):
        """blockList.toJSON(): the `rules` list (what JSON.stringify shows)."""
        return self.rules

    def fromJSON(self, value):
        """blockList.fromJSON(value): adds the rules of a toJSON() list (or its
        JSON text) in the order given; unreadable entries are skipped."""
        if isinstance(value, str):
            value = json.loads(value)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise errors.ERR_INVALID_ARG_TYPE('data', ['string', 'string[]'], value)
        for item in value:
            self._add_rule_text(item)

    def _add_rule_text(self, item):
        if 'IPv4' in item:
            m = _V4_SUBNET.search(item)
            if m:
                self.addSubnet(m.group(1), int(m.group(2)))
                return
            m = _V4_ADDRESS.search(item)
            if m:
                self.addAddress(m.group(1))
                return
            m = _V4_RANGE.search(item)
            if m:
                self.addRange(m.group(1), m.group(2))
                return
        if 'IPv6' in item:
            m = _V6_SUBNET.search(item)
            if m:
                self.addSubnet(m.group(1), int(m.group(2)), 'ipv6')
                return
            m = _V6_ADDRESS.search(item)
            if m:
                self.addAddress(m.group(1), 'ipv6')
                return
            m = _V6_RANGE.search(item)
            if m:
                self.addRange(m.group(1), m.group(2), 'ipv6')

    def __repr__(self):
        return 'BlockList { rules: %r }' % (self.rules,)


_V4 = r'(\d{1,3}(?:\.\d{1,3}){3})'
_V4_SUBNET = re.compile(r'Subnet: IPv4 %s/(\d{1,2})' % _V4)
_V4_ADDRESS = re.compile(r'Address: IPv4 %s' % _V4)
_V4_RANGE = re.compile(r'Range: IPv4 %s-%s' % (_V4, _V4))
_V6 = r'([0-9a-fA-F:]*:[0-9a-fA-F:]*)'
_V6_SUBNET = re.compile(r'Subnet: IPv6 %s/(\d{1,3})' % _V6)
_V6_ADDRESS = re.compile(r'Address: IPv6 %s' % _V6)
_V6_RANGE = re.compile(r'Range: IPv6 %s-%s' % (_V6, _V6))
