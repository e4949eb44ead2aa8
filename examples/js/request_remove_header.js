// http.md "request.removeHeader(name)": the header is not sent.
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('server got content-type:', req.headers['content-type']);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const request = http.request({
    host: '127.0.0.1', port: server.address().port,
    headers: { 'Content-Type': 'text/plain' },
  });
  request.removeHeader('Content-Type');
  console.log('hasHeader after removeHeader:', request.hasHeader('content-type'));
  request.end();
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
