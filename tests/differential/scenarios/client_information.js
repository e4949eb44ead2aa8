// 1xx responses: 'information' for 103 and 102; 'continue' for 100; then 'response'.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.once('data', (d) => {
    sock.write('HTTP/1.1 100 Continue\r\n\r\n');
    sock.write('HTTP/1.1 102 Processing\r\n\r\n');
    sock.write('HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\nLink: </s.js>; rel=preload\r\n\r\n');
    setTimeout(() => sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'), 10);
  });
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ host: '127.0.0.1', port: server.address().port, method: 'POST',
    headers: { 'Content-Length': 0 } });
  req.on('continue', () => console.log('continue'));
  req.on('information', (info) => console.log('information ' + JSON.stringify(info)));
  req.on('response', (res) => {
    console.log('response ' + res.statusCode);
    res.resume();
    res.on('end', () => { console.log('end'); server.close(); });
  });
  req.end();
});
