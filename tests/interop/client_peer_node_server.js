// A Node 24 http.Server for tests/interop/test_client_node_server.py: answers
// every request with a JSON description of what it received.  Prints its port.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (d) => chunks.push(d));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString('latin1');
    if (req.url.startsWith('/status/')) {
      res.statusCode = +req.url.slice(8);
      res.end();
      return;
    }
    if (req.url === '/chunked') {
      res.setHeader('Trailer', 'X-Sum');
      res.write('part1-');
      res.addTrailers({ 'X-Sum': '42' });
      res.end('part2');
      return;
    }
    if (req.url === '/big') {
      res.end(Buffer.alloc(1 << 20, 'x'));
      return;
    }
    if (req.url === '/cookies') {
      res.setHeader('Set-Cookie', ['a=1', 'b=2']);
      res.end('c');
      return;
    }
    if (req.url === '/destroy') {
      res.write('partial');
      setTimeout(() => req.socket.destroy(), 20);
      return;
    }
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ method: req.method, url: req.url, httpVersion: req.httpVersion,
      rawHeaders: req.rawHeaders, body, remotePort: req.socket.remotePort }));
  });
});
server.on('upgrade', (req, socket, head) => {
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.end(d));
});
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
process.stdin.on('end', () => process.exit(0));
process.stdin.resume();
