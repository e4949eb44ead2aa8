// Host names go through lookup: 'lookup' (err, address, family, host), then the attempt; ENOTFOUND.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const probe = net.createServer();
probe.listen(0, '127.0.0.1', () => {
  const port = probe.address().port;
  const P = (x) => typeof x === 'string' ? x.split(String(port)).join('PORT') : x === port ? 'PORT' : x;
  probe.close(() => {
    const c = net.connect({ port, host: 'localhost', family: 4 });
    for (const ev of ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'error', 'close'])
      c.on(ev, (...a) => log('A', ev, ...a.map((x) => x instanceof Error ? P(fmt(x)) : P(x))));
    c.on('close', () => {
      const d = net.connect({ port, host: 'nonexistent.invalid' });
      for (const ev of ['lookup', 'connectionAttempt', 'connect', 'error', 'close'])
        d.on(ev, (...a) => log('B', ev, ...a.map((x) => x instanceof Error ? P(fmt(x)) : P(x))));
      d.on('error', (e) => log('hostname', e.hostname));
      d.on('close', () => {
        const calls = [];
        const e = net.connect({ port, host: 'example.test', lookup: (host, opts, cb) => { log('custom lookup', host, opts.family, opts.all); cb(null, [{ address: '127.0.0.1', family: 4 }]); } });
        for (const ev of ['lookup', 'connectionAttempt', 'error', 'close'])
          e.on(ev, (...a) => log('C', ev, ...a.map((x) => x instanceof Error ? P(fmt(x)) : P(x))));
        e.on('close', () => {
          // the default: autoSelectFamily with every address of 'localhost'
          const f = net.connect({ port, host: 'localhost' });
          for (const ev of ['lookup', 'connectionAttempt', 'connectionAttemptFailed', 'connect', 'error', 'close'])
            f.on(ev, (...a) => log('D', ev, ...a.map((x) => x instanceof Error ? P(fmt(x)) : P(x))));
        });
      });
    });
  });
});
