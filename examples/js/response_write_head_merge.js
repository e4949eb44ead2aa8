// http.md "response.writeHead(statusCode[, statusMessage][, headers])": headers given to writeHead() are merged with those
// set by setHeader(), and win over them.
const http = require('node:http');

// Returns content-type = text/plain
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/html');
  res.setHeader('X-Foo', 'bar');
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('content-type:', res.headers['content-type']);
    console.log('x-foo:', res.headers['x-foo']);
    res.resume();
    res.on('end', () => server.close());
  });
});
