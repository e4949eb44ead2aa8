// Argument errors thrown synchronously, with Node's codes and messages.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const t = (f) => { try { f(); log('no throw'); } catch (e) { log(e.name, e.code, e.message); } };
t(() => net.connect({}));
t(() => net.connect({ port: 70000 }));
t(() => net.connect({ port: -1 }));
t(() => net.connect({ port: 'abc' }));
t(() => net.connect({ port: true }));
t(() => net.connect({ port: 80, localAddress: 'foo' }));
t(() => net.createServer().listen(70000));
t(() => net.createServer().listen({}));
t(() => net.createServer().listen({ host: 'x' }));
t(() => { const s = net.createServer(); s.listen(0, '127.0.0.1'); s.listen(0); s.close(); });
t(() => { const s = net.connect(1, '127.0.0.1'); s.on('error', () => {}); try { s.setTimeout(-1); } finally { s.destroy(); } });
t(() => { const s = net.connect(1, '127.0.0.1'); s.on('error', () => {}); try { s.setTimeout(Infinity); } finally { s.destroy(); } });
t(() => new net.Server(5));
