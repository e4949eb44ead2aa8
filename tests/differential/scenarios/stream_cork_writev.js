// cork()/uncork(): writes are buffered and flushed as one _writev;
// end() uncorks; writableCorked; _writev chunks and callbacks.
const { Writable } = require('node:stream');

const w = new Writable({
  write(chunk, enc, cb) { console.log('_write', chunk.toString(), enc); cb(); },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => c.chunk.toString() + '/' + c.encoding).join(' '));
    process.nextTick(cb);
  },
});
w.on('finish', () => console.log('finish'));
w.write('a', () => console.log('cb a'));
w.cork();
w.cork();
console.log('corked', w.writableCorked);
w.write('b', () => console.log('cb b'));
w.write('c');
w.write('dd', 'hex', () => console.log('cb dd'));
console.log('length', w.writableLength, 'buffered', w.writableBuffer.length);
w.uncork();
console.log('after uncork 1', w.writableCorked, w.writableLength);
process.nextTick(() => {
  w.uncork();
  console.log('after uncork 2', w.writableCorked, w.writableLength);
  w.cork();
  w.write('e');
  w.write('f');
  w.end('g', () => console.log('end cb'));
  console.log('after end', w.writableCorked);
});
