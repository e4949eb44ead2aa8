// Readable operators: map/filter/flatMap/drop/take return streams; forEach/
// toArray/some/find/every/reduce return promises (thenables in Python).
const { Readable } = require('stream');
const src = (n) => Readable.from(Array.from({ length: n }, (_, i) => i + 1));
async function main() {
  console.log('map', JSON.stringify(await src(4).map((x) => x * 2).toArray()));
  console.log('map async', JSON.stringify(await src(3).map(async (x) => x + 10).toArray()));
  console.log('filter', JSON.stringify(await src(6).filter((x) => x % 2).toArray()));
  console.log('flatMap', JSON.stringify(await src(3).flatMap((x) => [x, x]).toArray()));
  console.log('drop', JSON.stringify(await src(5).drop(2).toArray()));
  const s = src(5);
  console.log('take', JSON.stringify(await s.take(2).toArray()));
  await new Promise((r) => setImmediate(r));
  console.log('take src destroyed', s.destroyed);
  const seen = [];
  console.log('forEach', await src(3).forEach((x) => { seen.push(x); }), JSON.stringify(seen));
  const s2 = src(5);
  console.log('some', await s2.some((x) => x === 2), await src(3).some((x) => x > 5));
  await new Promise((r) => setImmediate(r));
  console.log('some src destroyed', s2.destroyed);
  console.log('find', await src(5).find((x) => x > 3), await src(2).find((x) => x > 3));
  console.log('every', await src(3).every((x) => x > 0), await src(3).every((x) => x > 1));
  console.log('reduce', await src(4).reduce((a, b) => a + b), await src(4).reduce((a, b) => a + b, 100));
  try { await src(0).reduce((a, b) => a + b); } catch (e) { console.log('reduce empty', e.code, e.name, e.message); }
  const bytes = new Readable({ read() {} }); bytes.push('ab'); bytes.push('cd'); bytes.push(null);
  console.log('bytes toArray', JSON.stringify((await bytes.toArray()).map(String)));
  try { src(1).map(5); } catch (e) { console.log('map bad fn', e.code); }
  try { src(1).take(-1); } catch (e) { console.log('take bad', e.code, e.message); }
  const failing = src(3).map((x) => { if (x === 2) throw new Error('map failed'); return x; });
  try { await failing.toArray(); } catch (e) { console.log('map throws', e.message); }
}
main();
