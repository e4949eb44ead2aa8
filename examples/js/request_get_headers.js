// http.md "request.getHeaders()".
const http = require('node:http');

const server = http.createServer((req, res) => res.end());
server.listen(0, '127.0.0.1', () => {
  const request = http.request({ host: '127.0.0.1', port: server.address().port });
  request.setHeader('Foo', 'bar');
  request.setHeader('Cookie', ['foo=bar', 'bar=baz']);

  const headers = request.getHeaders();
  // headers === { foo: 'bar', 'cookie': ['foo=bar', 'bar=baz'] }
  console.log(headers);
  request.end();
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
