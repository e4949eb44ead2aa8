// Premature close after the response: res 'aborted', req 'close', res 'error' aborted ECONNRESET, res 'close'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial');
    setTimeout(() => sock.destroy(), 20);
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => console.log('socket'));
  req.on('response', (res) => {
    console.log('response');
    res.on('data', (d) => console.log('res data ' + d));
    res.on('aborted', () => console.log('res aborted ' + res.aborted + ' complete=' + res.complete));
    res.on('error', (e) => console.log('res error ' + e.name + ' ' + e.message + ' ' + e.code));
    res.on('end', () => console.log('res end?!'));
    res.on('close', () => { console.log('res close'); server.close(); });
  });
  req.on('error', (e) => console.log('req error ' + e.message));
  req.on('close', () => console.log('req close'));
});
