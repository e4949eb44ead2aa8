// http.md "request.getHeader(name)".
const http = require('node:http');

const server = http.createServer((req, res) => { req.resume(); res.end(); });
server.listen(0, '127.0.0.1', () => {
  const body = 'hello world';
  const request = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' });
  request.setHeader('content-type', 'text/html');
  request.setHeader('Content-Length', Buffer.byteLength(body));
  request.setHeader('Cookie', ['type=ninja', 'language=javascript']);
  const contentType = request.getHeader('Content-Type');
  // 'contentType' is 'text/html'
  const contentLength = request.getHeader('Content-Length');
  // 'contentLength' is of type number
  const cookie = request.getHeader('Cookie');
  // 'cookie' is of type string[]
  console.log(contentType, typeof contentType === 'string');
  console.log(contentLength, typeof contentLength === 'number');
  console.log(cookie, Array.isArray(cookie));
  request.end(body);
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
