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
setTimeout(() => {
  src.unpipe(a);
  console.log('pipes after unpipe(a)', src.readableFlowing);
  src.push('333');
  setTimeout(() => {
    src.unpipe();
    console.log('after unpipe()', src.readableFlowing, src.isPaused());
    src.push(null);
  }, 10);
}, 20);
