// An HTTP/1.0 response without Content-Length is read until the connection closes; no keep-alive.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => {
    sock.write('HTTP/1.0 200 OK\r\nX-A: 1\r\n\r\nfirst-');
    setTimeout(() => sock.end('second'), 20);
  });
});
server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    console.log('response ' + res.httpVersion + ' shouldKeepAlive=' + req.shouldKeepAlive);
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data ' + d));
    res.on('end', () => console.log('end complete=' + res.complete));
    res.on('close', () => console.log('res close'));
  });
  req.on('close', () => {
    console.log('close free=' + Object.keys(agent.freeSockets).length);
    server.close();
  });
});
