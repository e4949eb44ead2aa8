// setHost false, setDefaultHeaders false, auth option, Authorization overriding auth, defaultPort in Host.
const http = require('http');
const net = require('net');
const got = [];
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      console.log('server got ' + JSON.stringify(buf.split(String(server.address().port)).join('PORT')));
      sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const base = { host: '127.0.0.1', port, agent: false };
  const list = [
    { ...base, path: '/sethost-false', setHost: false },
    { ...base, path: '/defaults-false', setDefaultHeaders: false, method: 'POST' },
    { ...base, path: '/defaults-false-sethost', setDefaultHeaders: false, setHost: true },
    { ...base, path: '/auth', auth: 'user:p@ss:word' },
    { ...base, path: '/auth-override', auth: 'a:b', headers: { Authorization: 'Bearer x' } },
    { ...base, path: '/default-port', defaultPort: port },
    { ...base, agent: undefined, path: '/ipv6-host', host: '::1', port: undefined, defaultPort: undefined, createConnection: (o) => net.createConnection(port, '127.0.0.1') },
    { ...base, path: '/host-header', headers: { host: 'other:1' } },
  ];
  let i = 0;
  function next() {
    if (i === list.length) { server.close(); return; }
    const req = http.request(list[i++], (res) => { res.resume(); res.on('end', next); });
    req.end(i === 2 ? 'x' : undefined);
  }
  next();
});
