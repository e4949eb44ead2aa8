// write() returns false past writableHighWaterMark while the peer does not read; 'drain' once flushed.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
let total = -1;
const server = net.createServer({ pauseOnConnect: true }, (c) => {
  setTimeout(() => { log('server resumes'); c.resume(); }, 50);
  let n = 0;
  c.on('data', (d) => { n += d.length; });
  c.on('end', () => { log('server got all', n === total); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1' });
  watch('C', c, ['connect', 'drain', 'finish', 'close', 'error']);
  const chunk = Buffer.alloc(64 * 1024, 97);
  c.on('connect', () => {
    let writes = 0, ret;
    do { ret = c.write(chunk); writes++; } while (ret && writes < 1000);
    log('write returned false', ret === false, c.writableNeedDrain, c.writableLength >= c.writableHighWaterMark);
    total = writes * 65536;
    c.once('drain', () => { log('writableLength at drain', c.writableLength); log('bytes', c.bytesWritten === writes * 65536); c.end(); });
  });
});
