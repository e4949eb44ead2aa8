// A server that answers one request twice: the socket is destroyed after the first response.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno'));
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data ' + d));
    res.on('end', () => console.log('end'));
  });
  req.on('error', (e) => console.log('error ' + e.message));
  req.on('close', () => {
    console.log('close destroyed=' + req.socket.destroyed);
    setImmediate(() => { console.log('free=' + Object.keys(agent.freeSockets).length + ' total=' + agent.totalSocketCount); server.close(); });
  });
});
