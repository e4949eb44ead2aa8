// stream.pipeline(): success calls back after the destination finished;
// an error in the middle destroys every stream and reports the first error.
const { pipeline, Readable, Transform, Writable } = require('node:stream');

function src(name, items) {
  const r = new Readable({ read() { const v = items.shift(); this.push(v === undefined ? null : v); } });
  r.on('close', () => console.log(name, 'src close'));
  return r;
}
function upper(name, failOn) {
  const t = new Transform({
    transform(c, e, cb) {
      if (c.toString() === failOn) return cb(new Error('transform failed'));
      cb(null, c.toString().toUpperCase());
    },
  });
  t.on('close', () => console.log(name, 'transform close'));
  return t;
}
function sink(name) {
  const got = [];
  const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
  w.on('finish', () => console.log(name, 'sink finish', got.join(',')));
  w.on('close', () => console.log(name, 'sink close'));
  return w;
}

const last = pipeline(src('ok', ['a', 'b']), upper('ok'), sink('ok'), (err) => {
  console.log('ok done', err === undefined ? 'undefined' : err);
  const s = sink('bad');
  pipeline(src('bad', ['a', 'b', 'c']), upper('bad', 'b'), s, (err) => {
    console.log('bad done', err.message, s.destroyed);
  });
});
console.log('returns last', last.writable);
