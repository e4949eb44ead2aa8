// Hello-world server for bench/bench_http_server.py (Node 24 peer).
'use strict';
const http = require('http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.end('Hello, World!');
});
server.keepAliveTimeout = 60000;
server.listen(+process.argv[2] || 0, '127.0.0.1', () => {
  console.log(server.address().port);
});
