// http.md "message.headersDistinct": what the server sees for a request sent with
// curl-like headers (one of them twice, in two spellings).
const http = require('node:http');
const net = require('node:net');

const server = http.createServer((request, res) => {
  console.log(request.headersDistinct);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.end('GET / HTTP/1.1\r\n' +
               'user-agent: this is invalid because there can be only one\r\n' +
               'User-Agent: curl/7.22.0\r\n' +
               'Host: 127.0.0.1:8000\r\n' +
               'ACCEPT: */*\r\n' +
               '\r\n');
  });
  socket.resume();
  socket.on('close', () => server.close());
});
