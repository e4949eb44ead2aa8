// Premature close before the response: 'socket', 'error' socket hang up / ECONNRESET, 'close'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => { console.log('server got request'); sock.end(); });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => console.log('socket'));
  req.on('response', () => console.log('response?!'));
  req.on('error', (e) => console.log('error ' + e.name + ' ' + e.message + ' ' + e.code + ' reusedSocket=' + req.reusedSocket));
  req.on('close', () => { console.log('close'); server.close(); });
});
