// req.destroy() before a socket is assigned: 'error' socket hang up, 'close'; no 'socket'.
const http = require('http');
const net = require('net');
const server = net.createServer((s) => s.destroy());
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => console.log('socket'));
  req.on('error', (e) => console.log('error ' + e.message + ' ' + e.code));
  req.on('close', () => { console.log('close'); setTimeout(() => server.close(), 20); });
  req.destroy();
  console.log('destroyed ' + req.destroyed + ' aborted ' + req.aborted);
  const req2 = http.get({ host: '127.0.0.1', port: server.address().port });
  req2.on('socket', () => console.log('2 socket'));
  req2.on('error', (e) => console.log('2 error ' + e.message));
  req2.on('close', () => console.log('2 close'));
  req2.destroy(new Error('custom'));
});
