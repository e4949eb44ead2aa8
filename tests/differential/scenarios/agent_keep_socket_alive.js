// Overriding keepSocketAlive (return false destroys the socket) and reuseSocket (called on reuse).
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) { buf = ''; sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'); }
  });
});
function count(o) { let n = 0; for (const k of Object.keys(o)) n += o[k].length; return n; }
class Picky extends http.Agent {
  constructor(opts) { super(opts); this.n = 0; }
  keepSocketAlive(socket) {
    this.n++;
    const keep = this.n < 3;
    console.log('keepSocketAlive #' + this.n + ' -> ' + keep);
    return keep ? super.keepSocketAlive(socket) : false;
  }
  reuseSocket(socket, req) {
    console.log('reuseSocket path=' + req.path);
    super.reuseSocket(socket, req);
  }
}
server.listen(0, '127.0.0.1', () => {
  const agent = new Picky({ keepAlive: true });
  let i = 0;
  function go() {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + i, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => {
        console.log('after ' + i + ' free=' + count(agent.freeSockets) + ' destroyed=' + req.socket.destroyed + ' reused=' + req.reusedSocket);
        if (++i < 3) go(); else { agent.destroy(); server.close(); }
      }));
    });
  }
  go();
});
