// EADDRINUSE: Node's message; with a host the error comes a tick later (lookup) than without.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const port = a.address().port;
  const b = net.createServer();
  b.on('error', (e) => {
    log('error', e.name, e.code, e.errno, e.syscall, e.address, e.port === port, e.message.replace(String(port), 'PORT'), b.listening);
    a.close(() => log('a closed'));
  });
  b.on('listening', () => log('listening?!'));
  b.listen(port, '127.0.0.1');
  log('after listen', b.listening, b.address());
  const c = net.createServer();
  c.on('error', (e) => log('error2', e.code, e.address, e.message.replace(String(port), 'PORT')));
  c.listen(port);
  const d = net.createServer();
  d.on('error', (e) => log('error3', e.code, e.address, e.message.replace(String(port), 'PORT')));
  d.listen({ port, host: '127.0.0.1', exclusive: true });
});
