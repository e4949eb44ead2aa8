// http.md "response.setHeader(name, value)": a single header.
const http = require('node:http');

const server = http.createServer((req, response) => {
  response.setHeader('Content-Type', 'text/html');
  response.end('<p>ok</p>');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log('content-type:', res.headers['content-type']);
    res.resume();
    res.on('end', () => server.close());
  });
});
