// req.abort() after the response: 'abort', res 'aborted', res 'error', 'close', res 'close'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.once('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst'));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ host: '127.0.0.1', port: server.address().port });
  req.on('socket', () => console.log('socket'));
  req.on('response', (res) => {
    console.log('response');
    res.on('data', (d) => { console.log('res data ' + d); req.abort(); console.log('after abort'); });
    res.on('aborted', () => console.log('res aborted'));
    res.on('error', (e) => console.log('res error ' + e.message + ' ' + e.code));
    res.on('close', () => { console.log('res close'); server.close(); });
  });
  req.on('abort', () => console.log('abort'));
  req.on('error', (e) => console.log('req error ' + e.message));
  req.on('close', () => console.log('req close'));
});
