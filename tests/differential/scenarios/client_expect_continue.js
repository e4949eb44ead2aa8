// Expect: 100-continue sends the headers at once; the body is written on 'continue'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  let stage = 0;
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (stage === 0 && buf.includes('\r\n\r\n')) {
      stage = 1;
      console.log('server got head ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      buf = '';
      sock.write('HTTP/1.1 100 Continue\r\n\r\n');
    } else if (stage === 1 && buf === 'body!') {
      console.log('server got body ' + buf);
      sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'PUT',
    headers: { 'Expect': '100-continue', 'Content-Length': 5 } });
  console.log('headersSent ' + req.headersSent);
  req.on('continue', () => { console.log('continue'); req.end('body!'); });
  req.on('response', (res) => {
    console.log('response ' + res.statusCode);
    res.resume();
    res.on('end', () => { console.log('end'); server.close(); });
  });
});
