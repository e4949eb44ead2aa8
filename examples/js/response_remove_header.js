// http.md "response.removeHeader(name)": a header queued and then removed is not sent.
const http = require('node:http');

const server = http.createServer((req, response) => {
  response.setHeader('Content-Encoding', 'gzip');
  response.removeHeader('Content-Encoding');
  console.log('hasHeader after removeHeader:', response.hasHeader('content-encoding'));
  response.end('plain text');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('client got content-encoding:', res.headers['content-encoding']);
    res.resume();
    res.on('end', () => server.close());
  });
});
