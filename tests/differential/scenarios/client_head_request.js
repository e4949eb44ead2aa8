// HEAD: the response has no body even with Content-Length; the socket is kept alive for a second request.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    while (buf.includes('\r\n\r\n')) {
      const i = buf.indexOf('\r\n\r\n');
      const head = buf.slice(0, i); buf = buf.slice(i + 4);
      const method = head.split(' ')[0];
      console.log('server got ' + method);
      if (method === 'HEAD') sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n');
      else sock.write('HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'HEAD', agent }, (res) => {
    console.log('head response ' + res.statusCode + ' ' + res.headers['content-length']);
    res.on('data', () => console.log('data?!'));
    res.on('end', () => {
      console.log('head end');
      const r2 = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res2) => {
        res2.setEncoding('latin1');
        res2.on('data', (d) => console.log('get data ' + d));
        res2.on('end', () => { console.log('get end reused=' + r2.reusedSocket); agent.destroy(); server.close(); });
      });
    });
  });
  req.end();
});
