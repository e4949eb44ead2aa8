// http.request() success order: 'socket', 'response', res 'data', res 'end', 'close'; wire bytes of a GET.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      sock.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Test: a\r\nConnection: close\r\n\r\nhello');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, path: '/x?y=1' }, (res) => {
    console.log('response ' + res.statusCode + ' ' + res.statusMessage + ' ' + res.httpVersion);
    console.log('headers ' + JSON.stringify(res.headers));
    console.log('rawHeaders ' + JSON.stringify(res.rawHeaders));
    res.on('data', (d) => console.log('res data ' + JSON.stringify(d.toString())));
    res.on('end', () => console.log('res end complete=' + res.complete));
    res.on('close', () => console.log('res close'));
  });
  req.on('socket', () => console.log('req socket'));
  req.on('finish', () => console.log('req finish'));
  req.on('close', () => { console.log('req close'); server.close(); });
  req.end();
  console.log('end() returned');
});
