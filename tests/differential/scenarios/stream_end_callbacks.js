// end(cb): the callback runs before 'finish' when finishing synchronously,
// gets the error when the stream errors, and an async _final delays both.
const { Writable } = require('node:stream');

const a = new Writable({ write(c, e, cb) { cb(); } });
a.on('finish', () => console.log('a finish'));
a.on('close', () => console.log('a close'));
a.end('x', () => console.log('a end cb'));
console.log('a sync', a.writableEnded, a.writableFinished);

const b = new Writable({
  write(c, e, cb) { cb(); },
  final(cb) { console.log('b final'); setTimeout(() => cb(new Error('final failed')), 1); },
});
b.on('error', (err) => console.log('b error', err.message));
b.on('finish', () => console.log('b finish'));
b.on('close', () => console.log('b close', b.errored.message));
b.end((err) => console.log('b end cb', err && err.message));

const c = new Writable({ write(c, e, cb) { setTimeout(cb, 2); }, final(cb) { console.log('c final'); cb(); } });
c.on('prefinish', () => console.log('c prefinish'));
c.on('finish', () => console.log('c finish'));
c.write('1');
c.end(() => console.log('c end cb 1'));
c.end(() => console.log('c end cb 2'));
const d = new Writable({ autoDestroy: false, emitClose: true, write(c, e, cb) { cb(); } });
d.on('finish', () => console.log('d finish', d.destroyed));
d.on('close', () => console.log('d close'));
d.end();
setTimeout(() => { console.log('d later', d.destroyed); d.destroy(); }, 10);
