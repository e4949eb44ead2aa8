// A write to a socket whose peer has reset it (noticed only by the write:
// the socket is paused): write() returns false, the callback and 'error'
// carry `write ECONNRESET`, then 'close' with hadError.
'use strict';
const net = require('net');
const log = (...a) => console.log(a.map(String).join(' '));
let client;
const server = net.createServer((s) => {
  s.on('data', () => s.resetAndDestroy());
  s.on('close', () => {
    const r = client.write(Buffer.from('x'), (err) => log('cb', err && err.code, err && err.syscall));
    log('write', r, client.writableLength, client.destroyed);
  });
});
server.listen(0, '127.0.0.1', () => {
  client = net.connect(server.address().port, '127.0.0.1', () => { client.pause(); client.write('hi'); });
  client.on('error', (e) => log('error', e.code, e.syscall, e.message));
  client.on('close', (h) => { log('close', h, client.bytesWritten); server.close(); });
});
