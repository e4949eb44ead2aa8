// http.md "outgoingMessage.setHeaders(headers)": headers given to writeHead() win.
const http = require('node:http');

// Returns content-type = text/plain
const server = http.createServer((req, res) => {
  const headers = new Headers({ 'Content-Type': 'text/html' });
  res.setHeaders(headers);
  res.writeHead(200, { 'Content-Type': 'text/plain' });
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('content-type:', res.headers['content-type']);
    res.resume();
    res.on('end', () => server.close());
  });
});
