// agent: false uses a fresh default Agent: Connection: close, new connection per request, nothing pooled.
const http = require('http');
const net = require('net');
let conns = 0;
const server = net.createServer((sock) => {
  conns++;
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    }
  });
  sock.on('end', () => { console.log('server saw end'); sock.end(); });
});
server.listen(0, '127.0.0.1', () => {
  let n = 0;
  function go() {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
      console.log('agent ' + (req.agent instanceof http.Agent) + ' global=' + (req.agent === http.globalAgent) + ' keepAlive=' + req.agent.keepAlive);
      res.resume();
    });
    req.on('close', () => {
      console.log('close ' + n + ' conns=' + conns);
      if (++n < 2) go(); else server.close();
    });
  }
  go();
});
