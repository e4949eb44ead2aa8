// headers as a flat array keep wire order and duplicates.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, path: '/',
    headers: ['X-B', '1', 'x-a', '2', 'X-B', '3', 'Host', 'example.com'] }, (res) => {
    res.resume();
    res.on('end', () => { console.log('end ' + res.statusCode); server.close(); });
  });
  console.log('getHeader x-b ' + JSON.stringify(req.getHeader('x-b')));
  console.log('getHeaders ' + JSON.stringify(req.getHeaders()));
  req.end();
});
