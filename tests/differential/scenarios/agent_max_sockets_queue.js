// maxSockets: extra requests wait in agent.requests and take over a socket as it is freed.
const http = require('http');
const net = require('net');
let conns = 0;
const server = net.createServer((sock) => {
  const id = ++conns;
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    while (buf.includes('\r\n\r\n')) {
      const i = buf.indexOf('\r\n\r\n');
      const line = buf.slice(0, buf.indexOf('\r\n'));
      buf = buf.slice(i + 4);
      console.log('server conn' + id + ' got ' + line);
      setTimeout(() => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'), id === 1 ? 5 : 150);
    }
  });
});
function count(o) { let n = 0; for (const k of Object.keys(o)) n += o[k].length; return n; }
function state(label, a) { console.log(label + ' sockets=' + count(a.sockets) + ' free=' + count(a.freeSockets) + ' requests=' + count(a.requests) + ' total=' + a.totalSocketCount); }
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  let done = 0;
  for (let i = 0; i < 5; i++) {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + i, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        state('end ' + i, agent);
        if (++done === 5) setImmediate(() => { state('after', agent); agent.destroy(); server.close(); });
      });
    });
    req.on('socket', () => state('socket ' + i + ' reused=' + req.reusedSocket, agent));
    state('queued ' + i, agent);
  }
});
