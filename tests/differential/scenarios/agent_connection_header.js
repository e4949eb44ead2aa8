// Connection header rules: keep-alive unless keepAlive false with maxSockets Infinity, or set by the user.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      const conn = /\r\nconnection: ([^\r]*)/i.exec(buf);
      console.log('server got ' + buf.slice(0, buf.indexOf(' HTTP')) + ' connection=' + (conn && conn[1]));
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    }
  });
  sock.on('end', () => { sock.end(); });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const cases = [
    ['/global', undefined, {}],
    ['/agent-default', new http.Agent(), {}],
    ['/keepalive', new http.Agent({ keepAlive: true }), {}],
    ['/maxsockets', new http.Agent({ maxSockets: 2 }), {}],
    ['/agent-false', false, {}],
    ['/user-close', new http.Agent({ keepAlive: true }), { Connection: 'close' }],
    ['/user-keepalive', new http.Agent(), { Connection: 'keep-alive' }],
    ['/user-upgrade', new http.Agent({ keepAlive: true }), { Connection: 'x-custom' }],
  ];
  let i = 0;
  function next() {
    if (i === cases.length) { server.close(); http.globalAgent.destroy(); return; }
    const [path, agent, headers] = cases[i++];
    const req = http.get({ host: '127.0.0.1', port, path, agent, headers }, (res) => {
      res.resume();
      res.on('end', () => {
        console.log(path + ' shouldKeepAlive=' + req.shouldKeepAlive);
        setImmediate(() => {
          console.log(path + ' socket destroyed=' + req.socket.destroyed + ' pooled=' + (agent ? Object.keys(agent.freeSockets).length : http.globalAgent === undefined ? 0 : Object.keys(http.globalAgent.freeSockets).length));
          if (agent) agent.destroy();
          next();
        });
      });
    });
  }
  next();
});
