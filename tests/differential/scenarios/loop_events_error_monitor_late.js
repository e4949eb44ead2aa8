// An errorMonitor listener added after the 'error' listeners (with on() or
// once()) still sees each error before them.
const { EventEmitter, errorMonitor } = require('events');

const e = new EventEmitter();
e.on('error', (err) => console.log('handler got ' + err.message));
e.on(errorMonitor, (err) => console.log('monitor saw ' + err.message));
e.emit('error', new Error('one'));
const f = new EventEmitter();
f.on('error', (err) => console.log('f handler got ' + err.message));
f.once(errorMonitor, (err) => console.log('f monitor once saw ' + err.message));
f.emit('error', new Error('two'));
f.emit('error', new Error('three'));
console.log('monitors left ' + f.listenerCount(errorMonitor));
