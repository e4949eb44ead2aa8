// http.md "response.socket": the client's address and port, seen by the server.
// Ephemeral port instead of 3000, and a client that prints the answer.
const http = require('node:http');
const server = http.createServer((req, res) => {
  const ip = res.socket.remoteAddress;
  const port = res.socket.remotePort;
  res.end(`Your IP address is ${ip} and your source port is ${port}.`);
}).listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk) => {
      console.log(chunk);
      console.log('matches the client socket:', chunk.includes(`port is ${req.socket.localPort}.`));
    });
    res.on('end', () => server.close());
  });
});
