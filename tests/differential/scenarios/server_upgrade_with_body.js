// An accepted Upgrade whose request has a body: the body bytes reach the listener in `head` (Node 24).
'use strict';
const http = require('http');
const net = require('net');
const S = [];
const C = [];
const fmt = (x) => (typeof x === 'string' ? x : (x === undefined ? 'null' : JSON.stringify(x)));
const log = (...a) => S.push(a.map(fmt).join(' '));
process.on('exit', () => { for (const l of S) console.log(l); for (const l of C) console.log(l); });
const server = http.createServer({});
server.on('upgrade', (req, socket, head) => {
  log('upgrade', req.url, req.headers.upgrade, head.toString());
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n');
  socket.write('echo:' + head.toString());
  socket.on('end', () => socket.end());
});
server.on('request', () => log('request should not fire'));
server.listen(0, '127.0.0.1', () => {
  const steps = [{"send": "GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 3\r\n\r\nabcXYZ"}, {"waitFor": "echo:"}, {"end": true}];
  const c = net.connect(server.address().port, '127.0.0.1');
  let acc = Buffer.alloc(0);
  let i = 0;
  const next = () => {
    while (i < steps.length) {
      const s = steps[i];
      if (s.send !== undefined) { c.write(Buffer.from(s.send, 'latin1')); i++; }
      else if (s.end) { c.end(); i++; }
      else if (s.waitFor !== undefined) {
        if (acc.toString('latin1').includes(s.waitFor)) i++; else return;
      } else if (s.delay !== undefined) { i++; setTimeout(next, s.delay); return; }
    }
  };
  c.on('connect', next);
  c.on('data', (d) => { acc = Buffer.concat([acc, d]); next(); });
  c.on('error', (e) => C.push('client error ' + e.code));
  c.on('close', () => {
    C.push('response ' + JSON.stringify(acc.toString('latin1').replace(/\r\nDate: [^\r]*/g, '')));
    server.close(() => C.push('server closed'));
  });
});
