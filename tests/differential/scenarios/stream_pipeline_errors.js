// pipeline(): which streams are destroyed and with what, when the source
// errors, the destination errors, the source is destroyed early, and a
// Readable that already ended is piped; the callback's error each time.
const { pipeline, Readable, Writable, PassThrough } = require('node:stream');

function watch(name, s) {
  for (const ev of ['end', 'finish', 'close']) s.on(ev, () => console.log(name, ev));
  s.on('error', (e) => console.log(name, 'error', e.code || e.message));
}
const cases = [
  function sourceError(done) {
    const src = new Readable({ read() { this.destroy(new Error('src broke')); } });
    const mid = new PassThrough();
    const dst = new Writable({ write(c, e, cb) { cb(); } });
    watch('src', src); watch('mid', mid); watch('dst', dst);
    pipeline(src, mid, dst, (err) => { console.log('cb', err.message, mid.destroyed, dst.destroyed); done(); });
  },
  function destinationError(done) {
    const src = new Readable({ read() { this.push('x'); } });
    const dst = new Writable({ write(c, e, cb) { cb(new Error('dst broke')); } });
    watch('src', src); watch('dst', dst);
    pipeline(src, dst, (err) => { console.log('cb', err.message, src.destroyed); done(); });
  },
  function sourceDestroyedEarly(done) {
    const src = new Readable({ read() {} });
    const dst = new Writable({ write(c, e, cb) { cb(); } });
    watch('src', src); watch('dst', dst);
    pipeline(src, dst, (err) => { console.log('cb', err.code, dst.destroyed); done(); });
    src.push('a');
    setImmediate(() => src.destroy());
  },
  function alreadyEnded(done) {
    const src = new Readable({ read() {} });
    src.push(null);
    src.resume();
    src.on('end', () => {
      const dst = new Writable({ write(c, e, cb) { cb(); } });
      watch('dst', dst);
      pipeline(src, dst, (err) => { console.log('cb', err ? err.code : 'ok'); done(); });
    });
  },
  function objectModeChain(done) {
    const src = Readable.from([1, 2, 3]);
    const got = [];
    const dst = new Writable({ objectMode: true, write(c, e, cb) { got.push(c); cb(); } });
    watch('dst', dst);
    pipeline(src, dst, (err) => { console.log('cb', err === undefined ? 'undefined' : err, JSON.stringify(got)); done(); });
  },
];
let i = 0;
(function next() {
  if (i >= cases.length) return;
  const c = cases[i++];
  console.log('== ' + c.name);
  c(next);
})();
