// Differential fuzzing of stream.pipeline(): each program of
// stream_pipeline_fuzz_programs.json (made by stream_pipeline_fuzz_gen.py) is a
// random chain (Readable, Transforms, Writable) with random sync/nextTick/
// setImmediate timing, random failures inside the hooks and random external
// destroy() calls, plus an optional finished(); every event, the callback's
// error and which streams ended up destroyed are printed.  A program that
// never calls back prints "stuck" (Node 24 has a few).
const { Readable, Writable, Transform, pipeline, finished } = require('node:stream');
const PROGRAMS = JSON.parse(require('fs').readFileSync(
  process.argv[2] || require('path').join(__dirname, 'stream_pipeline_fuzz_programs.json'), 'utf8'));
let out = [];
const log = (...a) => out.push(a.join(' '));
function run(p, done) {
  const streams = [];
  const defer = (mode, fn) => { if (mode === 'sync') fn(); else if (mode === 'tick') process.nextTick(fn); else setImmediate(fn); };
  p.chain.forEach((spec, idx) => {
    const name = spec.kind + idx;
    let s;
    if (spec.kind === 'src') {
      let n = 0;
      s = new Readable({ highWaterMark: spec.hwm, objectMode: spec.obj, read() {
        n++;
        if (spec.failAt === n) { defer(spec.mode, () => s.destroy(new Error(name + ' failed'))); return; }
        defer(spec.mode, () => s.push(n <= spec.count ? 'c' + n : null));
      } });
    } else if (spec.kind === 'mid') {
      let n = 0;
      s = new Transform({ highWaterMark: spec.hwm, objectMode: spec.obj, transform(c, e, cb) {
        n++;
        if (spec.failAt === n) { defer(spec.mode, () => cb(new Error(name + ' failed'))); return; }
        defer(spec.mode, () => cb(null, String(c) + '.'));
      }, flush: spec.flush ? (cb) => defer(spec.mode, () => cb(null, 'F')) : undefined });
    } else {
      let n = 0;
      s = new Writable({ highWaterMark: spec.hwm, objectMode: spec.obj, write(c, e, cb) {
        n++;
        log(name, 'got', String(c));
        if (spec.failAt === n) { defer(spec.mode, () => cb(new Error(name + ' failed'))); return; }
        defer(spec.mode, () => cb());
      }, final: spec.final ? (cb) => defer(spec.mode, () => cb()) : undefined });
    }
    for (const ev of ['end', 'finish', 'close']) s.on(ev, () => log(name, ev));
    s.on('error', (e) => log(name, 'error', e.code || e.message));
    streams.push(s);
  });
  if (p.finishedOn !== null) finished(streams[p.finishedOn], (err) => log('finished', p.finishedOn, err ? (err.code || err.message) : 'ok'));
  let finishedRun = false;
  const guard = setTimeout(() => { if (!finishedRun) { finishedRun = true; log('stuck', streams.map((s) => (s.destroyed ? 'D' : '-')).join('')); console.log(out.join('\n')); out = []; done(); } }, 400);
  const ret = pipeline(...streams, (err) => {
    if (finishedRun) { log('late pipeline cb'); return; }
    finishedRun = true; clearTimeout(guard);
    log('pipeline cb', err ? (err.code || err.message) : 'ok', streams.map((s) => (s.destroyed ? 'D' : '-')).join(''));
    setImmediate(() => setImmediate(() => { console.log(out.join('\n')); out = []; done(); }));
  });
  log('ret last', ret === streams[streams.length - 1]);
  if (p.destroyAt !== null) {
    const [i, mode, withErr] = p.destroyAt;
    defer(mode, () => streams[i].destroy(withErr ? new Error('external') : undefined));
  }
}
let i = 0;
(function next() { if (i < PROGRAMS.length) { console.log('== ' + i); run(PROGRAMS[i++], next); } })();
