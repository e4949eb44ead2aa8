// A malformed response: 'error' with the llhttp code, then 'close'.
const http = require('http');
const net = require('net');
const cases = [
  'HTTP/1.1 2000 OK\r\n\r\n',
  'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
  'HTTX/1.1 200 OK\r\n\r\n',
  'HTTP/1.1 200 OK\r\nBad Header: y\r\n\r\n',
];
const server = net.createServer((sock) => {
  sock.on('error', () => {});
  sock.on('data', () => sock.end(cases[server.n++]));
});
server.n = 0;
function next(i) {
  if (i === cases.length) { server.close(); return; }
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent: false });
  req.on('response', () => console.log(i + ' response?!'));
  req.on('error', (e) => console.log(i + ' error ' + e.name + ' ' + e.code + ' ' + JSON.stringify(e.message) + ' reason=' + JSON.stringify(e.reason) + ' bytesParsed=' + e.bytesParsed + ' rawPacket=' + (e.rawPacket && JSON.stringify(e.rawPacket.toString('latin1')))));
  req.on('close', () => { console.log(i + ' close'); next(i + 1); });
}
server.listen(0, '127.0.0.1', () => next(0));
