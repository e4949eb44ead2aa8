// http.md "request.setHeader(name, value)": a non-ASCII file name, percent-encoded
// (RFC 8187). Raw non-ASCII text in a header value is refused.
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('server got:', req.headers['content-disposition']);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const request = http.request({ host: '127.0.0.1', port: server.address().port });
  const filename = 'Rock 🎵.txt';
  request.setHeader('Content-Disposition', `attachment; filename*=utf-8''${encodeURIComponent(filename)}`);
  try {
    request.setHeader('X-Raw', filename);
  } catch (err) {
    console.log(err.code, err.message);
  }
  request.end();
  request.on('response', (res) => { res.resume(); res.on('end', () => server.close()); });
});
