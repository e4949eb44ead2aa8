// A custom createConnection that hands the socket over asynchronously through the callback.
const http = require('http');
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => sock.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nasync'));
});
let handOver;
class AsyncAgent extends http.Agent {
  createConnection(options, cb) {
    console.log('createConnection host=' + options.host + ' path=' + options.path + ' keepAlive=' + options.keepAlive + ' servername=' + options.servername + ' _agentKey=' + (options._agentKey || '').split(String(options.port)).join('PORT'));
    handOver = () => {
      console.log('handing socket over');
      cb(null, net.createConnection(options.port, options.host));
    };
    return undefined;
  }
}
server.listen(0, '127.0.0.1', () => {
  const agent = new AsyncAgent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port: server.address().port, path: '/async', agent }, (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => console.log('data ' + d));
    res.on('end', () => { console.log('end'); agent.destroy(); server.close(); });
  });
  req.on('socket', () => console.log('socket'));
  const bad = new (class extends http.Agent { createConnection(o, cb) { setImmediate(() => cb(new Error('no socket for you'))); } })();
  const r2 = http.get({ host: '127.0.0.1', port: server.address().port, agent: bad });
  r2.on('socket', () => console.log('bad socket?!'));
  r2.on('error', (e) => console.log('bad error ' + e.message));
  r2.on('close', () => { console.log('bad close'); setTimeout(() => handOver(), 10); });
});
