// http.md "Class: http.Agent": take a socket out of the agent's pool with 'agentRemove'.
const http = require('node:http');

const server = http.createServer((req, res) => res.end('hello'));
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const options = { host: '127.0.0.1', port: server.address().port, agent };
  http.get(options, (res) => {
    // Do stuff
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        console.log('free sockets:', Object.keys(agent.freeSockets).length);
        server.close();
      });
    });
  }).on('socket', (socket) => {
    socket.emit('agentRemove');
    console.log('sockets after agentRemove:', Object.keys(agent.sockets).length);
  });
});
