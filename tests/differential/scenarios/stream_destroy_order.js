// destroy(err): 'error' then 'close' on the next tick, destroy callback first;
// destroy() without error: only 'close'; emitClose false; errored/closed.
const { Readable, Writable, Duplex } = require('node:stream');

function watch(name, s) {
  for (const ev of ['error', 'close', 'end', 'finish']) {
    s.on(ev, (e) => console.log(name, ev, ev === 'error' ? e.message : '', s.destroyed, s.closed, s.errored ? s.errored.message : null));
  }
}
const r = new Readable({ read() {} });
watch('r', r);
r.destroy(new Error('boom'), (err) => console.log('r destroy cb', err.message));
console.log('r sync', r.destroyed, r.closed, r.errored.message, r.readableAborted);
r.destroy(new Error('again'));

const w = new Writable({ write(c, e, cb) {}, destroy(err, cb) { console.log('w _destroy', err); setImmediate(cb); } });
watch('w', w);
w.write('x', (err) => console.log('w write cb', err && err.code));
w.write('y', (err) => console.log('w write cb 2', err && err.code));
w.destroy();
console.log('w sync', w.destroyed, w.closed, w.writableAborted);

const d = new Duplex({ read() {}, write(c, e, cb) { cb(); }, emitClose: false });
watch('d', d);
d.destroy(new Error('dup'));
console.log('d sync', d.destroyed, d.readableAborted, d.writableEnded);

const w2 = new Writable({ write(c, e, cb) { cb(new Error('write failed')); } });
watch('w2', w2);
w2.write('a', (err) => console.log('w2 write cb', err.message));
console.log('w2 sync', w2.errored && w2.errored.message, w2.writable);
process.nextTick(() => console.log('tick1'));
setImmediate(() => console.log('immediate'));
