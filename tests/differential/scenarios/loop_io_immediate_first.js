// Inside an I/O callback, setImmediate runs before setTimeout(0) (timers.md,
// libuv phases): the check phase follows poll, timers come next iteration.
const net = require('node:net');
const server = net.createServer((sock) => { sock.end('x'); });
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1');
  let n = 0;
  client.on('data', () => {
    for (let i = 0; i < 3; i++) {
      setTimeout(() => console.log(`timeout ${i}`), 0);
      setImmediate(() => console.log(`immediate ${i}`));
      process.nextTick(() => console.log(`tick ${i}`));
    }
    client.destroy();
    server.close();
  });
});
