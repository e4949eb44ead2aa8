// scheduling 'lifo' picks the most recently freed socket, 'fifo' the least recently freed one.
const http = require('http');
const net = require('net');
let conns = 0;
const server = net.createServer((sock) => {
  const id = ++conns;
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (buf.includes('\r\n\r\n')) {
      buf = '';
      const delay = id % 2 ? 5 : 100;
      setTimeout(() => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 1\r\nX-Conn: ' + id + '\r\n\r\nx'), delay);
    }
  });
});
server.listen(0, '127.0.0.1', () => {
  const modes = ['lifo', 'fifo'];
  function run(m) {
    if (m === modes.length) { server.close(); return; }
    const agent = new http.Agent({ keepAlive: true, scheduling: modes[m] });
    let done = 0;
    const order = [];
    for (let i = 0; i < 2; i++) {
      http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
        order.push(res.headers['x-conn']);
        res.resume();
        res.on('end', () => {
          if (++done === 2) setTimeout(() => {
            http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res2) => {
              console.log(modes[m] + ' freed order ' + order.map((x) => x - order[0] + 1).join(',') + ' picked ' + (res2.headers['x-conn'] - order[0] + 1));
              res2.resume();
              res2.on('end', () => { agent.destroy(); run(m + 1); });
            });
          }, 10);
        });
      });
    }
  }
  run(0);
});
