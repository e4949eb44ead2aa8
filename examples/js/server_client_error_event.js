// http.md "Event: 'clientError'": answer a malformed request with 400.
const http = require('node:http');
const net = require('node:net');

const server = http.createServer((req, res) => {
  res.end();
});
server.on('clientError', (err, socket) => {
  console.log('clientError:', err.code);
  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n');
  });
  socket.setEncoding('latin1');
  let reply = '';
  socket.on('data', (chunk) => { reply += chunk; });
  socket.on('end', () => {
    console.log('client got:', JSON.stringify(reply));
    server.close();
  });
});
