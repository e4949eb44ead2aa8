// The timeout option: 'timeout' is emitted and nothing else happens until the request is destroyed.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => { sock.on('error', () => {}); sock.resume(); });
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, timeout: 50 });
  req.on('socket', (s) => console.log('socket timeout=' + s.timeout));
  req.on('timeout', () => {
    console.log('timeout destroyed=' + req.destroyed + ' socket.timeout=' + req.socket.timeout);
    req.destroy();
  });
  req.on('error', (e) => console.log('error ' + e.message + ' ' + e.code));
  req.on('close', () => { console.log('close'); server.close(); });
});
