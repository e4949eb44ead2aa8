// AbortController/AbortSignal: abort reasons, the 'abort' event (trusted,
// once), onabort, throwIfAborted, AbortSignal.abort/any/timeout, and
// events.addAbortListener resisting stopImmediatePropagation.
const { addAbortListener } = require('node:events');
const log = (s) => console.log(s);
const ac = new AbortController();
const s = ac.signal;
log(`${s.aborted} ${s.reason}`);
s.addEventListener('abort', (e) => { log(`abort1 ${e.type} trusted=${e.isTrusted} target=${e.target === s} aborted=${s.aborted}`); e.stopImmediatePropagation(); });
s.addEventListener('abort', () => log('abort2 never'));
s.onabort = (e) => log(`onabort ${e.type}`);
const d = addAbortListener(s, (e) => log(`addAbortListener ${e.type}`));
const any = AbortSignal.any([s, new AbortController().signal]);
any.addEventListener('abort', () => log(`any aborted reason same=${any.reason === s.reason}`));
log(`any before ${any.aborted}`);
ac.abort();
log(`${s.aborted} ${s.reason.name} ${s.reason.message} ${s.reason.code} ${s.reason instanceof Error}`);
ac.abort('again'); log(`reason kept ${s.reason.name}`);
try { s.throwIfAborted(); } catch (e) { log(`threw ${e === s.reason}`); }
const ac2 = new AbortController(); ac2.abort('custom'); log(`${ac2.signal.reason}`);
const ac3 = new AbortController(); const boom = new Error('boom'); ac3.abort(boom); log(`${ac3.signal.reason === boom}`);
try { ac3.signal.throwIfAborted(); } catch (e) { log(`threw ${e.message}`); }
new AbortController().signal.throwIfAborted(); log('not aborted: no throw');
const pre = AbortSignal.abort(); log(`${pre.aborted} ${pre.reason.name} ${pre.reason.message}`);
log(`${AbortSignal.abort(42).reason}`);
const any2 = AbortSignal.any([new AbortController().signal, AbortSignal.abort('first')]); log(`any2 ${any2.aborted} ${any2.reason}`);
try { new AbortSignal(); } catch (e) { log(`${e.name} ${e.code} ${e.message}`); }
try { addAbortListener({}, () => {}); } catch (e) { log(`${e.code} ${e.message}`); }
try { addAbortListener(pre, 5); } catch (e) { log(`${e.code} ${e.message}`); }
addAbortListener(pre, (e) => log(`already aborted listener gets ${e}`)); log('after addAbortListener on aborted');
const ac4 = new AbortController();
const d4 = addAbortListener(ac4.signal, () => log('disposed never'));
d4[Symbol.dispose](); ac4.abort(); log('ac4 aborted');
try { AbortSignal.timeout(-1); } catch (e) { log(`${e.code} ${e.message}`); }
try { AbortSignal.timeout('1'); } catch (e) { log(`${e.code} ${e.message}`); }
try { AbortSignal.any([1]); } catch (e) { log(`${e.code} ${e.message}`); }
const t = AbortSignal.timeout(10);
t.addEventListener('abort', () => log(`timeout ${t.reason.name} ${t.reason.message} ${t.reason.code}`));
setTimeout(() => log('kept alive until 30ms'), 30);
const t2 = AbortSignal.timeout(100000); log(`unref'd ${t2.aborted}`);
