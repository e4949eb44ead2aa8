// agent.destroy() destroys in-use and free sockets; requests in flight fail with socket hang up.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('/free')) { buf = ''; sock.write('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'); }
  });
});
function count(o) { let n = 0; for (const k of Object.keys(o)) n += o[k].length; return n; }
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port, path: '/free', agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      const busy = http.get({ host: '127.0.0.1', port, path: '/busy', agent: agent });
      busy.on('error', (e) => console.log('busy error ' + e.message + ' ' + e.code));
      busy.on('close', () => {
        console.log('busy close sockets=' + count(agent.sockets) + ' free=' + count(agent.freeSockets) + ' total=' + agent.totalSocketCount);
        server.close();
      });
      const other = http.get({ host: '127.0.0.1', port, path: '/other', agent: agent });
      other.on('error', (e) => console.log('other error ' + e.message + ' ' + e.code));
      other.on('socket', (s) => {
        console.log('other socket; sockets=' + count(agent.sockets) + ' free=' + count(agent.freeSockets));
        s.on('connect', () => {
          console.log('before destroy sockets=' + count(agent.sockets) + ' free=' + count(agent.freeSockets));
          agent.destroy();
          console.log('after destroy sockets=' + count(agent.sockets) + ' free=' + count(agent.freeSockets));
        });
      });
    }));
  });
});
