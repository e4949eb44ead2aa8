// resetAndDestroy(): RST, so the peer sees ECONNRESET; while connecting it waits for 'connect'.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => {
  watch('S', c);
  c.on('close', () => { if (++closed === 2) server.close(); });
});
let closed = 0;
server.listen(0, '127.0.0.1', () => {
  const a = net.connect({ port: server.address().port, host: '127.0.0.1' });
  watch('A', a);
  a.on('connect', () => { a.resetAndDestroy(); log('A destroyed', a.destroyed); });
  a.on('close', () => {
    const b = net.connect({ port: server.address().port, host: '127.0.0.1' });
    watch('B', b);
    b.resetAndDestroy();
    log('B destroyed', b.destroyed);
  });
});
