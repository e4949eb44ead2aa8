// events.on(): the async iterator driven by hand with next(): buffered and
// awaited events, 'error' rejects then ends, `close` names end it, a signal
// aborts it (an already aborted one throws), return() removes the listeners.
const { on, EventEmitter } = require('node:events');
const log = (s) => console.log(s);
const show = (tag) => (r) => log(`${tag} ${JSON.stringify(r)}`);
const fail = (tag) => (e) => log(`${tag} rejected ${e.name} ${e.code} ${e.message}`);
const ee = new EventEmitter();
const it = on(ee, 'foo');
log(`listeners foo=${ee.listenerCount('foo')} error=${ee.listenerCount('error')}`);
ee.emit('foo', 'bar');
ee.emit('foo', 42, 'x');
it.next().then(show('n1'));
it.next().then(show('n2'));
it.next().then(show('n3'));
process.nextTick(() => ee.emit('foo', 'late'));
setTimeout(() => {
  ee.emit('error', new Error('boom'));
  it.next().then(show('n4'), fail('n4'));
  log(`after error listeners foo=${ee.listenerCount('foo')} error=${ee.listenerCount('error')}`);
  const it2 = on(ee, 'foo');
  it2.next().then(show('e1'), fail('e1'));
  ee.emit('error', new Error('pending boom'));
  it2.next().then(show('e2'), fail('e2'));
  const it3 = on(ee, 'foo', { close: ['end'] });
  it3.next().then(show('c1'));
  ee.emit('foo', 1);
  it3.next().then(show('c2'));
  ee.emit('end');
  log(`after close foo=${ee.listenerCount('foo')} end=${ee.listenerCount('end')}`);
  const ac = new AbortController();
  const it4 = on(ee, 'foo', { signal: ac.signal });
  it4.next().then(show('a1'), fail('a1'));
  ac.abort();
  log(`after abort foo=${ee.listenerCount('foo')}`);
  try { on(ee, 'foo', { signal: AbortSignal.abort() }); } catch (e) { log(`sync ${e.name} ${e.code}`); }
  const it5 = on(ee, 'foo');
  it5.return().then(show('r1'));
  log(`after return foo=${ee.listenerCount('foo')}`);
  it5.next().then(show('r2'));
  const et = new EventTarget();
  const it6 = on(et, 'ping');
  et.dispatchEvent(new Event('ping'));
  it6.next().then((r) => { log(`et ${r.done} ${r.value.length} ${r.value[0].type}`); it6.return(); });
}, 5);
