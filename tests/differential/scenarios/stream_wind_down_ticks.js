// The end-of-stream / autoDestroy / 'close' sequence of a Readable and of
// http.IncomingMessage, with user ticks and microtasks queued around each
// step (nodehttp coalesces ticks only where nothing can run in between).
'use strict';
const http = require('http');
const { Readable } = require('stream');
const L = [];
const log = (...a) => L.push(a.join(' '));
process.on('exit', () => { for (const l of L) console.log(l); });
const flags = (s) => [s.readableEnded, s.destroyed, s.closed].join('/');

function watch(name, s) {
  s.on('end', () => {
    log(name, 'end', flags(s));
    process.nextTick(() => log(name, 'tick after end', flags(s)));
    queueMicrotask(() => log(name, 'micro after end', flags(s)));
  });
  s.on('close', () => {
    log(name, 'close', flags(s));
    process.nextTick(() => log(name, 'tick after close'));
  });
}

// 1. resume() of an ended stream, a 'resume' listener queuing a tick between
//    the read(0)/flow reads.
const a = new Readable({ read() {} });
watch('a', a);
a.push('x');
a.push(null);
a.on('resume', () => { log('a resume'); process.nextTick(() => log('a tick in resume', flags(a))); });
a.resume();
a.on('data', (d) => log('a data', d));

// 2. read() repeatedly after the end, ticks in between.
const b = new Readable({ read() {} });
watch('b', b);
b.push(null);
process.nextTick(() => {
  log('b read', b.read());
  process.nextTick(() => log('b tick 1', flags(b)));
  log('b read', b.read(0));
  log('b read', b.read());
  process.nextTick(() => log('b tick 2', flags(b)));
});

// 3. unshift after push(null), before 'end'.
const c = new Readable({ read() {} });
watch('c', c);
c.push('p');
c.push(null);
c.on('readable', function onr() {
  let d;
  while ((d = c.read()) !== null) {
    log('c read', d);
    if (String(d) === 'p') { c.unshift('q'); process.nextTick(() => log('c tick after unshift', c.readableLength)); }
  }
});

// 4. http: request and response wind-down on a keep-alive connection.
setTimeout(() => {
  let n = 0;
  const server = http.createServer((req, res) => {
    const k = ++n;
    watch('req' + k, req);
    res.on('finish', () => { log('res' + k, 'finish', flags(req)); process.nextTick(() => log('res' + k, 'tick after finish', flags(req))); });
    res.on('close', () => log('res' + k, 'close', flags(req)));
    if (k === 2) req.resume();
    if (k === 3) req.on('data', (d) => log('req3 data', d));
    res.end('ok' + k);
  });
  server.listen(0, '127.0.0.1', () => {
    const agent = new http.Agent({ keepAlive: true });
    let i = 0;
    const one = () => {
      const m = ++i;
      const opts = { port: server.address().port, host: '127.0.0.1', agent, method: m === 3 ? 'POST' : 'GET' };
      const r = http.request(opts, (res) => {
        watch('cres' + m, res);
        res.on('data', (d) => log('cres' + m, 'data', d));
        res.on('end', () => {
          if (m < 3) one();
          else { agent.destroy(); server.close(); }
        });
      });
      r.on('close', () => log('creq' + m, 'close'));
      r.end(m === 3 ? 'body' : undefined);
    };
    one();
  });
}, 5);
