// http.md "server.close([callback])". The doc's server listens on port 8000 and closes after
// 10 s; here it listens on an ephemeral port, a keep-alive client makes one
// request, and the server closes 100 ms after the response, with that connection
// still open.
const http = require('node:http');

const server = http.createServer({ keepAliveTimeout: 60000 }, (req, res) => {
  res.writeHead(200, { 'Content-Type': 'application/json' });
  res.end(JSON.stringify({
    data: 'Hello World!',
  }));
});

let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (chunk) => console.log('client got:', chunk));
    res.on('end', () => {
      console.log('client: response end');
      // Close the server 100 ms after the response
      setTimeout(() => {
        server.close(() => {
          console.log(`server on port ${port} closed successfully`);
        });
      }, 100);
    });
    res.socket.on('close', () => console.log('client: socket closed'));
  });
});
