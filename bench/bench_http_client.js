// Peer for bench/bench_http_client.py.
//   node bench_http_client.js server            -> prints its port; answers "hello world" (keep-alive)
//   node bench_http_client.js server-vary       -> the same, with an X-Seq header counting responses
//   node bench_http_client.js client PORT N C   -> N GETs, C in flight, keep-alive Agent;
//                                                  prints seconds and CPU seconds of the timed section
const http = require('http');
const [mode, portArg, nArg, cArg] = process.argv.slice(2);
if (mode === 'server' || mode === 'server-vary') {
  // server-vary: every response head differs (an X-Seq counter), so no
  // client can reuse anything it learned from the previous head
  let seq = 0;
  const server = mode === 'server'
    ? http.createServer((req, res) => res.end('hello world'))
    : http.createServer((req, res) => { res.setHeader('X-Seq', String(++seq)); res.end('hello world'); });
  server.keepAliveTimeout = 60000;
  server.listen(0, '127.0.0.1', () => console.log(server.address().port));
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
} else {
  const port = +portArg, N = +nArg, C = +cArg;
  const agent = new http.Agent({ keepAlive: true });
  let started = 0, done = 0;
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  function one() {
    if (started >= N) return;
    started++;
    http.get({ host: '127.0.0.1', port, path: '/', agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (++done === N) {
          const cu = process.cpuUsage(c0);
          console.log(Number(process.hrtime.bigint() - t0) / 1e9, (cu.user + cu.system) / 1e6);
          agent.destroy();
        } else one();
      });
    });
  }
  for (let i = 0; i < C; i++) one();
}
