// The client ends while the server is still sending a large reply: the server's 'end' arrives mid-write; it finishes its writes, then closes.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => {
  c.on('data', () => {});
  c.on('end', () => log('S end', c.writable, c.writableEnded));
  c.on('finish', () => log('S finish'));
  c.on('close', (h) => { log('S close', h); server.close(); });
  c.write(Buffer.alloc(4 * 1024 * 1024, 3));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.on('connect', () => c.end('bye'));
  c.on('finish', () => log('C finish'));
  c.on('end', () => log('C end', n));
  c.on('close', (h) => log('C close', h));
});
