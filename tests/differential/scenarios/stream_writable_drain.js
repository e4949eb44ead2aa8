// Writable: write() returns false at highWaterMark; 'drain' once flushed;
// synchronous and asynchronous _write callbacks; callback/drain/finish order.
const { Writable } = require('node:stream');

function run(name, asyncCb, done) {
  const w = new Writable({
    highWaterMark: 3,
    write(chunk, encoding, cb) {
      console.log(name, 'write', chunk.toString(), encoding, w.writableLength);
      if (asyncCb) setImmediate(cb); else cb();
    },
  });
  for (const ev of ['drain', 'prefinish', 'finish', 'close']) {
    w.on(ev, () => console.log(name, 'event', ev, w.writableLength, w.writableNeedDrain));
  }
  console.log(name, 'ret', w.write('ab', () => console.log(name, 'cb ab')));
  console.log(name, 'ret', w.write('c', () => console.log(name, 'cb c')));
  console.log(name, 'ret', w.write('d', () => console.log(name, 'cb d')));
  console.log(name, 'needDrain', w.writableNeedDrain, 'length', w.writableLength);
  w.end('e', () => { console.log(name, 'end cb', w.writableFinished); if (done) done(); });
  console.log(name, 'after end', w.writableEnded, w.writableFinished, w.writable);
}

run('sync', false, () => run('async', true, drainCase));

function drainCase() {
  const w = new Writable({ highWaterMark: 4, write(c, e, cb) { setTimeout(cb, 1); } });
  w.on('drain', () => {
    console.log('drain', w.writableLength, w.writableNeedDrain);
    console.log('write after drain', w.write('z'));
    w.end();
  });
  w.on('finish', () => console.log('drain case finish'));
  console.log('w1', w.write('ab'), 'w2', w.write('cd'), 'w3', w.write('e'), w.writableNeedDrain);
}
