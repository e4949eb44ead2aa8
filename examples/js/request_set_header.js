// http.md "request.setHeader(name, value)": a JSON content type.
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('server got content-type:', req.headers['content-type']);
  req.resume();
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const request = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST' });
  request.setHeader('Content-Type', 'application/json');
  request.end('{}');
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
