// http.md "request.reusedSocket": a keep-alive agent sending a request on an
// interval. The doc's interval is 5 s (to hit the server's keep-alive timeout);
// here three requests 250 ms apart, well within it, so the socket is reused.
const http = require('node:http');
const agent = new http.Agent({ keepAlive: true });

// Server has a 5 seconds keep-alive timeout by default
const server = http
  .createServer((req, res) => {
    res.write('hello\n');
    res.end();
  })
  .listen(0, '127.0.0.1');

let sent = 0;
let busy = false;  // a request is in flight (the machine may be slow)
const interval = setInterval(() => {
  if (busy) return;
  busy = true;
  // Adapting a keep-alive agent
  const req = http.get(`http://127.0.0.1:${server.address().port}`, { agent }, (res) => {
    console.log(`request ${n}: reusedSocket = ${req.reusedSocket}`);
    res.on('data', (data) => {
      // Do nothing
    });
    res.on('end', () => {
      busy = false;
      if (n === 3) {
        agent.destroy();
        server.close();
      }
    });
  });
  const n = ++sent;
  if (sent === 3) clearInterval(interval);
}, 250); // Sending request on an interval
