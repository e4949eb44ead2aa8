// Delay coercion (timers.md): below 1, above 2**31-1 or not a number becomes
// 1; non-integer delays are truncated; Node 24 warns on overflow every time,
// on a negative or NaN delay once per process; a non-function throws.
const log = (s) => console.log(s);
process.on('warning', (w) => log(`warning ${w.name}: ${JSON.stringify(w.message)}`));
const order = [];
const delays = [1.9, 1, 0, -5, -1, NaN, 'abc', '1', 2 ** 31, Infinity, 2 ** 31 - 1, undefined, true];
const handles = delays.map((d, i) => setTimeout(() => order.push(i), d));
log(`idle ${handles.map((t) => String(t._idleTimeout)).join(',')}`);
clearTimeout(handles[10]);
setTimeout(() => log(`fired in order ${order.join(',')}`), 5);
for (const bad of [() => setTimeout('code'), () => setInterval(42, 1), () => setImmediate({})]) {
  try { bad(); } catch (e) { log(`${e.code} ${e.name}: ${e.message}`); }
}
