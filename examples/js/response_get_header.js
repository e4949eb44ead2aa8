// http.md "response.getHeader(name)".
const http = require('node:http');

const body = 'hello world';
const server = http.createServer((req, response) => {
  response.setHeader('Content-Type', 'text/html');
  response.setHeader('Content-Length', Buffer.byteLength(body));
  response.setHeader('Set-Cookie', ['type=ninja', 'language=javascript']);
  const contentType = response.getHeader('content-type');
  // contentType is 'text/html'
  const contentLength = response.getHeader('Content-Length');
  // contentLength is of type number
  const setCookie = response.getHeader('set-cookie');
  // setCookie is of type string[]
  console.log(contentType, typeof contentType === 'string');
  console.log(contentLength, typeof contentLength === 'number');
  console.log(setCookie, Array.isArray(setCookie));
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client got set-cookie:', res.headers['set-cookie']);
    res.resume();
    res.on('end', () => server.close());
  });
});
