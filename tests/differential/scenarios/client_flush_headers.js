// flushHeaders() sends the head before any body; the body follows as chunked data.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  let n = 0;
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (n === 0 && buf.includes('\r\n\r\n')) {
      n = 1;
      console.log('server got head ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    } else if (n === 1 && buf.endsWith('0\r\n\r\n')) {
      console.log('server got body ' + JSON.stringify(buf));
      sock.end();
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' });
  req.flushHeaders();
  console.log('headersSent ' + req.headersSent);
  req.on('response', (res) => {
    console.log('response ' + res.statusCode);
    res.resume();
    res.on('end', () => { console.log('res end'); req.end('late'); });
  });
  req.on('finish', () => console.log('finish'));
  req.on('close', () => { console.log('close'); server.close(); });
});
