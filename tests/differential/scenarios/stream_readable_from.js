// Readable.from(): objectMode by default, one item per push; a string is
// one chunk; null items are ERR_STREAM_NULL_VALUES; objectMode false.
const { Readable } = require('node:stream');

const r = Readable.from(['a', 'b', 'c']);
console.log('from', r.readableObjectMode, r.readableHighWaterMark);
r.on('data', (d) => console.log('data', JSON.stringify(d)));
r.on('end', () => {
  console.log('end');
  const s = Readable.from('whole string');
  s.on('data', (d) => console.log('string data', JSON.stringify(d)));
  s.on('end', () => {
    const n = Readable.from([1, null, 2]);
    n.on('data', (d) => console.log('n data', d));
    n.on('error', (err) => console.log('n error', err.code, err.message));
    n.on('close', () => {
      console.log('n close');
      const b = Readable.from(['x', 'y'], { objectMode: false });
      b.on('data', (d) => console.log('b data', Buffer.isBuffer(d), d.toString()));
      b.on('end', () => console.log('b end'));
    });
  });
});
r.on('close', () => console.log('close'));
