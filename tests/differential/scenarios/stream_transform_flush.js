// Transform: _transform pushes, _flush pushes the tail; the order of
// 'prefinish', 'finish', 'data', 'end', 'close'; PassThrough.
const { Transform, PassThrough } = require('node:stream');

const t = new Transform({
  transform(chunk, enc, cb) {
    console.log('transform', chunk.toString(), enc);
    cb(null, chunk.toString().toUpperCase());
  },
  flush(cb) {
    console.log('flush');
    this.push('tail');
    cb(null, 'last');
  },
});
for (const ev of ['prefinish', 'finish', 'end', 'close']) t.on(ev, () => console.log('t', ev));
t.on('data', (c) => console.log('t data', c.toString()));
t.write('ab');
t.write('cd', () => console.log('t write cb'));
t.end(() => console.log('t end cb'));

const p = new PassThrough();
for (const ev of ['prefinish', 'finish', 'end', 'close']) p.on(ev, () => console.log('p', ev));
p.end('through');
p.on('data', (c) => console.log('p data', c.toString()));
