// Event properties, EventTarget dispatch: phases, cancelable/passive, once, capture
// duplicates, handleEvent objects, stopImmediatePropagation, signal removal,
// recursion errors, and a throwing listener reported as uncaught on the next tick.
const log = (s) => console.log(s);
const e = new Event('foo');
log(`${e.type} ${e.bubbles} ${e.cancelable} ${e.composed} ${e.defaultPrevented} ${e.eventPhase} ${e.isTrusted} ${e.returnValue} ${e.cancelBubble} ${e.target} ${e.currentTarget} ${e.srcElement} ${e.composedPath().length} ${typeof e.timeStamp}`);
e.preventDefault(); log(`not cancelable: ${e.defaultPrevented}`);
const t = new EventTarget();
t.addEventListener('foo', (ev) => { log(`l1 phase=${ev.eventPhase} target=${ev.target === t} cur=${ev.currentTarget === t} src=${ev.srcElement === t} path=${ev.composedPath().length}`); ev.preventDefault(); });
log(`dispatch returns ${t.dispatchEvent(new Event('foo', { cancelable: true }))}`);
log(`after: phase=${e.eventPhase}`);
try { t.dispatchEvent('foo'); } catch (err) { log(`${err.code} ${err.message}`); }
try { new Event(); } catch (err) { log(`${err.name} ${err.code} ${err.message}`); }
try { t.addEventListener('x', 5); } catch (err) { log(`${err.name} ${err.code} ${err.message}`); }
const r = new Event('rec');
t.addEventListener('rec', (ev) => { try { t.dispatchEvent(ev); } catch (err) { log(`${err.name} ${err.code} ${err.message}`); } });
t.dispatchEvent(r);
try { t.dispatchEvent(r); log('redispatch ok'); } catch (err) { log(`${err.code} ${err.message}`); }
const ce = new CustomEvent('c', { detail: { a: 1 } }); log(`${JSON.stringify(ce.detail)} ${new CustomEvent('d').detail}`);
log(`${Event.NONE} ${Event.CAPTURING_PHASE} ${Event.AT_TARGET} ${Event.BUBBLING_PHASE}`);
const x = new Event('x'); x.initEvent('y', true, true); log(`${x.type} ${x.bubbles} ${x.cancelable}`);
x.returnValue = false; log(`${x.defaultPrevented} ${x.returnValue}`);
x.cancelBubble = true; log(`${x.cancelBubble}`);
// stopImmediatePropagation, once, passive, capture dup, handleEvent
const t2 = new EventTarget();
const h = (ev) => log(`h ${ev.type}`);
t2.addEventListener('a', h); t2.addEventListener('a', h); t2.addEventListener('a', h, { capture: true });
t2.addEventListener('a', { handleEvent(ev) { log(`obj ${ev.type}`); } });
t2.addEventListener('a', (ev) => { log('stopper'); ev.stopImmediatePropagation(); });
t2.addEventListener('a', () => log('never'));
t2.dispatchEvent(new Event('a'));
t2.removeEventListener('a', h); t2.dispatchEvent(new Event('a'));
t2.removeEventListener('a', h, true); t2.dispatchEvent(new Event('a'));
const t3 = new EventTarget();
t3.addEventListener('p', (ev) => { ev.preventDefault(); log(`passive prevented=${ev.defaultPrevented}`); }, { passive: true });
t3.addEventListener('p', (ev) => log(`second sees ${ev.defaultPrevented}`));
log(`ret ${t3.dispatchEvent(new Event('p', { cancelable: true }))}`);
t3.addEventListener('o', () => log('once'), { once: true });
t3.dispatchEvent(new Event('o')); t3.dispatchEvent(new Event('o'));
const ac = new AbortController();
t3.addEventListener('s', () => log('signal listener'), { signal: ac.signal });
t3.dispatchEvent(new Event('s')); ac.abort(); t3.dispatchEvent(new Event('s'));
t3.addEventListener('s', () => log('not added'), { signal: ac.signal }); t3.dispatchEvent(new Event('s'));
t3.addEventListener('q', () => log('added during'), false);
t3.addEventListener('q', () => { log('first q'); t3.addEventListener('q', () => log('late')); }); 
t3.dispatchEvent(new Event('q'));
const ev2 = new Event('z'); ev2.stopPropagation(); t3.addEventListener('z', () => log('z runs')); t3.dispatchEvent(ev2);
log(`cancelBubble after stop ${ev2.cancelBubble}`);
t3.addEventListener('err', () => { throw new Error('boom'); });
t3.addEventListener('err', () => log('after throw'));
process.on('uncaughtException', (err) => log(`uncaught ${err.message}`));
t3.dispatchEvent(new Event('err')); log('dispatched err');
t3.addEventListener('n', null); log('null ok');
