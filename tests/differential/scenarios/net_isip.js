// net.isIP / isIPv4 / isIPv6 on addresses and near misses.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const inputs = ['::1', '127.0.0.1', '127.000.000.001', '127.0.0.1/24', 'fhqwhgads', '', '1.2.3', '1.2.3.4.5',
  '255.255.255.255', '256.1.1.1', '01.2.3.4', '0.0.0.0', '::', ':', ':::', '1::', '::1:2', '1:2:3:4:5:6:7:8',
  '1:2:3:4:5:6:7::', '::2:3:4:5:6:7:8', '1:2:3:4:5:6:7:8:9', '1::2::3', 'fe80::1%eth0', 'fe80::1%', '::ffff:1.2.3.4',
  '::ffff:01.2.3.4', '1:2:3:4:5:6:1.2.3.4', '1:2:3:4:5:6:7:1.2.3.4', '1::1.2.3.4', 'gggg::1', '12345::1', 'FFFF::1',
  '2001:db8::ff00:42:8329', '::1 ', ' ::1', '1.2.3.4 ', '[::1]', 'localhost'];
for (const s of inputs) log(JSON.stringify(s), net.isIP(s), net.isIPv4(s), net.isIPv6(s));
