// req.destroy() in 'socket' (before the connection succeeds): 'socket', 'error' socket hang up, 'close'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => { sock.on('error', () => {}); sock.resume(); });
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', (s) => {
    console.log('socket connecting=' + s.connecting);
    req.destroy();
    console.log('after destroy');
  });
  req.on('error', (e) => console.log('error ' + e.message + ' ' + e.code));
  req.on('close', () => { console.log('close'); server.close(); });
});
