// http.md "message.complete": the server sends less than its Content-Length and
// closes, so the response ends incomplete (here the client sees 'aborted' and an
// error, then the 'end' listener runs).
const http = require('node:http');

const server = http.createServer((req, res) => {
  req.resume();
  res.writeHead(200, { 'Content-Length': '100' });
  res.write('only part of it');
  setTimeout(() => res.destroy(), 20);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    host: '127.0.0.1',
    port: server.address().port,
    method: 'POST',
  }, (res) => {
    res.resume();
    res.on('end', () => {
      if (!res.complete)
        console.error(
          'The connection was terminated while the message was still being sent');
    });
    res.on('aborted', () => console.log('response aborted'));
    res.on('error', (err) => console.log('response error:', err.code, err.message));
    res.on('close', () => {
      console.log('complete:', res.complete);
      server.close();
    });
  });
  req.end();
});
