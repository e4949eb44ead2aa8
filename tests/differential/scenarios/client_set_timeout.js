// request.setTimeout(ms, cb): cb is a 'timeout' listener; returns the request.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => { sock.on('error', () => {}); sock.resume(); });
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  console.log('returns req ' + (req.setTimeout(40, () => {
    console.log('timeout cb');
    req.destroy(new Error('gave up'));
  }) === req));
  console.log('timeout listeners ' + req.listenerCount('timeout'));
  req.on('timeout', () => console.log('timeout event'));
  req.on('error', (e) => console.log('error ' + e.message));
  req.on('close', () => { console.log('close'); server.close(); });
});
