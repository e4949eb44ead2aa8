// Keep-alive GETs whose whole response arrives in one read, with different
// consumers ('response' handlers): the order of res events, user ticks and
// microtasks, and the state seen at each ('resume', 'data', 'readable',
// 'end', 'close'; req 'close'; the socket reused).
const http = require('http');
const net = require('net');
const RESP = {
  plain: 'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 5\r\n\r\nhello',
  trailers: 'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n',
};
let kind = 'plain';
const server = net.createServer((sock) => {
  sock.on('data', (d) => {
    const n = d.toString('latin1').split('\r\n\r\n').length - 1;
    for (let i = 0; i < n; i++) sock.write(RESP[kind]);
  });
});
const L = [];
function log(...a) { L.push(a.join(' ')); }
function st(res) {
  return [res.readableFlowing, res.readableLength, res.complete, res.readableEnded, res.destroyed].join('/');
}
const consumers = [
  ['resume', (res) => res.resume()],
  ['data', (res) => res.on('data', (d) => {
    log('  data', d.toString(), st(res));
    process.nextTick(() => log('  tick after data', st(res)));
  })],
  ['resume+resume listener', (res) => {
    res.on('resume', () => log('  resume', st(res)));
    res.resume();
  }],
  ['readable', (res) => res.on('readable', () => {
    let c;
    while ((c = res.read()) !== null) log('  read', c.toString());
    log('  readable', st(res));
  })],
  ['pause then resume', (res) => {
    res.pause();
    res.on('data', (d) => log('  data', d.toString(), st(res)));
    setImmediate(() => { log('  immediate', st(res)); res.resume(); });
  }],
  ['encoding', (res) => { res.setEncoding('latin1'); res.on('data', (d) => log('  data', typeof d, d)); }],
  ['trailers', (res) => { res.resume(); }],
  ['none', null],
];
let agent;
function step(i) {
  if (i >= consumers.length) {
    agent.destroy();
    server.close();
    for (const l of L) console.log(l);
    return;
  }
  const [name, consume] = consumers[i];
  kind = name === 'trailers' ? 'trailers' : 'plain';
  log(name);
  const req = http.get({ host: '127.0.0.1', port: server.address().port, agent });
  req.on('close', () => {
    log('  req close');
    setImmediate(() => step(i + 1));
  });
  if (consume === null) return;
  req.on('response', (res) => {
    log('  response', st(res), 'reused=' + req.reusedSocket);
    process.nextTick(() => log('  tick after response', st(res)));
    queueMicrotask(() => log('  micro after response', st(res)));
    res.on('end', () => {
      log('  end', st(res), JSON.stringify(res.rawTrailers));
      process.nextTick(() => log('  tick after end', st(res)));
    });
    res.on('close', () => log('  close', st(res)));
    consume(res);
  });
}
server.listen(0, '127.0.0.1', () => {
  agent = new http.Agent({ keepAlive: true });
  step(0);
});
