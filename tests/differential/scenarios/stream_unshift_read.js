// read(n) sizes, unshift() back to the front, read(0), highWaterMark growth
// on a large read(n), objectMode reads, push() return values.
const { Readable } = require('node:stream');

const r = new Readable({ highWaterMark: 8, read() {} });
console.log('push', r.push('abcd'), r.push('efgh'), r.push('ij'), r.readableLength);
console.log('read 3', r.read(3).toString(), r.readableLength);
console.log('read 4', r.read(4).toString(), r.readableLength);
r.unshift('XY');
console.log('after unshift', r.readableLength);
console.log('read 100', r.read(100), r.readableHighWaterMark);
console.log('read()', r.read().toString(), r.readableLength);
console.log('read 0', r.read(0));
r.push(null);
r.on('end', () => console.log('end', r.readableEnded));
r.on('readable', () => console.log('readable', r.read()));

const o = new Readable({ objectMode: true, read() {} });
console.log('object hwm', o.readableHighWaterMark);
const rets = [];
for (let i = 0; i < 17; i++) rets.push(o.push({ i }));
console.log('object push rets', rets.slice(14).join(','), o.readableLength);
console.log('object read', JSON.stringify(o.read()), JSON.stringify(o.read(5)), o.readableLength);
o.unshift({ back: true });
console.log('object read after unshift', JSON.stringify(o.read()));
const e = new Readable({ read() {} });
console.log('push empty', e.push(''), e.readableLength);
e.on('error', (err) => console.log('e error', err.code, err.message));
e.push(null);
e.on('end', () => { console.log('e end'); e.unshift('z'); });
e.resume();
