// The legacy Stream base class and its old-style pipe(): 'data' -> write(),
// a false return pauses the source, 'drain' resumes it, 'end' ends the
// destination, 'close' destroys it, errors are rethrown when unhandled.
const { Stream, Writable } = require('node:stream');

function source(name) {
  const s = new Stream();
  s.readable = true;
  s.pause = () => console.log(name, 'pause');
  s.resume = () => console.log(name, 'resume');
  return s;
}
const a = source('a');
const w = new Writable({ highWaterMark: 2, write(c, e, cb) { console.log('w write', c.toString()); setImmediate(cb); } });
for (const ev of ['pipe', 'drain', 'finish', 'close']) w.on(ev, () => console.log('w', ev));
console.log('pipe ret', a.pipe(w) === w);
a.emit('data', Buffer.from('x'));
a.emit('data', Buffer.from('yz'));
w.once('drain', () => setImmediate(() => {
  a.emit('end');
  const b = source('b');
  const w2 = new Writable({ write(c, e, cb) { cb(); } });
  for (const ev of ['finish', 'close']) w2.on(ev, () => console.log('w2', ev));
  b.pipe(w2);
  b.emit('close');
  const c = source('c');
  const w3 = new Writable({ write(c, e, cb) { cb(); } });
  c.pipe(w3, { end: false });
  c.emit('end');
  setImmediate(() => {
    console.log('w3 ended', w3.writableEnded, 'c listeners', c.listenerCount('data'), c.listenerCount('end'));
    c.on('error', (e) => console.log('c error', e.message));
    c.pipe(w3);
    c.emit('error', new Error('boom'));
    console.log('after error listeners', c.listenerCount('data'));
  });
}));
