// Node 24 side of bench/bench_net.py (see there).  Modes:
//   node bench/bench_net.js echo <totalBytes> <chunkBytes>
//       server and client in this process; the server pipes each socket back
//       to itself, the client writes totalBytes in chunkBytes writes (honouring
//       write()'s return) and waits for every byte to come back.
//       Prints {"seconds": s}.
//   node bench/bench_net.js server
//       a server that answers each connection with 'x' and end(); prints its
//       port, then {"accepted": n} when stdin closes.
//   node bench/bench_net.js connect <port> <count> <concurrency>
//       the load generator for the accept benchmark (used against both
//       servers): opens count connections, concurrency at a time, each waits
//       for the server's 'x' and FIN.  Prints {"seconds": s}.
//   node bench/bench_net.js echo-server
//       a server that writes back every chunk it reads; prints its port, exits
//       when stdin closes.
//   node bench/bench_net.js pingpong <port> <connections> <messages>
//       each connection sends a 100-byte message and waits for its echo,
//       messages times; the load generator of the ping-pong benchmark.
//       Prints {"seconds": s}.
//   node bench/bench_net.js idle-server
//       accepts connections and keeps them idle; each line on stdin is
//       answered with {"rss": bytes, "connections": n}.
'use strict';
const net = require('net');

const mode = process.argv[2];

if (mode === 'echo') {
  const total = Number(process.argv[3]);
  const chunkSize = Number(process.argv[4]);
  const chunk = Buffer.alloc(chunkSize, 120);
  const server = net.createServer((c) => c.pipe(c));
  server.listen(0, '127.0.0.1', () => {
    const t0 = process.hrtime.bigint();
    const c = net.connect(server.address().port, '127.0.0.1');
    let sent = 0;
    let got = 0;
    function pump() {
      while (sent < total) {
        sent += chunk.length;
        if (!c.write(chunk)) {
          c.once('drain', pump);
          return;
        }
      }
      c.end();
    }
    c.on('connect', pump);
    c.on('data', (d) => {
      got += d.length;
    });
    c.on('end', () => {
      const s = Number(process.hrtime.bigint() - t0) / 1e9;
      if (got !== total) throw new Error(`got ${got} of ${total}`);
      console.log(JSON.stringify({ seconds: s }));
      server.close();
    });
  });
} else if (mode === 'server') {
  let accepted = 0;
  const server = net.createServer((c) => {
    accepted++;
    c.on('error', () => {});
    c.end('x');
    c.resume();
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ port: server.address().port }));
  });
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => {
    console.log(JSON.stringify({ accepted }));
    process.exit(0);
  });
} else if (mode === 'connect') {
  const port = Number(process.argv[3]);
  const count = Number(process.argv[4]);
  const concurrency = Number(process.argv[5]);
  let started = 0;
  let done = 0;
  const t0 = process.hrtime.bigint();
  function one() {
    if (started >= count) return;
    started++;
    const c = net.connect(port, '127.0.0.1');
    c.on('error', (e) => { throw e; });
    c.resume();
    c.on('close', () => {
      done++;
      if (done === count) {
        const s = Number(process.hrtime.bigint() - t0) / 1e9;
        console.log(JSON.stringify({ seconds: s }));
      } else {
        one();
      }
    });
  }
  for (let i = 0; i < concurrency; i++) one();
} else if (mode === 'echo-server') {
  const server = net.createServer((c) => {
    c.on('data', (d) => c.write(d));
    c.on('error', () => {});
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ port: server.address().port }));
  });
  process.stdin.on('data', () => {});
  process.stdin.on('end', () => process.exit(0));
} else if (mode === 'pingpong') {
  const port = Number(process.argv[3]);
  const conns = Number(process.argv[4]);
  const messages = Number(process.argv[5]);
  const msg = Buffer.alloc(100, 109);
  let finished = 0;
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < conns; i++) {
    const c = net.connect(port, '127.0.0.1');
    c.setNoDelay(true);
    let left = messages;
    let pending = 0;
    c.on('connect', () => c.write(msg));
    c.on('data', (d) => {
      pending += d.length;
      if (pending < msg.length) return;
      pending -= msg.length;
      if (--left > 0) {
        c.write(msg);
      } else {
        c.end();
        if (++finished === conns) {
          const s = Number(process.hrtime.bigint() - t0) / 1e9;
          console.log(JSON.stringify({ seconds: s }));
        }
      }
    });
  }
} else if (mode === 'idle-server') {
  const conns = [];
  const server = net.createServer((c) => {
    conns.push(c);
    c.on('error', () => {});
  });
  server.listen(0, '127.0.0.1', () => {
    console.log(JSON.stringify({ port: server.address().port }));
  });
  require('readline').createInterface({ input: process.stdin }).on('line', () => {
    if (global.gc) global.gc();
    console.log(JSON.stringify({ rss: process.memoryUsage().rss, connections: conns.length }));
  }).on('close', () => process.exit(0));
} else {
  console.error('usage: bench_net.js echo|server|connect|echo-server|pingpong|idle-server ...');
  process.exit(2);
}
