// http.md "request.hasHeader(name)".
const http = require('node:http');

const server = http.createServer((req, res) => res.end());
server.listen(0, '127.0.0.1', () => {
  const request = http.request({ host: '127.0.0.1', port: server.address().port });
  console.log('before setHeader:', request.hasHeader('content-type'));
  request.setHeader('Content-Type', 'text/plain');
  const hasContentType = request.hasHeader('content-type');
  console.log('after setHeader:', hasContentType);
  request.end();
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
