// stream.finished(): normal completion, premature close, error; the callback
// runs after 'close' when the stream emits one.
const { Readable, Writable, finished } = require('node:stream');

const r = new Readable({ read() {} });
r.on('close', () => console.log('r close'));
r.on('end', () => console.log('r end'));
finished(r, (err) => console.log('r finished', err === undefined ? 'undefined' : err && err.code));
r.resume();
r.push('a');
r.push(null);

const r2 = new Readable({ read() {} });
r2.on('close', () => console.log('r2 close'));
finished(r2, (err) => console.log('r2 finished', err && err.code, err && err.message));
r2.push('a');
r2.destroy();

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('finish', () => console.log('w finish'));
w.on('close', () => console.log('w close'));
finished(w, (err) => console.log('w finished', err === undefined ? 'undefined' : err));
w.end('x');

const w2 = new Writable({ write(c, e, cb) { cb(new Error('bad')); } });
w2.on('error', (e) => console.log('w2 error', e.message));
finished(w2, (err) => console.log('w2 finished', err.message));
w2.write('x');

const w3 = new Writable({ autoDestroy: false, write(c, e, cb) { cb(); } });
w3.on('finish', () => console.log('w3 finish'));
const cleanup = finished(w3, (err) => console.log('w3 finished', err === undefined ? 'undefined' : err));
console.log('cleanup', typeof cleanup);
w3.end();

const r4 = new Readable({ read() {} });
r4.push(null);
r4.resume();
r4.on('end', () => {
  console.log('r4 end');
  finished(r4, (err) => console.log('r4 finished late', err === undefined ? 'undefined' : err));
});
