// 101 Switching Protocols: 'upgrade' (res, socket, head); no 'response'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n') && !sock.upgraded) {
      sock.upgraded = true;
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      sock.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHEAD-BYTES');
    } else if (sock.upgraded && buf.endsWith('ping')) {
      sock.end('pong');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port,
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.end();
  req.on('response', () => console.log('response?!'));
  req.on('upgrade', (res, socket, head) => {
    console.log('upgrade ' + res.statusCode + ' ' + JSON.stringify(res.headers) + ' head=' + head.toString() + ' ' + Buffer.isBuffer(head));
    console.log('socket is req.socket ' + (socket === req.socket) + ' destroyed=' + socket.destroyed);
    socket.on('data', (d) => console.log('socket data ' + d));
    socket.on('end', () => { console.log('socket end'); socket.end(); });
    socket.on('close', () => { console.log('socket close'); server.close(); });
    socket.write('ping');
  });
  req.on('close', () => console.log('req close'));
});
