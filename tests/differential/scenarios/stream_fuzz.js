// Differential fuzzing of the stream state machines: each program in
// stream_fuzz_programs.json (made by stream_fuzz_gen.py) builds one Readable,
// Writable, Duplex or Transform from a random configuration, applies random
// operations (push/read/unshift/pause/resume/listeners/pipe/write/end/cork/
// destroy...) synchronously, on nextTick or on setImmediate, and prints every
// hook call, event, return value and a state snapshot after each operation.
// stream_fuzz.py interprets the same programs with nodehttp.stream.
const { Readable, Writable, Duplex, Transform, finished } = require('node:stream');
const PROGRAMS = JSON.parse(require('fs').readFileSync(
  process.argv[2] || require('path').join(__dirname, 'stream_fuzz_programs.json'), 'utf8'));
let out = [];
const log = (...a) => out.push(a.map((x) => x === undefined ? 'undef' : (typeof x === 'string' ? x : JSON.stringify(x))).join(' '));
const S = (c) => c === null ? 'null' : (typeof c === 'string' ? 's:' + c : (Buffer.isBuffer(c) ? 'b:' + c.toString('latin1') : JSON.stringify(c)));
function runProgram(prog, done) {
const cfg = prog.cfg;
let cbid = 0;
function mkcb(tag) { const id = ++cbid; return (err) => log('cb', tag, id, err ? (err.code || err.message) : 'ok'); }
const opts = { highWaterMark: cfg.hwm, objectMode: cfg.objectMode, allowHalfOpen: cfg.allowHalfOpen, autoDestroy: cfg.autoDestroy, emitClose: cfg.emitClose, decodeStrings: cfg.decodeStrings };
const kind = cfg.kind;
let s;
const pendingW = [];
const readMode = cfg.readMode; // 'none' | 'push1' | 'pushAsync' | 'eof'
let nread = 0;
if (kind !== 'writable') {
  opts.read = function (n) {
    nread++;
    log('_read', n, this.readableLength);
    if (readMode === 'push1' && nread < 4) this.push('r' + nread);
    else if (readMode === 'pushAsync' && nread < 4) { const k = nread; setImmediate(() => { log('async push', s.push('a' + k)); }); }
    else if (readMode === 'eof') this.push(null);
  };
}
if (kind === 'writable' || kind === 'duplex') {
  opts.write = function (chunk, enc, cb) {
    log('_write', S(chunk), enc ?? 'none', this.writableLength);
    if (cfg.writeMode === 'sync') cb();
    else if (cfg.writeMode === 'error') cb(new Error('wfail'));
    else pendingW.push(cb);
  };
  if (cfg.writev) opts.writev = function (chunks, cb) { log('_writev', chunks.map((c) => S(c.chunk)).join(','), this.writableLength); if (cfg.writeMode === 'sync') cb(); else pendingW.push(cb); };
  if (cfg.final) opts.final = function (cb) { log('_final'); if (cfg.final === 'sync') cb(); else setImmediate(cb); };
}
if (kind === 'transform') {
  opts.transform = function (chunk, enc, cb) { log('_transform', S(chunk), enc ?? 'none'); if (cfg.writeMode === 'sync') cb(null, chunk); else pendingW.push(() => cb(null, chunk)); };
  if (cfg.final) opts.flush = function (cb) { log('_flush'); cb(null, 'F'); };
}
opts.destroy = function (err, cb) { log('_destroy', err ? err.message : 'null'); cb(err); };
for (const k of Object.keys(opts)) if (opts[k] === null) delete opts[k];
s = kind === 'readable' ? new Readable(opts) : kind === 'writable' ? new Writable(opts) : kind === 'duplex' ? new Duplex(opts) : new Transform(opts);
const evs = ['end', 'finish', 'prefinish', 'close', 'drain', 'pause', 'resume', 'pipe', 'unpipe'];
for (const ev of evs) s.on(ev, () => log('ev', ev));
s.on('error', (e) => log('ev error', e.code || e.message));
const snapshot = () => {
  const p = [];
  if (s._readableState) p.push('rl=' + s.readableLength, 'rf=' + s.readableFlowing, 're=' + s.readableEnded, 'rr=' + s.readable);
  if (s._writableState) p.push('wl=' + s.writableLength, 'wn=' + s.writableNeedDrain, 'we=' + s.writableEnded, 'wf=' + s.writableFinished, 'ww=' + s.writable);
  p.push('d=' + s.destroyed, 'c=' + s.closed);
  return p.join(' ');
};
const handlers = {};
function run(op) {
  const [name, a] = op;
  switch (name) {
    case 'push': log('push ret', s.push(a)); break;
    case 'pushnull': log('push null ret', s.push(null)); break;
    case 'unshift': log('unshift ret', s.unshift(a)); break;
    case 'read': { const r = a === null ? s.read() : s.read(a); log('read ret', S(r)); break; }
    case 'pause': s.pause(); break;
    case 'resume': s.resume(); break;
    case 'ondata': handlers.data = (d) => log('ev data', S(d)); s.on('data', handlers.data); break;
    case 'offdata': if (handlers.data) s.removeListener('data', handlers.data); break;
    case 'onreadable': handlers.readable = () => { log('ev readable', s.readableLength); if (a) { let d; while ((d = s.read()) !== null) log('rloop', S(d)); } }; s.on('readable', handlers.readable); break;
    case 'offreadable': if (handlers.readable) s.removeListener('readable', handlers.readable); break;
    case 'setEncoding': s.setEncoding(a); break;
    case 'write': try { log('write ret', s.write(a, mkcb('w'))); } catch (e) { log('throw', e.code); } break;
    case 'writenocb': try { log('write ret', s.write(a)); } catch (e) { log('throw', e.code); } break;
    case 'end': s.end(a === null ? undefined : a, mkcb('end')); break;
    case 'cork': s.cork(); break;
    case 'uncork': s.uncork(); break;
    case 'flushw': { const cbs = pendingW.splice(0, a); for (const cb of cbs) cb(); break; }
    case 'destroy': s.destroy(a ? new Error(a) : undefined); break;
    case 'tick': break;
    case 'finished': finished(s, a ? { readable: false } : {}, (err) => log('finished cb', err ? (err.code || err.message) : 'ok')); break;
    case 'pushbytes': log('push ret', s.push(Buffer.from(a))); break;
    case 'oncedata': s.once('data', (d) => log('once data', S(d))); break;
    case 'removealldata': s.removeAllListeners('data'); break;
    case 'writehex': try { log('write ret', s.write(a, 'hex', mkcb('wh'))); } catch (e) { log('throw', e.code); } break;
    case 'pipe': {
      const sink = new Writable({ highWaterMark: 2, objectMode: !!cfg.objectMode, write(c, e, cb) { log('sink write', S(c)); if (a) setImmediate(cb); else cb(); } });
      for (const ev of ['drain', 'finish', 'close', 'unpipe']) sink.on(ev, () => log('sink', ev));
      sink.on('error', (e) => log('sink error', e.code || e.message));
      handlers.sink = sink;
      log('pipe ret', s.pipe(sink) === sink);
      break;
    }
    case 'unpipe': if (handlers.sink) s.unpipe(a ? handlers.sink : undefined); break;
    case 'pipefrom': {
      let k = 0;
      const src = new Readable({ highWaterMark: 2, objectMode: !!cfg.objectMode, read() { k++; this.push(k <= a ? 'p' + k : null); } });
      for (const ev of ['end', 'close', 'pause', 'resume']) src.on(ev, () => log('src', ev));
      src.pipe(s);
      break;
    }
  }
  log('@', name, snapshot());
}
let i = 0;
function step() {
  while (i < prog.ops.length) {
    const op = prog.ops[i++];
    const sched = op[2];
    if (sched === 'sync') { run(op); continue; }
    const go = () => { run(op); step(); };
    if (sched === 'tick') process.nextTick(go); else setImmediate(go);
    return;
  }
  setImmediate(() => setImmediate(() => { log('final', snapshot()); console.log(out.join('\n')); out = []; done(); }));
}
step();
}
let pi = 0;
function next() {
  if (pi >= PROGRAMS.length) return;
  const prog = PROGRAMS[pi++];
  console.log('== program ' + (pi - 1));
  runProgram(prog, next);
}
next();
