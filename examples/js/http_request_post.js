// http.md "http.request(url[, options][, callback])": POST a JSON body. A local
// server on an ephemeral port stands in for www.google.com:80 (it answers
// /upload with a small JSON body); the Date header is fixed to keep output stable.
const http = require('node:http');

const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk) => { body += chunk; });
  req.on('end', () => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Date': 'DATE' });
    res.end(JSON.stringify({ method: req.method, url: req.url, received: JSON.parse(body) }));
  });
});

server.listen(0, '127.0.0.1', () => {
  const postData = JSON.stringify({
    'msg': 'Hello World!',
  });

  const options = {
    hostname: '127.0.0.1',
    port: server.address().port,
    path: '/upload',
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      'Content-Length': Buffer.byteLength(postData),
    },
  };

  const req = http.request(options, (res) => {
    console.log(`STATUS: ${res.statusCode}`);
    console.log(`HEADERS: ${JSON.stringify(res.headers)}`);
    res.setEncoding('utf8');
    res.on('data', (chunk) => {
      console.log(`BODY: ${chunk}`);
    });
    res.on('end', () => {
      console.log('No more data in response.');
      server.close();
    });
  });

  req.on('error', (e) => {
    console.error(`problem with request: ${e.message}`);
  });

  // Write data to request body
  req.write(postData);
  req.end();
});
