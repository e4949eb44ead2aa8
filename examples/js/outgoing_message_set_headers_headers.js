// http.md "outgoingMessage.setHeaders(headers)": from a Headers object.
const http = require('node:http');

const server = http.createServer((req, outgoingMessage) => {
  const headers = new Headers({ foo: 'bar' });
  outgoingMessage.setHeaders(headers);
  console.log(outgoingMessage.getHeaders());
  outgoingMessage.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client got foo:', res.headers.foo);
    res.resume();
    res.on('end', () => server.close());
  });
});
