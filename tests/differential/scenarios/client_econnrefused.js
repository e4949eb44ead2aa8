// Connection error: 'socket', 'error' (ECONNREFUSED), 'close'.
const http = require('http');
const net = require('net');
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  probe.close(() => {
    const req = http.get({ host: '127.0.0.1', port, path: '/' }, () => console.log('response?!'));
    req.on('socket', () => console.log('socket'));
    req.on('error', (e) => {
      console.log('error ' + e.name + ' ' + e.code + ' ' + e.syscall + ' ' + e.address + ' ' + (e.port === port) + ' ' + (e.errno < 0));
      console.log('message ' + e.message.split(String(port)).join('PORT'));
      console.log('destroyed ' + req.destroyed);
    });
    req.on('finish', () => console.log('finish'));
    req.on('close', () => console.log('close ' + req.destroyed));
  });
});
