// libuv's close phase runs uv_close callbacks newest first (closing_handles is
// push-front): sockets destroyed in one iteration emit 'close' in reverse order
// of destroy(); one destroyed in the check phase joins that iteration's batch;
// one destroyed while the close phase runs waits for the next iteration (after
// its immediates). A handle-less socket and server 'close' come on nextTick.
const net = require('net');
const log = (...a) => console.log(a.map(String).join(' '));
const clients = {};
const peers = [];
let ready = 0;
const server = net.createServer((c) => {
  peers.push(c);
  if (++ready === 8) go();
});
server.on('close', () => log('server close'));
server.listen(0, '127.0.0.1', () => {
  for (const name of ['A', 'B', 'C', 'D']) {
    const s = net.connect(server.address().port, '127.0.0.1');
    clients[name] = s;
    s.on('connect', () => { if (++ready === 8) go(); });
  }
});

function go() {
  const port = server.address().port;
  const p = {};
  for (const [name, s] of Object.entries(clients)) {
    s.on('close', (h) => log(name, 'close', h));
    p[name] = peers.find((c) => c.remotePort === s.localPort);
    p[name].on('close', (h) => log('P' + name, 'close', h));
  }
  const u = new net.Socket();
  u.on('close', (h) => log('U close', h));
  p.A.on('close', () => {                 // the first 'close' of the batch
    clients.D.destroy();
    p.D.destroy();
    setImmediate(() => log('immediate 2'));
    process.nextTick(() => log('tick 2'));
  });
  clients.A.destroy();
  p.B.destroy();
  u.destroy();
  clients.B.destroy();
  server.close();
  const e = net.connect(port, '127.0.0.1');   // connecting when destroyed
  e.on('close', (h) => log('E close', h));
  e.on('error', (err) => log('E error', err.code));
  p.C.destroy();
  e.destroy();
  clients.C.destroy();
  p.A.destroy();
  setImmediate(() => {
    log('immediate 1');
    const g = net.connect(port, '127.0.0.1');
    g.on('close', (h) => log('G close', h));
    g.on('error', (err) => log('G error', err.code));
    const f = new net.Socket();
    f.on('close', (h) => log('F close', h));
    f.destroy();
    g.destroy();
  });
  process.nextTick(() => log('tick 1'));
  log('destroyed');
}
