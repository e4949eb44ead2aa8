// The peer ended: with allowHalfOpen false a write in 'end' still goes out; after our end() it is EPIPE.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => {
  watch('S', c);
  c.on('close', () => server.close());
  c.end('bye');
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  watch('C', c);
  c.on('end', () => {
    log('write ret', c.write('more', (e) => log('write cb', e)));
    process.nextTick(() => {
      log('ended', c.writableEnded);
      log('write2 ret', c.write('again', (e) => log('write2 cb', e)));
      log('destroyed', c.destroyed);
    });
  });
});
