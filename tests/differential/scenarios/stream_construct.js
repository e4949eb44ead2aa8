// _construct(): runs on the next tick; writes and reads wait for its
// callback; destroy() during construction waits; a construct error destroys.
const { Writable, Readable, Duplex } = require('node:stream');

const w = new Writable({
  construct(cb) { console.log('w construct'); setTimeout(() => { console.log('w constructed'); cb(); }, 2); },
  write(c, e, cb) { console.log('w write', c.toString()); cb(); },
  final(cb) { console.log('w final'); cb(); },
});
for (const ev of ['prefinish', 'finish', 'close']) w.on(ev, () => console.log('w', ev));
console.log('w write ret', w.write('1'), w.writableLength);
w.end('2');

const r = new Readable({
  construct(cb) { console.log('r construct'); process.nextTick(cb); },
  read(n) { console.log('r read', n); this.push('x'); this.push(null); },
});
r.on('data', (d) => console.log('r data', d.toString()));
r.on('end', () => console.log('r end'));
r.on('close', () => console.log('r close'));

const d = new Duplex({
  construct(cb) { console.log('d construct'); setTimeout(cb, 20); },
  destroy(err, cb) { console.log('d _destroy', err && err.message); cb(err); },
});
d.on('error', (e) => console.log('d error', e.message));
d.on('close', () => console.log('d close'));
d.destroy(new Error('early'));
console.log('d destroyed', d.destroyed);

const e = new Writable({ construct(cb) { cb(new Error('construct failed')); }, write(c, en, cb) { cb(); } });
e.on('error', (err) => console.log('e error', err.message));
e.on('close', () => console.log('e close'));
e.write('q', (err) => console.log('e write cb', err && err.message));
process.nextTick(() => console.log('tick'));
