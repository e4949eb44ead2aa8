// http.md "request.setHeader(name, value)": an array value sends the header
// once per element (here the cookies).
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('server got cookie:', req.headers.cookie);
  console.log('server raw headers:', req.rawHeaders.filter((v, i) => i % 2 === 0));
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const request = http.request({ host: '127.0.0.1', port: server.address().port });
  request.setHeader('Cookie', ['type=ninja', 'language=javascript']);
  request.end();
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
