// http.md "HTTP": the raw headers as received, next to the headers object.
// (The doc's list without its first 'ConTent-Length' pair: two different
// Content-Length values are a parse error.)
const http = require('node:http');
const net = require('node:net');

const server = http.createServer((req, res) => {
  console.log(req.rawHeaders);
  console.log(req.headers);
  req.resume();
  req.on('end', () => res.end());
});
server.listen(0, '127.0.0.1', () => {
  const socket = net.connect(server.address().port, '127.0.0.1', () => {
    socket.end('POST / HTTP/1.1\r\n' +
               'content-LENGTH: 3\r\n' +
               'content-type: text/plain\r\n' +
               'CONNECTION: keep-alive\r\n' +
               'Host: example.com\r\n' +
               'accepT: */*\r\n' +
               '\r\n' +
               'abc');
  });
  socket.resume();
  socket.on('close', () => server.close());
});
