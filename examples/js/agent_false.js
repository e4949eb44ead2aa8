// http.md "Class: http.Agent": agent: false, a new agent just for one request.
const http = require('node:http');

const server = http.createServer((req, res) => {
  console.log('server: connection header', req.headers.connection);
  res.end('hello');
});
server.listen(0, '127.0.0.1', () => {
  http.get({
    hostname: '127.0.0.1',
    port: server.address().port,
    path: '/',
    agent: false,  // Create a new agent just for this one request
  }, (res) => {
    // Do stuff with response
    console.log('client: status', res.statusCode);
    console.log('client: agent is globalAgent', res.req.agent === http.globalAgent);
    res.resume();
    res.on('end', () => server.close());
  });
});
