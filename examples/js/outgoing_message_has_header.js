// http.md "outgoingMessage.hasHeader(name)": on a ServerResponse (an OutgoingMessage).
const http = require('node:http');

const server = http.createServer((req, outgoingMessage) => {
  console.log('before:', outgoingMessage.hasHeader('content-type'));
  outgoingMessage.setHeader('Content-Type', 'text/plain');
  const hasContentType = outgoingMessage.hasHeader('content-type');
  console.log('after:', hasContentType);
  outgoingMessage.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
});
