// 'readable' event: read() in a loop; read(n) with partial data; 'end' after
// the final read() returns null.
const { Readable } = require('node:stream');

let i = 0;
const r = new Readable({
  read() {
    i++;
    console.log('_read', i);
    if (i <= 3) setImmediate(() => r.push('x'.repeat(i * 3)));
    else setImmediate(() => r.push(null));
  },
});
r.on('readable', () => {
  console.log('readable', r.readableLength, r.readableFlowing);
  let chunk;
  while ((chunk = r.read(4)) !== null) console.log('read', chunk.toString());
  console.log('read null', r.readableLength);
});
r.on('end', () => console.log('end'));
r.on('close', () => console.log('close'));
console.log('flowing', r.readableFlowing);
