// MaxListenersExceededWarning: once per event name, with Node's text and the
// emitter/type/count properties; setMaxListeners(0) disables it;
// defaultMaxListeners and events.setMaxListeners/getMaxListeners.
const events = require('node:events');
const { EventEmitter } = events;
const log = (s) => console.log(s);
process.on('warning', (w) => {
  log(`warning ${w.name} code ${w.code} count ${w.count} type ${String(w.type)} emitter ok ${w.emitter instanceof EventEmitter}`);
  log(`  ${w.message}`);
});
class MyEmitter extends EventEmitter {}
const e = new EventEmitter();
for (let i = 0; i < 12; i++) e.on('foo', () => {});
for (let i = 0; i < 11; i++) e.on('bar', () => {});
const s = Symbol('sym');
for (let i = 0; i < 11; i++) e.on(s, () => {});
const m = new MyEmitter();
m.setMaxListeners(2);
for (let i = 0; i < 4; i++) m.on('x', () => {});
const z = new EventEmitter();
z.setMaxListeners(0);
for (let i = 0; i < 20; i++) z.on('x', () => {});
log(`defaults ${EventEmitter.defaultMaxListeners} ${events.defaultMaxListeners} get ${e.getMaxListeners()} ${m.getMaxListeners()} ${events.getMaxListeners(z)}`);
const t1 = new EventEmitter(); const t2 = new EventEmitter();
events.setMaxListeners(3, t1, t2);
log(`targets ${t1.getMaxListeners()} ${t2.getMaxListeners()} default ${EventEmitter.defaultMaxListeners}`);
events.defaultMaxListeners = 1;
const d = new EventEmitter();
log(`new default ${d.getMaxListeners()} ${EventEmitter.defaultMaxListeners}`);
d.on('y', () => {}); d.on('y', () => {});
for (const bad of [-1, 'a', NaN]) {
  try { e.setMaxListeners(bad); } catch (err) { log(`${err.code} ${err.message}`); }
}
try { events.defaultMaxListeners = -1; } catch (err) { log(`${err.code} ${err.message}`); }
log(`getEventListeners ${events.getEventListeners(e, 'bar').length}`);
