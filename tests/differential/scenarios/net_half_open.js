// allowHalfOpen on both ends: the server gets 'end', stays writable, answers, then ends.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer({ allowHalfOpen: true }, (c) => {
  watch('S', c);
  c.on('end', () => {
    log('S readyState', c.readyState, c.writable);
    setTimeout(() => { c.write('late'); c.end('bye'); }, 10);
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  watch('C', c, ['connect', 'ready', 'end', 'finish', 'close', 'error']);
  c.setEncoding('utf8');
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('connect', () => c.end('req'));
  c.on('finish', () => log('C readyState', c.readyState));
  c.on('end', () => log('C got', got));
  c.on('close', () => server.close(() => log('server closed')));
});
