// A Content-Length header disables chunked encoding; setHeader/getHeader/getHeaders/getRawHeaderNames.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.endsWith('hello world')) {
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, method: 'PUT', path: '/a',
    headers: { 'Content-Type': 'text/plain', 'X-Num': 5 } });
  req.setHeader('Content-Length', 11);
  req.setHeader('Cookie', ['a=1', 'b=2']);
  console.log('getHeader ' + JSON.stringify(req.getHeader('content-length')) + ' ' + typeof req.getHeader('content-length'));
  console.log('getHeaderNames ' + JSON.stringify(req.getHeaderNames()));
  console.log('getRawHeaderNames ' + JSON.stringify(req.getRawHeaderNames()));
  console.log('getHeaders ' + JSON.stringify(req.getHeaders()).split(String(port)).join('PORT'));
  console.log('hasHeader ' + req.hasHeader('COOKIE') + ' ' + req.hasHeader('x-missing'));
  req.removeHeader('x-num');
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data ' + typeof d + ' ' + d));
    res.on('end', () => { console.log('end'); server.close(); });
  });
  req.write('hello ');
  req.end('world');
});
