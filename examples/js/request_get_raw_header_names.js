// http.md "request.getRawHeaderNames()".
const http = require('node:http');

const server = http.createServer((req, res) => res.end());
server.listen(0, '127.0.0.1', () => {
  const request = http.request({ host: '127.0.0.1', port: server.address().port });
  request.setHeader('Foo', 'bar');
  request.setHeader('Set-Cookie', ['foo=bar', 'bar=baz']);

  const headerNames = request.getRawHeaderNames();
  // headerNames === ['Foo', 'Set-Cookie']
  console.log(headerNames);
  request.end();
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
