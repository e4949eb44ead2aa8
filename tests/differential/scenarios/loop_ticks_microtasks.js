// nextTick before microtasks; a tick queued from a microtask; nested ticks.
const log = (s) => console.log(s);
setTimeout(() => log('timeout'), 0);
queueMicrotask(() => {
  log('micro 1');
  process.nextTick(() => log('tick from micro 1'));
  queueMicrotask(() => log('micro from micro 1'));
});
process.nextTick(() => {
  log('tick 1');
  process.nextTick(() => {
    log('nested tick 1');
    process.nextTick(() => log('nested nested tick 1'));
  });
  queueMicrotask(() => log('micro from tick 1'));
});
process.nextTick((a, b) => log(`tick 2 ${a} ${b}`), 'x', 'y');
queueMicrotask(() => log('micro 2'));
log('main');
