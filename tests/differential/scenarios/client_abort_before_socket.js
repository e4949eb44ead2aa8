// req.abort() before a socket is assigned: 'abort', 'close'.
const http = require('http');
const net = require('net');
const server = net.createServer((s) => s.destroy());
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => console.log('socket'));
  req.on('abort', () => console.log('abort aborted=' + req.aborted));
  req.on('error', (e) => console.log('error ' + e.message));
  req.on('close', () => { console.log('close'); setTimeout(() => server.close(), 20); });
  req.abort();
  req.abort();
  console.log('aborted ' + req.aborted + ' destroyed ' + req.destroyed);
});
