// once('data') starts flowing; once('readable') cycles; removing a 'readable'
// listener resumes a stream that has 'data' listeners; removeAllListeners.
const { Readable } = require('node:stream');

const r = new Readable({ read() {} });
r.once('data', (d) => console.log('once data', d.toString(), r.readableFlowing));
r.push('a');
r.push('b');
setTimeout(() => {
  console.log('after once', r.readableFlowing, r.readableLength, r.listenerCount('data'));
  const r2 = new Readable({ read() {} });
  let n = 0;
  function onReadable() {
    n++;
    console.log('readable', n, String(r2.read()));
    if (n < 3) setTimeout(() => { r2.once('readable', onReadable); r2.push('z' + n); }, 1);
    else { r2.push(null); r2.resume(); }
  }
  r2.once('readable', onReadable);
  r2.push('z0');
  r2.on('end', () => {
    console.log('r2 end');
    const r3 = new Readable({ read() {} });
    r3.on('data', (d) => console.log('r3 data', d.toString()));
    const onr = () => console.log('r3 readable', String(r3.read()));
    r3.on('readable', onr);
    r3.push('p');
    setTimeout(() => {
      r3.removeListener('readable', onr);
      console.log('r3 flowing after remove', r3.readableFlowing);
      r3.push('q');
      process.nextTick(() => console.log('r3 flowing next tick', r3.readableFlowing));
    }, 2);
  });
}, 3);
