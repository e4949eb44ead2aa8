// events.once(emitter, name): a promise of the arguments array, rejected by
// an 'error' emitted first; its listeners are removed once settled.
const events = require('node:events');
const { EventEmitter } = events;
const log = (s) => console.log(s);
const e = new EventEmitter();
events.once(e, 'ready').then((args) => {
  log(`ready ${JSON.stringify(args)} listeners left ${e.listenerCount('ready')} ${e.listenerCount('error')}`);
});
log(`while waiting ${e.listenerCount('ready')} ${e.listenerCount('error')}`);
process.nextTick(() => {
  log('tick emits');
  e.emit('ready', 1, 'two');
  log('after emit (then callbacks are microtasks)');
});
const f = new EventEmitter();
events.once(f, 'never').then(() => log('BUG resolved'), (err) => {
  log(`rejected ${err.message} listeners left ${f.listenerCount('never')} ${f.listenerCount('error')}`);
});
setTimeout(() => f.emit('error', new Error('nope')), 1);
const g = new EventEmitter();
events.once(g, 'error').then((args) => log(`waiting for error itself ${args[0].message}`));
g.emit('error', new Error('as value'));
