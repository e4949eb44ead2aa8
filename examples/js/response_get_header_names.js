// http.md "response.getHeaderNames()".
const http = require('node:http');

const server = http.createServer((req, response) => {
  response.setHeader('Foo', 'bar');
  response.setHeader('Set-Cookie', ['foo=bar', 'bar=baz']);

  const headerNames = response.getHeaderNames();
  // headerNames === ['foo', 'set-cookie']
  console.log(headerNames);
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
