// Timers due at the same time run in creation order; ticks and microtasks
// queued by a timer run before the next timer; an immediate queued from an
// immediate waits for the next iteration; arguments are passed on.
const log = (s) => console.log(s);
setTimeout(() => {
  for (const d of [3, 1, 2, 1, 3]) {
    setTimeout(() => log(`delay ${d}`), d);
  }
  for (let i = 0; i < 3; i++) {
    setTimeout(() => {
      log(`timer ${i}`);
      process.nextTick(() => log(`tick after timer ${i}`));
      queueMicrotask(() => log(`micro after timer ${i}`));
    }, 5);
  }
  setTimeout((a, b, c) => log(`args ${a} ${b} ${c}`), 6, 'a', 2, true);
  setTimeout(() => {
    setImmediate(() => {
      log('immediate A');
      setImmediate(() => log('immediate C (queued by A)'));
      process.nextTick(() => log('tick after A'));
    });
    setImmediate((x) => log(`immediate B ${x}`), 'arg');
  }, 8);
}, 1);
