// The same script for Node 24, to compare: node examples/hello.js
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('server: request', req.method, req.url, 'HTTP/' + req.httpVersion);
  console.log('server: headers', req.headers);
  res.on('finish', () => console.log('server: response finish'));
  res.on('close', () => console.log('server: response close'));
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello from nodehttp\n');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  console.log(`server: listening on 127.0.0.1 (port ${port})`);
  const req = http.get(`http://127.0.0.1:${port}/hello?x=1`, { agent: false });
  req.on('socket', () => console.log('client: socket'));
  req.on('finish', () => console.log('client: request finish'));
  req.on('response', (res) => {
    console.log('client: response', res.statusCode, res.statusMessage);
    console.log('client: content-type', res.headers['content-type']);
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log('client: data', JSON.stringify(chunk)));
    res.on('end', () => {
      console.log('client: end');
      server.close(() => console.log('server: close'));
    });
  });
  req.on('close', () => console.log('client: request close'));
});
