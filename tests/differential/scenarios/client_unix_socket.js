// socketPath: a request over a Unix domain socket; Host defaults to localhost.
const http = require('http');
const net = require('net');
const path = require('path');
const os = require('os');
const fs = require('fs');
const sockPath = path.join(os.tmpdir(), 'nodehttp-client-unix-' + process.pid + '.sock');
try { fs.unlinkSync(sockPath); } catch (e) {}
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('server got ' + JSON.stringify(buf));
      sock.end('HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nunix');
    }
  });
});
server.listen(sockPath, () => {
  const agent = new http.Agent();
  const req = http.get({ socketPath: sockPath, path: '/sock', agent }, (res) => {
    console.log('response ' + res.statusCode + ' name ' + JSON.stringify(Object.keys(agent.sockets)).split(sockPath).join('SOCK'));
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data ' + d));
    res.on('end', () => console.log('end'));
  });
  req.on('close', () => { console.log('close'); server.close(); });
});
