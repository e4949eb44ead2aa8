// write() after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END; end() twice is harmless.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST', agent: false });
  req.on('error', (e) => console.log('error ' + e.code + ' ' + e.message));
  req.end('body');
  console.log('write returned ' + req.write('more', (e) => console.log('write cb ' + (e && e.code))));
  console.log('end again ' + (req.end() === req));
  req.on('response', (res) => { res.resume(); res.on('end', () => { console.log('response end'); server.close(); }); });
});
