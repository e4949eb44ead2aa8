// createConnection's timeout option and setTimeout: 'timeout' after idleness, the socket stays open until destroyed.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => { watch('S', c); });
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', timeout: 5000 });
  log('timeout prop', c.timeout);
  watch('C', c);
  // a short idle time only once connected (connecting may be slow on a loaded machine)
  c.on('connect', () => c.setTimeout(30));
  let n = 0;
  c.on('timeout', () => {
    n++;
    log('C timeout prop', c.timeout, c.destroyed, c.readyState);
    if (n === 1) { c.write('x'); return; }
    c.setTimeout(0);
    log('after setTimeout(0)', c.timeout);
    c.destroy();
    server.close();
  });
});
