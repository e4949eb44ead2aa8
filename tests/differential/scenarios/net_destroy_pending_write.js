// destroy() with unsent data queued: the write in progress is cancelled (ECANCELED), a buffered one gets ERR_STREAM_DESTROYED; no 'error'; 'close' false.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
let peer;
const server = net.createServer((c) => {
  peer = c;
  c.pause();
  c.on('error', () => {});
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.on('error', (e) => log('C error', e));
  c.on('close', (h) => {
    log('C close', h, c.destroyed, c.writableLength);
    peer.destroy();
    server.close();
  });
  c.on('connect', () => {
    // far more than the kernel buffers hold: the rest stays queued
    log('write', c.write(Buffer.alloc(64 * 1024 * 1024, 4), (e) => log('write cb', e)));
    c.write('tail', (e) => log('tail cb', e));
    setTimeout(() => { c.destroy(); log('destroyed', c.destroyed, c.readyState); }, 10);
  });
});
