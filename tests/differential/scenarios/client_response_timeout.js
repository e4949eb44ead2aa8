// res.setTimeout(): the response gets 'timeout' when the socket idles mid-body.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false }, (res) => {
    console.log('setTimeout returns res ' + (res.setTimeout(40, () => { console.log('res timeout cb'); req.destroy(); }) === res));
    res.on('data', (d) => console.log('data ' + d));
    res.on('timeout', () => console.log('res timeout event'));
    res.on('error', (e) => console.log('res error ' + e.message));
    res.on('close', () => { console.log('res close'); server.close(); });
  });
  req.on('timeout', () => console.log('req timeout?'));
});
