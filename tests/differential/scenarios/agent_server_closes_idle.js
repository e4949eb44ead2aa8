// A pooled socket closed by the server leaves freeSockets; the next request opens a new connection.
const http = require('http');
const net = require('net');
let conns = 0;
const server = net.createServer((sock) => {
  const id = ++conns;
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n' + id);
      setTimeout(() => sock.end(), 20);
    }
  });
});
function count(o) { let n = 0; for (const k of Object.keys(o)) n += o[k].length; return n; }
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('first from conn ' + d));
    res.on('end', () => setImmediate(() => {
      console.log('pooled free=' + count(agent.freeSockets));
      const s = agent.freeSockets[Object.keys(agent.freeSockets)[0]][0];
      s.on('close', () => {
        console.log('pooled socket closed free=' + count(agent.freeSockets) + ' total=' + agent.totalSocketCount);
        const r2 = http.get({ host: '127.0.0.1', port, agent }, (res2) => {
          res2.setEncoding('utf8');
          res2.on('data', (d) => console.log('second from conn ' + d + ' reused=' + r2.reusedSocket));
          res2.on('end', () => { agent.destroy(); server.close(); });
        });
      });
    }));
  });
});
