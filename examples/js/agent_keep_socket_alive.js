// http.md "agent.keepSocketAlive(socket)": the default behaviour, written out
// in an Agent subclass that logs each call.
const http = require('node:http');

class LoggingAgent extends http.Agent {
  keepSocketAlive(socket) {
    console.log('keepSocketAlive called, keepAliveMsecs =', this.keepAliveMsecs);
    socket.setKeepAlive(true, this.keepAliveMsecs);
    socket.unref();
    return true;
  }
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const agent = new LoggingAgent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      setImmediate(() => {
        const name = Object.keys(agent.freeSockets)[0].replace(/:\d+:/, ':PORT:');
        console.log('free socket kept under', name);
        agent.destroy();
        server.close();
      });
    });
  });
});
