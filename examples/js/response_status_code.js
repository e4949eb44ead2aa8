// http.md "response.statusCode".
const http = require('node:http');

const server = http.createServer((req, response) => {
  response.statusCode = 404;
  response.end();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    console.log(res.statusCode, res.statusMessage);
    res.resume();
    res.on('end', () => server.close());
  });
});
