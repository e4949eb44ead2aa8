// One source piped into two destinations: the source waits for 'drain'
// from every slow destination; unpipe(dest) and unpipe() emit 'unpipe'.
const { Readable, Writable } = require('node:stream');

const src = new Readable({ read() {} });
function dest(name, delay) {
  const w = new Writable({
    highWaterMark: 2,
    write(c, e, cb) { console.log(name, 'write', c.toString()); setTimeout(cb, delay); },
  });
  w.on('drain', () => console.log(name, 'drain'));
  w.on('unpipe', () => console.log(name, 'unpipe'));
  w.on('finish', () => console.log(name, 'finish'));
  return w;
}
const a = dest('a', 1);
const b = dest('b', 4);
src.pipe(a);
src.pipe(b);
src.on('pause', () => console.log('src pause'));
src.on('resume', () => console.log('src resume'));
src.push('111');
src.push('222');
// Each step waits for the slow destination's 'drain' (not for a timer).
let drains = 0;
b.on('drain', () => {
  drains++;
  if (drains === 2) setImmediate(step1);
  if (drains === 3) setImmediate(step2);
});
function step1() {
  src.unpipe(a);
  console.log('pipes after unpipe(a)', src.readableFlowing);
  src.push('333');
}
function step2() {
  src.unpipe();
  console.log('after unpipe()', src.readableFlowing, src.isPaused());
  src.push(null);
}
