// http.md "outgoingMessage.getHeaders()": on a ClientRequest (an OutgoingMessage).
const http = require('node:http');

const server = http.createServer((req, res) => res.end());
server.listen(0, '127.0.0.1', () => {
  const outgoingMessage = http.request({ host: '127.0.0.1', port: server.address().port, setHost: false });
  outgoingMessage.setHeader('Foo', 'bar');
  outgoingMessage.setHeader('Set-Cookie', ['foo=bar', 'bar=baz']);

  const headers = outgoingMessage.getHeaders();
  // headers === { foo: 'bar', 'set-cookie': ['foo=bar', 'bar=baz'] }
  console.log(headers);
  outgoingMessage.end();
  outgoingMessage.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
