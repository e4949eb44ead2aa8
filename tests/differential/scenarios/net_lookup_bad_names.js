// Names the resolver rejects: a name of 256 bytes or more fails at once (EINVAL); a long label or an empty one is not found (ENOTFOUND).
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const hosts = ['a..b', 'x'.repeat(64) + '.example', 'y'.repeat(300)];
function next() {
  const host = hosts.shift();
  if (host === undefined) return;
  const c = net.connect({ port: 80, host });
  c.on('lookup', (e, ...rest) => log('lookup', e.code, ...rest.map((x) => (typeof x === 'string' ? x.length : x))));
  c.on('error', (e) => log('error', e.code, e.errno, e.syscall, e.hostname.length, e.message.length));
  c.on('close', (h) => { log('close', h); next(); });
}
next();
