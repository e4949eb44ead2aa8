// A 101 answer nobody listens 'upgrade' for: the socket is destroyed; no 'response'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('data', () => sock.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nxyz'));
  sock.on('close', () => { console.log('server saw close'); server.close(); });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, agent: false,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('response', () => console.log('response?!'));
  req.on('error', (e) => console.log('error ' + e.message));
  req.on('socket', (s) => s.on('close', () => console.log('socket close destroyed=' + s.destroyed)));
  req.on('close', () => console.log('close res=' + (req.res ? req.res.statusCode : null) + ' upgradeOrConnect=' + req.upgradeOrConnect));
  req.end();
});
