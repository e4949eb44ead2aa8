// captureRejections: a listener's rejected promise becomes 'error' (emitted
// with capturing off), or goes to emitter[Symbol.for('nodejs.rejection')];
// events.captureRejections sets the default; a bad option is rejected.
const events = require('node:events');
const { EventEmitter, captureRejectionSymbol } = events;
const log = (s) => console.log(s);
log(`${captureRejectionSymbol === Symbol.for('nodejs.rejection')} ${EventEmitter.captureRejections}`);
const ee = new EventEmitter({ captureRejections: true });
ee.on('foo', async (x) => { throw new Error(`kaboom ${x}`); });
ee.on('foo', (x) => log(`sync listener ${x}`));
ee.on('error', (err) => log(`error ${err.message}`));
log(`emit ${ee.emit('foo', 1)}`);
queueMicrotask(() => log('microtask'));
process.nextTick(() => log('tick'));
setTimeout(() => {
  const ee2 = new EventEmitter({ captureRejections: true });
  ee2[captureRejectionSymbol] = (err, name, ...args) => log(`rejection ${err.message} ${name} ${JSON.stringify(args)}`);
  ee2.on('bar', async () => { throw new Error('bad'); });
  ee2.emit('bar', 'a', 2);
  events.captureRejections = true;
  const ee4 = new EventEmitter();
  log(`default now ${EventEmitter.captureRejections}`);
  ee4.on('q', async () => { throw new Error('q failed'); });
  ee4.on('error', (e) => log(`ee4 error ${e.message}`));
  ee4.emit('q');
  events.captureRejections = false;
  try { new EventEmitter({ captureRejections: 1 }); } catch (e) { log(`${e.code} ${e.message}`); }
  try { events.captureRejections = 'yes'; } catch (e) { log(`${e.code} ${e.message}`); }
  const ee5 = new EventEmitter({ captureRejections: true });
  ee5.on('r', async () => { throw new Error('no error listener'); });
  process.on('uncaughtException', (e) => log(`uncaught ${e.message}`));
  ee5.emit('r');
}, 1);
