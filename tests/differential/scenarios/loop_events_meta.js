// 'newListener' fires before the listener is added (a listener added from it
// goes first); 'removeListener' fires after removal; removeAllListeners()
// removes last-added first and announces each; listeners added or removed
// during an emit do not affect that emit.
const { EventEmitter } = require('node:events');
const log = (s) => console.log(s);
const e = new EventEmitter();
let inside = false;
e.on('newListener', (name, listener) => {
  log(`newListener ${String(name)} count before ${e.listenerCount(name)}`);
  if (name === 'ev' && !inside) {
    inside = true;
    e.on('ev', () => log('added from newListener'));
    inside = false;
  }
});
e.on('removeListener', (name, listener) => log(`removeListener ${String(name)} ${listener.tag} count now ${e.listenerCount(name)}`));
const l1 = () => log('l1'); l1.tag = 'l1';
const l2 = () => { log('l2 removes l3, adds l4'); e.removeListener('ev', l3); e.on('ev', l4); }; l2.tag = 'l2';
const l3 = () => log('l3 still called in this emit'); l3.tag = 'l3';
const l4 = () => log('l4'); l4.tag = 'l4';
e.on('ev', l1);
e.on('ev', l2);
e.on('ev', l3);
const o = () => log('once'); o.tag = 'once';
e.once('ev', o);
log('emit 1');
e.emit('ev');
log('emit 2');
e.emit('ev');
log('removeAllListeners ev');
e.removeAllListeners('ev');
e.on('x', l1); e.on('y', l4);
log('removeAllListeners()');
e.removeAllListeners();
log(`left [${e.eventNames().join(',')}]`);
const s = Symbol('sym');
const f = new EventEmitter();
f.on(s, () => {}); f.on('str', () => {});
log(`symbol names ${f.eventNames().map(String).join(',')}`);
