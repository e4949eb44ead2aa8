// http.md "http.request(url[, options][, callback])": a URL with credentials
// becomes an Authorization header. A local server stands in for example.com.
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('authorization:', req.headers.authorization);
  console.log('decoded:', Buffer.from(req.headers.authorization.split(' ')[1], 'base64').toString());
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const options = new URL(`http://abc:xyz@127.0.0.1:${server.address().port}`);

  const req = http.request(options, (res) => {
    // ...
    res.resume();
    res.on('end', () => server.close());
  });
  req.end();
});
