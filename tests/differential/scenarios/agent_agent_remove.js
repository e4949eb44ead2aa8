// A socket that emits 'agentRemove' leaves the pool and is not reused.
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
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      console.log('after end sockets=' + count(agent.sockets) + ' free=' + count(agent.freeSockets) + ' total=' + agent.totalSocketCount + ' destroyed=' + req.socket.destroyed);
      const r2 = http.get({ host: '127.0.0.1', port, agent }, (res2) => {
        console.log('second reused=' + r2.reusedSocket + ' sameSocket=' + (r2.socket === req.socket));
        res2.resume();
        res2.on('end', () => { agent.destroy(); req.socket.destroy(); server.close(); });
      });
    }));
  });
  req.on('socket', (socket) => {
    socket.emit('agentRemove');
    console.log('agentRemove sockets=' + count(agent.sockets) + ' total=' + agent.totalSocketCount);
  });
});
