// keepAlive Agent: the socket goes to freeSockets after each response and is reused ('free' event, reusedSocket).
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  console.log('server connection');
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    while (buf.includes('\r\n\r\n')) {
      const i = buf.indexOf('\r\n\r\n');
      console.log('server got ' + JSON.stringify(buf.slice(0, i + 4).split(String(server.address().port)).join('PORT')));
      buf = buf.slice(i + 4);
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
    }
  });
});
function names(o) {
  const r = {};
  for (const k of Object.keys(o)) r[k.split(String(server.address().port)).join('PORT')] = o[k].length;
  return JSON.stringify(r);
}
function state(label, agent) {
  console.log(label + ' sockets=' + names(agent.sockets) + ' free=' + names(agent.freeSockets) + ' requests=' + names(agent.requests) + ' total=' + agent.totalSocketCount);
}
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  agent.on('free', (socket, options) => {
    console.log('free host=' + options.host + ' port=' + (options.port === server.address().port) + ' path=' + options.path + ' keepAlive=' + options.keepAlive);
  });
  let n = 0;
  let firstPort;
  function go() {
    const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/' + n, agent }, (res) => {
      if (firstPort === undefined) firstPort = req.socket.localPort;
      console.log('response samePort=' + (req.socket.localPort === firstPort));
      res.resume();
      res.on('end', () => {
        state('end ' + n, agent);
        setImmediate(() => {
          state('immediate ' + n, agent);
          if (++n < 3) go();
          else { agent.destroy(); state('destroyed', agent); server.close(); }
        });
      });
    });
    req.on('socket', (s) => {
      console.log('socket reused=' + req.reusedSocket + ' connecting=' + s.connecting);
      state('on socket ' + n, agent);
    });
    req.on('close', () => console.log('req close ' + n));
    state('requested ' + n, agent);
  }
  go();
});
