// pipe(): a fast source into a slow destination; 'pipe', 'drain', pause/resume
// of the source, 'unpipe', and dest.end() after the source's 'end'.
const { Readable, Writable } = require('node:stream');

let n = 0;
const src = new Readable({
  highWaterMark: 4,
  read() {
    n++;
    if (n <= 6) this.push(String(n).repeat(3));
    else this.push(null);
  },
});
const dst = new Writable({
  highWaterMark: 5,
  write(chunk, enc, cb) {
    console.log('write', chunk.toString(), dst.writableLength);
    setTimeout(cb, 1);
  },
});
for (const ev of ['pause', 'resume', 'end', 'close']) src.on(ev, () => console.log('src', ev, src.readableLength, src.readableFlowing));
for (const ev of ['drain', 'finish', 'close']) dst.on(ev, () => console.log('dst', ev, dst.writableLength));
dst.on('pipe', (s) => console.log('dst pipe', s === src));
dst.on('unpipe', (s) => console.log('dst unpipe', s === src));
console.log('ret', src.pipe(dst) === dst, src.readableFlowing);
