// http.md "response.hasHeader(name)".
const http = require('node:http');

const server = http.createServer((req, response) => {
  console.log('before setHeader:', response.hasHeader('content-type'));
  response.setHeader('Content-Type', 'text/plain');
  const hasContentType = response.hasHeader('content-type');
  console.log('after setHeader:', hasContentType);
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
