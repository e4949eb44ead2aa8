// ECONNREFUSED: 'connectionAttempt', 'connectionAttemptFailed', 'error' with Node's fields, 'close' true.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  const P = (x) => typeof x === 'string' ? x.split(String(port)).join('PORT') : x === port ? 'PORT' : x;
  probe.close(() => {
    const c = net.connect(port, '127.0.0.1');
    for (const ev of ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'ready', 'error', 'close'])
      c.on(ev, (...a) => log('C', ev, ...a.map((x) => x instanceof Error ? P(fmt(x)) : P(x))));
    c.on('error', (e) => log('fields', e.address, P(e.port), e instanceof Error, c.destroyed, c.readyState, c.connecting, c.pending));
    log('sync', c.connecting, c.pending, c.readyState);
  });
});
