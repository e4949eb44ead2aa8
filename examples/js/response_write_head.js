// http.md "response.writeHead(statusCode[, statusMessage][, headers])": chained with end().
const http = require('node:http');

const server = http.createServer((req, response) => {
  const body = 'hello world';
  response
    .writeHead(200, {
      'Content-Length': Buffer.byteLength(body),
      'Content-Type': 'text/plain',
    })
    .end(body);
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log(res.statusCode, res.headers['content-length'], res.headers['content-type']);
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log('body:', chunk));
    res.on('end', () => server.close());
  });
});
