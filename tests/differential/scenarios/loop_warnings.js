// process.emitWarning in all its forms: the 'warning' event (next tick) gets
// an Error-like object with name, message, code, detail.
const log = (s) => console.log(s);
process.on('warning', (w) => {
  log(`warning name=${w.name} message=${JSON.stringify(w.message)} code=${w.code} detail=${w.detail} isError=${w instanceof Error}`);
});
process.emitWarning('plain');
process.emitWarning('typed', 'CustomWarning');
process.emitWarning('typed and coded', 'CustomWarning', 'WARN001');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'some detail' });
process.emitWarning('options without type', { code: 'OPT2' });
const err = new Error('an error object');
err.name = 'MyWarning';
process.emitWarning(err);
process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999');
log('emitted synchronously: nothing yet');
for (const bad of [() => process.emitWarning(42), () => process.emitWarning('x', 42), () => process.emitWarning('x', 'T', 42)]) {
  try { bad(); } catch (e) { log(`${e.code} ${e.message}`); }
}
process.nextTick(() => log('tick queued after the warnings'));
