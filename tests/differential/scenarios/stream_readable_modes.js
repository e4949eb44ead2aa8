// Readable: paused -> flowing via 'data'; pause()/resume() events;
// 'end' only after all data is consumed; autoDestroy 'close' after 'end'.
const { Readable } = require('node:stream');

const chunks = ['a', 'bb', 'ccc'];
const r = new Readable({
  highWaterMark: 4,
  read(n) {
    const c = chunks.shift();
    console.log('_read', n, c === undefined ? 'EOF' : c, r.readableLength);
    r.push(c === undefined ? null : c);
  },
});
for (const ev of ['pause', 'resume', 'end', 'close', 'readable']) {
  if (ev === 'readable') continue;
  r.on(ev, () => console.log('event', ev, r.readableFlowing, r.readableLength, r.readableEnded, r.destroyed));
}
console.log('initial', r.readableFlowing, r.isPaused(), r.readableHighWaterMark, r.readableObjectMode);
r.on('data', (d) => {
  console.log('data', d.toString(), r.readableFlowing, r.readableLength);
  if (d.toString() === 'bb') {
    r.pause();
    console.log('paused', r.isPaused(), r.readableFlowing);
    setTimeout(() => { console.log('resuming'); r.resume(); }, 5);
  }
});
console.log('after on data', r.readableFlowing, r.isPaused());
process.nextTick(() => console.log('tick', r.readableFlowing, r.readableLength));
