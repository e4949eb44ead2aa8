// stream.addAbortSignal(): aborting destroys the stream with an AbortError
// whose cause is the signal's reason; an aborted signal destroys at once;
// after the stream finishes the abort listener is gone; argument errors.
const { addAbortSignal, Readable, Writable, PassThrough } = require('node:stream');
const { getEventListeners } = require('node:events');
const log = (s) => console.log(s);
const ac = new AbortController();
const r = new Readable({ read() {} });
log(`returns stream ${addAbortSignal(ac.signal, r) === r}`);
log(`listeners ${getEventListeners(ac.signal, 'abort').length}`);
r.on('error', (e) => log(`r error ${e.name} ${e.code} ${e.message} cause=${e.cause && e.cause.name}`));
r.on('close', () => log(`r close destroyed=${r.destroyed}`));
ac.abort();
log(`after abort destroyed=${r.destroyed}`);
const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => log(`w error ${e.name} cause=${e.cause}`));
w.on('close', () => log('w close'));
addAbortSignal(AbortSignal.abort('why'), w);
log(`pre-aborted destroyed=${w.destroyed}`);
const ac2 = new AbortController();
const p = new PassThrough();
addAbortSignal(ac2.signal, p);
p.on('finish', () => log('p finish'));
p.on('end', () => log('p end'));
p.on('close', () => {
  log(`p close listeners ${getEventListeners(ac2.signal, 'abort').length}`);
  ac2.abort();
  log(`p destroyed after late abort: errored=${p.errored}`);
});
p.resume();
p.end('x');
for (const [a, b] of [[{}, r], [ac.signal, {}], [undefined, r]]) {
  try { addAbortSignal(a, b); } catch (e) { log(`${e.name} ${e.code} ${e.message}`); }
}
