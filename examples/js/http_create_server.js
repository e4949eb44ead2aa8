// http.md "http.createServer([options][, requestListener])": a JSON server
// (ephemeral port instead of 8000) and one request to it.
const http = require('node:http');

// Create a local server to receive data from
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({
    data: 'Hello World!',
  }));
});

server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log(res.statusCode, res.headers['content-type']);
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log(chunk));
    res.on('end', () => server.close());
  });
});
