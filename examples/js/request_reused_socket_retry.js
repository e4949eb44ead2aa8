// http.md "request.reusedSocket": retry a request that failed on a reused socket.
// The server closes each keep-alive connection right after answering
// (keepAliveTimeout of 1 ms), so the second request may be sent on a socket the
// server has closed: it then fails with ECONNRESET and is retried.
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true });

const server = http.createServer((req, res) => res.end('ok'));
let done = 0;

function retriableRequest() {
  const req = http
    .get(`http://127.0.0.1:${server.address().port}`, { agent }, (res) => {
      // ...
      res.resume();
      res.on('end', () => {
        console.log('response', res.statusCode);
        if (++done === 2) {
          agent.destroy();
          server.close();
        }
      });
    })
    .on('error', (err) => {
      // Check if retry is needed
      if (req.reusedSocket && err.code === 'ECONNRESET') {
        retriableRequest();
      }
    });
}

server.listen(0, '127.0.0.1', () => {
  retriableRequest();
  setTimeout(retriableRequest, 50);
});
