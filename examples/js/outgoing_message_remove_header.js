// http.md "outgoingMessage.removeHeader(name)": on a ServerResponse (an OutgoingMessage).
const http = require('node:http');

const server = http.createServer((req, outgoingMessage) => {
  outgoingMessage.setHeader('Content-Encoding', 'gzip');
  outgoingMessage.removeHeader('Content-Encoding');
  outgoingMessage.end('plain');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('content-encoding:', res.headers['content-encoding']);
    res.resume();
    res.on('end', () => server.close());
  });
});
