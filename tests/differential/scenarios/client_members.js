// ClientRequest members before and after the request: path, method, host, protocol, maxHeadersCount, flags.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n'));
});
function show(label, req) {
  console.log(label + ' path=' + req.path + ' method=' + req.method + ' host=' + req.host + ' protocol=' + req.protocol +
    ' maxHeadersCount=' + req.maxHeadersCount + ' reusedSocket=' + req.reusedSocket + ' aborted=' + req.aborted +
    ' destroyed=' + req.destroyed + ' finished=' + req.finished + ' writableEnded=' + req.writableEnded +
    ' writableFinished=' + req.writableFinished + ' headersSent=' + req.headersSent + ' socket=' + (req.socket ? 'set' : req.socket) +
    ' connection=' + (req.connection === req.socket) + ' chunkedEncoding=' + req.chunkedEncoding +
    ' shouldKeepAlive=' + req.shouldKeepAlive + ' useChunkedEncodingByDefault=' + req.useChunkedEncodingByDefault);
}
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ hostname: 'localhost', host: '127.0.0.1', port, path: '/p?q', method: 'delete' });
  show('created', req);
  req.on('socket', () => show('socket', req));
  req.on('finish', () => show('finish', req));
  req.on('response', (res) => {
    show('response', req);
    res.resume();
    res.on('end', () => show('res end', req));
  });
  req.on('close', () => { show('close', req); server.close(); });
  req.end();
  show('ended', req);
  const g = http.get({ host: '127.0.0.1', port, method: 'POST' });
  show('get', g);
  g.destroy();
  g.on('error', () => {});
});
