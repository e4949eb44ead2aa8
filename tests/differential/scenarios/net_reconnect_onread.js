// A closed socket can connect() again (counters restart); the onread option reads into the user's buffer instead of 'data'.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => { c.end('hello'); c.resume(); });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = new net.Socket();
  let n = 0;
  c.on('connect', () => log('connect', n, c.readyState));
  c.on('data', (d) => log('data', d));
  c.on('end', () => log('end'));
  c.on('close', (h) => {
    log('close', h, c.destroyed, c.readyState, c.bytesRead, c.bytesWritten);
    if (++n < 2) {
      c.connect(port, '127.0.0.1');
      log('reconnecting', c.destroyed, c.connecting, c.readyState);
    } else {
      const buf = Buffer.alloc(3);
      const d = net.connect({ port, host: '127.0.0.1', onread: { buffer: buf, callback: (nread, b) => { log('onread', nread, b === buf, b.toString('latin1', 0, nread)); } } });
      d.on('data', () => log('data on onread socket?!'));
      d.on('end', () => log('d end'));
      d.on('close', (h) => { log('d close', h, d.bytesRead); server.close(); });
    }
  });
  c.connect(port, '127.0.0.1');
});
