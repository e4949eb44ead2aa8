// A Unix socket server: address() is the path, sockets have no IP fields, close() unlinks the file.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const fs = require('fs');
const os = require('os');
const path = require('path');
const p = path.join(os.tmpdir(), `nodehttp-net-unix-${process.pid}.sock`);
const server = net.createServer((c) => {
  watch('S', c);
  log('S addr', c.remoteAddress, c.remoteFamily, c.remotePort, c.localAddress, JSON.stringify(c.address()));
  c.end('hi');
});
server.listen(p, () => {
  log('address is path', server.address() === p, fs.existsSync(p));
  const c = net.connect(p);
  watch('C', c);
  c.on('connect', () => log('C addr', c.remoteAddress, c.localAddress, JSON.stringify(c.address())));
  c.on('close', () => server.close(() => log('closed', fs.existsSync(p), server.address() === p)));
  let threw;
  try { c.resetAndDestroy(); } catch (e) { threw = e; }
  log('resetAndDestroy', threw);
});
