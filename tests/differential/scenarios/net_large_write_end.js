// A large write then end(): 'finish' waits until every byte is flushed; the peer gets them all, then 'end'.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer((c) => {
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.on('end', () => { log('S end', n); });
  c.on('close', (h) => { log('S close', h); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  watch('C', c, ['connect', 'drain', 'finish', 'end', 'close', 'error']);
  c.on('connect', () => {
    log('write', c.write(Buffer.alloc(8 * 1024 * 1024, 1), () => log('write cb', c.writableLength)));
    log('writableLength', c.writableLength, c.bytesWritten);
    c.end(() => log('end cb'));
  });
});
