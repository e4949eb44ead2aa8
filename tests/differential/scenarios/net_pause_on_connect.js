// pauseOnConnect: the accepted socket is paused; no data until resume().
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer({ pauseOnConnect: true }, (c) => {
  watch('S', c);
  log('isPaused', c.isPaused(), c.readableFlowing);
  setTimeout(() => { log('resume', c.bytesRead); c.resume(); }, 30);
  c.on('end', () => server.close());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  c.end('xyz');
});
