// The signal options: abort() destroys a socket with an AbortError (cause = the reason) and closes a listening server.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => { c.resume(); c.on('close', () => log('S close')); });
const ac = new AbortController();
server.on('close', () => log('server close'));
server.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
  const cc = new AbortController();
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', signal: cc.signal });
  c.on('connect', () => { log('connect'); cc.abort(); log('aborted sync', c.destroyed); });
  c.on('error', (e) => log('C error', e.name, e.code, e.message, e.cause === cc.signal.reason));
  c.on('close', (h) => { log('C close', h); ac.abort(); log('server listening', server.listening); });
  const d = new net.Socket({ signal: AbortSignal.abort() });
  d.on('error', (e) => log('D error', e.code));
  d.on('close', (...a) => log('D close', a.length));
});
try { net.connect({ port: 1, signal: 5 }); } catch (e) { log(e.code, e.message); }
