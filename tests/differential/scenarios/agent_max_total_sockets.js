// maxTotalSockets across two origins; requests for the second origin wait until a socket closes.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      const line = buf.slice(0, buf.indexOf('\r\n'));
      buf = '';
      console.log('server got ' + line);
      setTimeout(() => sock.end('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx'), line.includes('/0 ') ? 300 : line.includes('/1 ') ? 5 : 0);
    }
  });
});
function count(o) { let n = 0; for (const k of Object.keys(o)) n += o[k].length; return n; }
function state(label, a) { console.log(label + ' sockets=' + count(a.sockets) + ' free=' + count(a.freeSockets) + ' requests=' + count(a.requests) + ' total=' + a.totalSocketCount); }
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true, maxTotalSockets: 2 });
  let done = 0;
  const hosts = ['127.0.0.1', 'localhost', '127.0.0.1', 'localhost'];
  hosts.forEach((host, i) => {
    const req = http.get({ host, family: 4, port: server.address().port, path: '/' + i, agent }, (res) => {
      res.resume();
      res.on('end', () => { if (++done === 4) setImmediate(() => { state('after', agent); server.close(); }); });
    });
    req.on('socket', () => state('socket ' + i, agent));
    req.on('close', () => console.log('close ' + i));
    state('queued ' + i, agent);
  });
});
