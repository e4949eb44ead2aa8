// server.close() while a connection is open: 'close' waits for it; a second close(cb) gets ERR_SERVER_NOT_RUNNING.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => {
  watch('S', c);
  server.close((e) => log('close cb', e));
  log('after close', server.listening, server.address());
  server.getConnections((e, n) => log('getConnections', e, n));
  server.close((e) => log('close cb2', e));
  setTimeout(() => c.end(), 20);
});
server.on('close', () => log('server close'));
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  watch('C', c);
});
