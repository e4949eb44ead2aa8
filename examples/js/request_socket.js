// http.md "request.socket": the local address and port of the client socket.
// A local server replaces www.google.com.
const http = require('node:http');

const server = http.createServer((req, res) => {
  res.end(String(req.socket.remotePort));
});
server.listen(0, '127.0.0.1', () => {
  const options = {
    host: '127.0.0.1',
    port: server.address().port,
  };
  const req = http.get(options);
  req.end();
  req.once('response', (res) => {
    const ip = req.socket.localAddress;
    const port = req.socket.localPort;
    console.log(`Your IP address is ${ip} and your source port is ${port}.`);
    // Consume response object
    res.setEncoding('utf8');
    res.on('data', (seen) => console.log('server saw the same port:', Number(seen) === port));
    res.on('end', () => server.close());
  });
});
