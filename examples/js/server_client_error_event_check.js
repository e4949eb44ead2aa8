// http.md "Event: 'clientError'": do not write to a socket that was reset or is
// not writable. One client sends a malformed request, the other resets its
// connection mid-request.
const http = require('node:http');
const net = require('node:net');

const server = http.createServer((req, res) => res.end());
server.on('clientError', (err, socket) => {
  console.log('clientError:', err.code, 'writable:', socket.writable);
  if (err.code === 'ECONNRESET' || !socket.writable) {
    return;
  }

  socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const bad = net.connect(port, '127.0.0.1', () => bad.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'));
  bad.setEncoding('latin1');
  let reply = '';
  bad.on('data', (chunk) => { reply += chunk; });
  bad.on('end', () => {
    console.log('malformed request got:', JSON.stringify(reply));
    const reset = net.connect(port, '127.0.0.1', () => {
      reset.write('GET / HTTP/1.1\r\nHost: x\r\n', () => setTimeout(() => reset.resetAndDestroy(), 20));
    });
    reset.on('close', () => setTimeout(() => server.close(), 50));
  });
});
