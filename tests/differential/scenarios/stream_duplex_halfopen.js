// Duplex: allowHalfOpen true keeps the writable side open after 'end';
// false ends it; autoDestroy waits for both sides.
const { Duplex } = require('node:stream');

function make(name, allowHalfOpen) {
  const d = new Duplex({
    allowHalfOpen,
    read() {},
    write(chunk, enc, cb) { console.log(name, 'write', chunk.toString()); cb(); },
    final(cb) { console.log(name, 'final'); cb(); },
  });
  for (const ev of ['end', 'prefinish', 'finish', 'close']) {
    d.on(ev, () => console.log(name, ev, d.readableEnded, d.writableEnded, d.writableFinished, d.destroyed));
  }
  d.on('data', (c) => console.log(name, 'data', c.toString()));
  return d;
}

const a = make('half', true);
const b = make('full', false);
a.push('x'); a.push(null);
b.push('y'); b.push(null);
b.write('z');
setTimeout(() => {
  console.log('half writable', a.writable, a.allowHalfOpen, b.allowHalfOpen);
  a.end('late');
}, 5);
