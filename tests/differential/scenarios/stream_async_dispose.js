// readable/writable[Symbol.asyncDispose](): destroy with an AbortError unless
// already ended/finished; the promise fulfils once the stream is finished.
const { Readable, Writable } = require('node:stream');
const log = (s) => console.log(s);
const r = new Readable({ read() {} });
r.on('error', (e) => log(`r error ${e.name} ${e.code}`));
r.on('close', () => log('r close'));
r[Symbol.asyncDispose]().then(() => log(`r disposed destroyed=${r.destroyed}`), (e) => log(`r rejected ${e.name}`));
log(`r destroyed at once ${r.destroyed}`);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log(`w error ${e.name}`));
w.on('close', () => log('w close'));
w[Symbol.asyncDispose]().then(() => log('w disposed'), (e) => log(`w rejected ${e.name}`));
const fin = new Writable({ write(c, e, cb) { cb(); } });
fin.on('error', (e) => log(`fin error ${e.name}`));
fin.on('finish', () => {
  log('fin finish');
  fin[Symbol.asyncDispose]().then(() => log(`fin disposed errored=${fin.errored}`), (e) => log(`fin rejected ${e.name}`));
});
fin.end('x');
const ended = new Readable({ read() {} });
ended.on('end', () => {
  log('ended end');
  ended[Symbol.asyncDispose]().then(() => log(`ended disposed errored=${ended.errored}`));
});
ended.push(null);
ended.resume();
const bad = new Readable({ read() {} });
bad.on('error', (e) => log(`bad error ${e.message}`));
bad.destroy(new Error('earlier'));
setTimeout(() => bad[Symbol.asyncDispose]().then(() => log('bad disposed'), (e) => log(`bad rejected ${e.message}`)), 1);
