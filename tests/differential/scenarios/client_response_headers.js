// message.headers rules for a response: duplicates joined/dropped/arrayed, set-cookie array, joinDuplicateHeaders, headersDistinct.
const http = require('http');
const net = require('net');
const RESP = 'HTTP/1.1 201 Created Here\r\n' +
  'Set-Cookie: a=1\r\nset-cookie: b=2\r\n' +
  'Content-Type: text/plain\r\nContent-Type: text/html\r\n' +
  'X-Multi: one\r\nX-Multi: two\r\n' +
  'Cookie: c1\r\nCookie: c2\r\n' +
  'Age: 1\r\nAge: 2\r\n' +
  'Content-Length: 0\r\n\r\n';
const server = net.createServer((sock) => {
  sock.on('data', () => sock.write(RESP));
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let n = 0;
  for (const join of [false, true]) {
    http.get({ host: '127.0.0.1', port, joinDuplicateHeaders: join, agent: false }, (res) => {
      console.log('join=' + join + ' status ' + res.statusCode + ' ' + JSON.stringify(res.statusMessage));
      console.log('headers ' + JSON.stringify(res.headers));
      console.log('headersDistinct ' + JSON.stringify(res.headersDistinct));
      console.log('rawHeaders ' + JSON.stringify(res.rawHeaders));
      console.log('version ' + res.httpVersion + ' ' + res.httpVersionMajor + ' ' + res.httpVersionMinor);
      console.log('method ' + res.method + ' url ' + JSON.stringify(res.url));
      res.resume();
      res.on('end', () => { if (++n === 2) server.close(); });
    });
  }
});
