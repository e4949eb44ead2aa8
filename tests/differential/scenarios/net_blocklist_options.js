// The blockList options: a server closes blocked peers silently; a client refuses to connect (ERR_IP_BLOCKED).
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const bl = new net.BlockList();
bl.addAddress('127.0.0.1');
const server = net.createServer({ blockList: bl }, () => log('connection?!'));
server.on('drop', (d) => log('drop', d));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  watch('C', c, ['connect', 'end', 'error', 'close']);
  c.on('close', () => {
    const d = net.connect({ port, host: '127.0.0.1', blockList: bl });
    for (const ev of ['connectionAttempt', 'connect', 'error', 'close'])
      d.on(ev, (...a) => log('D', ev, ...a.map((x) => (x === port ? 'P' : x))));
    d.on('close', () => server.close());
  });
});
for (const opts of [{ port: 1, blockList: {} }]) {
  try { net.connect(opts); } catch (e) { log(e.code, e.message); }
}
try { net.createServer({ blockList: 5 }); } catch (e) { log(e.code, e.message); }
