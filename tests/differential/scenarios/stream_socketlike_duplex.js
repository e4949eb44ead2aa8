// A socket-like Duplex subclass: async _write, _final as a half-close,
// _read pulling from a queue, push(null) from the peer, emitClose false with
// a custom 'close'; the orders net.Socket relies on.
const { Duplex } = require('node:stream');

class Sock extends Duplex {
  constructor() {
    super({ allowHalfOpen: false, emitClose: false, highWaterMark: 4 });
    this.wire = [];
  }
  _read(n) { console.log('_read', n, this.readableLength); }
  _write(chunk, enc, cb) {
    console.log('_write', chunk.toString(), enc);
    setImmediate(() => { this.wire.push(chunk.toString()); cb(); });
  }
  _final(cb) { console.log('_final (shutdown)'); setImmediate(cb); }
  _destroy(err, cb) {
    console.log('_destroy', err && err.message);
    cb(err);
    process.nextTick(() => this.emit('close', !!err));
  }
}

const s = new Sock();
for (const ev of ['end', 'prefinish', 'finish', 'drain']) s.on(ev, () => console.log('event', ev, s.readableEnded, s.writableFinished));
s.on('close', (hadError) => console.log('event close', hadError, s.wire.join('')));
s.on('data', (d) => console.log('data', d.toString()));
console.log('push ret', s.push('hello'), s.push('world'));
console.log('write ret', s.write('ab'), s.write('cdef'));
// The peer's FIN arrives once the writes are flushed.
s.once('drain', () => setImmediate(() => s.push(null)));
