// 'uncaughtException' gets (err, origin); after a throwing tick the other
// ticks still run, after a throwing microtask the other microtasks; a timer
// that throws does not stop the next timer.
const log = (s) => console.log(s);
process.on('uncaughtException', (err, origin) => {
  log(`caught ${err.message} ${origin}`);
  process.nextTick(() => log(`tick from handler (${err.message})`));
});
process.on('exit', (code) => log(`exit ${code}`));
setTimeout(() => {
  process.nextTick(() => { log('tick 1'); throw new Error('from tick'); });
  process.nextTick(() => log('tick 2'));
  queueMicrotask(() => { log('micro 1'); throw new Error('from microtask'); });
  queueMicrotask(() => log('micro 2'));
  setTimeout(() => { log('timer A'); throw new Error('from timer'); }, 1);
  setTimeout(() => log('timer B'), 1);
  setImmediate(() => { log('immediate A'); throw new Error('from immediate'); });
  setImmediate(() => log('immediate B'));
}, 1);
