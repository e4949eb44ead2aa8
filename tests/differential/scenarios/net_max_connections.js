// maxConnections: connections over the limit are closed and 'drop' is emitted with the addresses.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => { log('connection'); c.on('close', () => log('S close')); });
log('default', server.maxConnections);
server.maxConnections = 1;
server.on('drop', (d) => {
  log('drop', Object.keys(d).join(','), d.localAddress, d.localFamily, d.remoteAddress, d.remoteFamily,
    d.localPort === server.address().port, typeof d.remotePort);
});
server.listen(0, '127.0.0.1', () => {
  const a = net.connect({ port: server.address().port, host: '127.0.0.1' });
  a.on('connect', () => {
    const b = net.connect({ port: server.address().port, host: '127.0.0.1' });
    watch('B', b);
    b.on('close', () => {
      a.destroy();
      server.maxConnections = 0;
      const z = net.connect({ port: server.address().port, host: '127.0.0.1' });
      watch('Z', z, ['connect', 'end', 'close', 'error']);
      z.on('close', () => server.close(() => log('closed')));
    });
  });
});
