// The server's Keep-Alive: timeout=N hint sets the pooled socket's timeout to N*1000 - agentKeepAliveTimeoutBuffer.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nKeep-Alive: timeout=1\r\n\r\n');
    }
  });
  sock.on('close', () => console.log('server saw close'));
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, agentKeepAliveTimeoutBuffer: 940, timeout: 5000 });
  const t0 = Date.now();
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        const s = req.socket;
        console.log('pooled=' + Object.keys(agent.freeSockets).length + ' socket.timeout=' + s.timeout);
        s.on('timeout', () => console.log('socket timeout after>=50ms ' + (Date.now() - t0 >= 50)));
        s.on('close', () => {
          console.log('socket close; pooled=' + Object.keys(agent.freeSockets).length);
          server.close();
        });
      });
    });
  });
});
