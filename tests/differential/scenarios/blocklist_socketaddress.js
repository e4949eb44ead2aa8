// net.SocketAddress: defaults, normalisation, option errors, toJSON, and
// SocketAddress.parse() reading its input as a URL host (so 127.1 is
// 127.0.0.1, and port 80, http's default, reads as 0 in Node 24).
const { SocketAddress } = require('node:net');
const log = (s) => console.log(s);
const j = (v) => JSON.stringify(v);
const s = new SocketAddress({ address: '1.2.3.4', port: 80 });
log(`${s.address} ${s.port} ${s.family} ${s.flowlabel} ${j(s.toJSON())} ${j(s)}`);
const s6 = new SocketAddress({ family: 'ipv6', flowlabel: 5 });
log(`${s6.address} ${s6.port} ${s6.family} ${s6.flowlabel}`);
log(`${new SocketAddress().address} ${j(new SocketAddress({}))}`);
log(`${SocketAddress.isSocketAddress(s)} ${SocketAddress.isSocketAddress({})} ${SocketAddress.isSocketAddress(s.toJSON())}`);
for (const o of [{ family: 'IPv6' }, { family: 'IPV4', address: '1.1.1.1' }, { port: '80' }, { port: 1.5 },
  { flowlabel: 1.5 }, { flowlabel: 2 ** 32 }, { address: 5 }, { family: 5 }, { port: -1 }, { port: 65536 },
  { address: 'zz' }, { family: 'ipv5' }, { address: '01.2.3.4' }, { address: '1.2.3.4 ' }, { address: '::1' },
  { address: '1.2.3.4', family: 'ipv6' }, { address: '::ffff:1.2.3.4', family: 'ipv6' },
  { address: '0:0:0:0:0:0:0:1', family: 'ipv6' }, { address: 'FE80::A:b', family: 'ipv6' },
  { address: 'fe80::1%eth0', family: 'ipv6' }, { address: '::ffff:0:0', family: 'ipv6' }]) {
  try { log(`${j(o)} -> ${j(new SocketAddress(o))}`); } catch (e) { log(`${j(o)} -> ${e.name} ${e.code} ${e.message}`); }
}
for (const o of [5, 'x']) {
  try { new SocketAddress(o); } catch (e) { log(`${e.name} ${e.code} ${e.message}`); }
}
for (const i of ['1.2.3.4:80', '[::1]:8080', '1.2.3.4', '::1', 'zz', '[::ffff:1.2.3.4]:1', '1.2.3.4:99999',
  'http://1.2.3.4:5', '127.1:5', '0x7f.1:6', 'localhost:80', '[::1]', ':80', '1.2.3.4:', '1.2.3.4:0',
  '1.2.3.4:65535', '[::FFFF:1.2.3.4]:5', '1.2.3.4/x', ' 1.2.3.4:5', '1.2.3.4:5 ', '1.2.3.4:08',
  '[1::2::3]:4', '256.1.1.1', '4294967295:1', '1.2.3.4:http', 'a@1.2.3.4:7', '[fe80::1%25eth0]:1',
  '[::1]:443', '1.2.3.4.:9', '010.0x10.1:2', '1.2.3.4?q:5', '[::1]x']) {
  const r = SocketAddress.parse(i); log(`${j(i)} ${r === undefined ? 'undefined' : j(r)}`);
}
try { SocketAddress.parse(5); } catch (e) { log(`${e.code} ${e.message}`); }
