// Loop overhead in Node 24 (the reference for bench/bench_loop.py).
// node bench/loop.js [--quick]  -> one JSON line: {case: ns per operation}
'use strict';
const { EventEmitter } = require('node:events');
const quick = process.argv.includes('--quick');
const SCALE = quick ? 10 : 1;
const REPEAT = quick ? 2 : 5;
const N_TICK = 1000000 / SCALE, N_TIMER = 100000 / SCALE, N_IMM = 100000 / SCALE, N_EMIT = 1000000 / SCALE;

// CPU time of this thread (ns): the machine may be shared, wall time is not fair
const now = () => { const u = process.threadCpuUsage(); return (u.user + u.system) * 1000; };

function nextTicks(done) {
  let left = N_TICK;
  const t0 = now();
  const cb = () => { if (--left === 0) done((now() - t0) / N_TICK); };
  for (let i = 0; i < N_TICK; i++) process.nextTick(cb);
}

function timers(done) {
  let left = N_TIMER;
  const t0 = now();
  const cb = () => { if (--left === 0) done((now() - t0) / N_TIMER); };
  for (let i = 0; i < N_TIMER; i++) setTimeout(cb, 0);
}

function immediates(done) {
  let left = N_IMM;
  const t0 = now();
  const cb = () => { if (--left === 0) done((now() - t0) / N_IMM); };
  for (let i = 0; i < N_IMM; i++) setImmediate(cb);
}

function emitN(listeners) {
  return (done) => {
    const e = new EventEmitter();
    let count = 0;
    for (let i = 0; i < listeners; i++) e.on('data', (chunk) => { count += 1; });
    const t0 = now();
    // unrolled ten times, as in bench_loop.py (each group emits the same value)
    for (let i = 0; i < N_EMIT; i += 10) {
      e.emit('data', i); e.emit('data', i); e.emit('data', i); e.emit('data', i);
      e.emit('data', i); e.emit('data', i); e.emit('data', i); e.emit('data', i);
      e.emit('data', i); e.emit('data', i);
    }
    const dt = (now() - t0) / N_EMIT;
    if (count !== N_EMIT * listeners) throw new Error('lost emits');
    done(dt);
  };
}

const cases = [['nextTick', nextTicks], ['setTimeout0', timers], ['setImmediate', immediates],
  ['emit3', emitN(3)], ['emit1', emitN(1)]];
const results = {};

function runCase(i, rep, best) {
  if (i === cases.length) { console.log(JSON.stringify(results)); return; }
  const [name, fn] = cases[i];
  fn((ns) => {
    best = Math.min(best, ns);
    if (rep + 1 < REPEAT) setImmediate(() => runCase(i, rep + 1, best));
    else { results[name] = best; setImmediate(() => runCase(i + 1, 0, Infinity)); }
  });
}
runCase(0, 0, Infinity);
