// maxFreeSockets: sockets beyond the limit are destroyed instead of pooled.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('close', () => console.log('server saw close'));
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) { buf = ''; sock.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'); }
  });
});
function count(o) { let n = 0; for (const k of Object.keys(o)) n += o[k].length; return n; }
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 1 });
  let done = 0;
  for (let i = 0; i < 3; i++) {
    http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++done === 3) setTimeout(() => {
          console.log('free=' + count(agent.freeSockets) + ' sockets=' + count(agent.sockets) + ' total=' + agent.totalSocketCount);
          agent.destroy();
          server.close();
        }, 30);
      });
    });
  }
});
