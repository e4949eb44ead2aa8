// req.abort() in 'socket' before the connection succeeds: 'abort', 'error' socket hang up, 'close'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => { sock.on('error', () => {}); sock.resume(); });
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => { console.log('socket'); req.abort(); });
  req.on('abort', () => console.log('abort'));
  req.on('error', (e) => console.log('error ' + e.message + ' ' + e.code));
  req.on('close', () => { console.log('close'); server.close(); });
});
