// allowHalfOpen false (the default): 'end' makes the socket end its side too.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => {
  watch('S', c);
  c.on('end', () => log('S readyState', c.readyState, c.writable, c.writableEnded));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  watch('C', c);
  c.on('connect', () => c.end('req'));
  c.on('finish', () => log('C readyState', c.readyState));
  c.on('close', () => server.close());
});
