// http.md "agent.reuseSocket(socket, request)": the default behaviour, written
// out in an Agent subclass that logs each call.
const http = require('node:http');

class LoggingAgent extends http.Agent {
  reuseSocket(socket, request) {
    console.log('reuseSocket called for', request.path);
    super.reuseSocket(socket, request);  // the default: socket.ref()
  }
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const agent = new LoggingAgent({ keepAlive: true });
  const port = server.address().port;
  http.get({ host: '127.0.0.1', port, agent, path: '/first' }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      http.get({ host: '127.0.0.1', port, agent, path: '/second' }, (res2) => {
        console.log('second request reusedSocket:', res2.req.reusedSocket);
        res2.resume();
        res2.on('end', () => {
          agent.destroy();
          server.close();
        });
      });
    }));
  });
});
