// Agent timeout option sets the socket timeout; a timed-out free socket is destroyed and removed.
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
  const agent = new http.Agent({ keepAlive: true, timeout: 60 });
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    console.log('socket.timeout during request ' + req.socket.timeout);
    res.resume();
    res.on('end', () => setImmediate(() => {
      const s = req.socket;
      console.log('free=' + count(agent.freeSockets) + ' socket.timeout=' + s.timeout);
      s.on('timeout', () => console.log('socket timeout'));
      s.on('close', () => { console.log('close free=' + count(agent.freeSockets) + ' total=' + agent.totalSocketCount); server.close(); });
    }));
  });
  req.on('socket', (s) => console.log('socket.timeout at socket ' + s.timeout));
});
