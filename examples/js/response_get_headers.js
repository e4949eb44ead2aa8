// http.md "response.getHeaders()".
const http = require('node:http');

const server = http.createServer((req, response) => {
  response.setHeader('Foo', 'bar');
  response.setHeader('Set-Cookie', ['foo=bar', 'bar=baz']);

  const headers = response.getHeaders();
  // headers === { foo: 'bar', 'set-cookie': ['foo=bar', 'bar=baz'] }
  console.log(headers);
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
