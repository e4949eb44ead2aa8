// CONNECT: 'connect' (res, socket, head), the tunnel carries raw bytes.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  let tunnel = false;
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!tunnel && buf.includes('\r\n\r\n')) {
      tunnel = true;
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      buf = '';
      sock.write('HTTP/1.1 200 Connection Established\r\nProxy-agent: test\r\n\r\nEARLY');
    } else if (tunnel && buf === 'hello') {
      sock.end('bye');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'CONNECT', path: 'example.com:80' });
  req.end();
  req.on('connect', (res, socket, head) => {
    console.log('connect ' + res.statusCode + ' ' + res.statusMessage + ' ' + JSON.stringify(res.headers) + ' head=' + head);
    socket.on('data', (d) => console.log('tunnel data ' + d));
    socket.on('end', () => console.log('tunnel end'));
    socket.on('close', () => { console.log('tunnel close'); server.close(); });
    socket.end('hello');
  });
  req.on('response', () => console.log('response?!'));
  req.on('close', () => console.log('req close'));
});
