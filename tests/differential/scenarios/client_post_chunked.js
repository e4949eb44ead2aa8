// request.write() without Content-Length: Transfer-Encoding: chunked on the wire; end() sends 0\r\n\r\n.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.endsWith('0\r\n\r\n')) {
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      sock.end('HTTP/1.1 204 No Content\r\n\r\n');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ host: '127.0.0.1', port, method: 'POST', path: '/up' }, (res) => {
    console.log('response ' + res.statusCode);
    res.resume();
    res.on('end', () => console.log('res end'));
  });
  console.log('write1 ' + req.write('abc'));
  console.log('headersSent ' + req.headersSent);
  req.write(Buffer.from('defgh'), () => console.log('write2 cb'));
  req.write('');
  req.end('ij', () => console.log('end cb'));
  req.on('finish', () => console.log('req finish'));
  req.on('close', () => { console.log('req close'); server.close(); });
});
