// net.BlockList: addAddress/addRange/addSubnet, rules (newest first),
// check() including IPv4-mapped IPv6 matching across families, argument
// errors, toJSON/fromJSON round trips, isBlockList.
const { BlockList, SocketAddress } = require('node:net');
const log = (s) => console.log(s);
const j = (v) => JSON.stringify(v);
const b = new BlockList();
b.addAddress('123.123.123.123');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addSubnet('192.168.0.0', 16);
b.addAddress('::1', 'ipv6');
b.addAddress('::ffff:1.2.3.4', 'IPv6');
log(j(b.rules));
log(j(b.toJSON()));
log(j(b));
log([b.check('123.123.123.123'), b.check('10.0.0.3'), b.check('222.111.111.222'),
  b.check('8592:757c:efae:4e45::f', 'IPv6'), b.check('8592:757c:efae:4f45::f', 'ipv6')].join(' '));
log([b.check('::ffff:7b7b:7b7b', 'ipv6'), b.check('::ffff:123.123.123.123', 'ipv6'), b.check('1.2.3.4'),
  b.check('::ffff:10.0.0.5', 'ipv6'), b.check('192.168.255.255'), b.check('192.169.0.0')].join(' '));
const cases = [
  ['addAddress bad', () => b.addAddress('1.2.3')],
  ['addAddress family', () => b.addAddress('1.2.3.4', 'ipv5')],
  ['addAddress number', () => b.addAddress(5)],
  ['addAddress family number', () => b.addAddress('1.2.3.4', 5)],
  ['addSubnet 33', () => b.addSubnet('1.2.3.4', 33)],
  ['addSubnet 129', () => b.addSubnet('::', 129, 'ipv6')],
  ['addSubnet 1.5', () => b.addSubnet('1.2.3.4', 1.5)],
  ['addSubnet str', () => b.addSubnet('1.2.3.4', 'x')],
  ['addRange reversed', () => b.addRange('10.0.0.10', '10.0.0.1')],
  ['addRange mixed', () => b.addRange('1.2.3.4', '::1')],
  ['check zz', () => b.check('zz')],
  ['check family', () => b.check('1.2.3.4', 'ipv6')],
  ['check bad family', () => b.check('1.2.3.4', 'ipv7')],
  ['check number', () => b.check(5)],
  ['addAddress ipv6 as ipv4', () => b.addAddress('::1')],
  ['fromJSON number', () => b.fromJSON(5)],
  ['fromJSON mixed', () => b.fromJSON(['Address: IPv4 9.9.9.9', 5])],
  ['fromJSON junk', () => b.fromJSON(['bad'])],
];
for (const [name, f] of cases) {
  try { log(`${name}: ok ${f()}`); } catch (e) { log(`${name}: ${e.name} ${e.code} ${e.message}`); }
}
log(`${BlockList.isBlockList(b)} ${BlockList.isBlockList({})} ${BlockList.isBlockList(null)}`);
const c = new BlockList(); c.fromJSON(b.toJSON()); log(j(c.rules));
const d = new BlockList(); d.fromJSON(JSON.stringify(b.toJSON())); log(j(d.rules));
for (const item of [['Address: IPv6 2001:db8::1'], ['Range: IPv6 ::1-::5'], ['Subnet: IPv4 10.0.0.0/8'],
  ['Address: IPv4 zz'], ['Address:  IPv4 1.2.3.4'], ['Subnet: IPv6 ::ffff:0:0/96'], ['Subnet: IPv6 2001:db8:1234::/48']]) {
  const x = new BlockList(); x.fromJSON(item); log(`${j(item)} -> ${j(x.rules)}`);
}
for (const item of [['Subnet: IPv4 10.0.0.0/40'], ['Range: IPv4 1.2.3.9-1.2.3.1']]) {
  try { new BlockList().fromJSON(item); } catch (e) { log(`${j(item)} ${e.code} ${e.message}`); }
}
const e = new BlockList(); e.addSubnet('::', 0, 'ipv6'); log(`${e.check('1.2.3.4')} ${e.check('::9', 'ipv6')}`);
const f = new BlockList(); f.addSubnet('0.0.0.0', 0);
log(`${f.check('1.2.3.4')} ${f.check('::9', 'ipv6')} ${f.check('::ffff:9.9.9.9', 'ipv6')}`);
const g = new BlockList(); g.addSubnet('10.1.2.3', 8); g.addRange('1.0.0.0', '2.0.0.0'); g.addAddress('::ffff:5.5.5.5', 'ipv6');
log(`${j(g.rules)} ${g.check('10.200.0.0')} ${g.check('1.5.5.5')} ${g.check('5.5.5.5')} ${g.check('2.0.0.1')}`);
const sa = new SocketAddress({ address: '1.2.3.4', port: 80 });
g.addAddress(sa); log(`${g.rules[0]} ${g.check(sa)} ${g.check(new SocketAddress({ address: '::ffff:1.2.3.4', family: 'ipv6' }))}`);
g.addRange(new SocketAddress({ address: '::1', family: 'ipv6' }), new SocketAddress({ address: '::3', family: 'ipv6' }));
log(`${g.rules[0]} ${g.check('::2', 'ipv6')} ${g.check('::4', 'ipv6')}`);
log(j(new BlockList().rules));
