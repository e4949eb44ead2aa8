// Without a 'response' listener the body is dumped; the kept-alive socket is still freed and reused.
const http = require('http');
const net = require('net');
let conns = 0;
const server = net.createServer((sock) => {
  conns++;
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    while (buf.includes('\r\n\r\n')) {
      buf = buf.slice(buf.indexOf('\r\n\r\n') + 4);
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nignore');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent });
  req.on('finish', () => console.log('finish'));
  req.on('close', () => {
    console.log('close res.complete=' + (req.res && req.res.complete) + ' dumped=' + (req.res && req.res._dumped));
    setImmediate(() => {
      const r2 = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
        res.setEncoding('utf8');
        res.on('data', (d) => console.log('second ' + d + ' reused=' + r2.reusedSocket + ' conns=' + conns));
        res.on('end', () => { agent.destroy(); server.close(); });
      });
    });
  });
});
