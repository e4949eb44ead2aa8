// readable[Symbol.asyncIterator]() / readable.iterator() driven by hand with next():
// chunks one microtask apart, the end after 'close', early return() destroys
// unless destroyOnReturn is false, errors reject, a bare destroy() is a premature close.
const { Readable, Writable, PassThrough } = require('stream');
const log = (s) => console.log(s);
const show = (t) => (r) => log(`${t} ${r.done} ${r.value === undefined ? 'undefined' : String(r.value)}`);
const fail = (t) => (e) => log(`${t} rejected ${e.code} ${e.message}`);
const r = Readable.from(['a', 'b', 'c'], { objectMode: true });
const it = r[Symbol.asyncIterator]();
log(`same fn ${r[Symbol.asyncIterator] !== r.iterator} ${typeof it.next}`);
it.next().then(show('1'));
it.next().then(show('2'));
it.next().then(show('3'));
it.next().then(show('4'));
r.on('end', () => log('end')); r.on('close', () => log('close'));
setTimeout(() => {
  const p = new PassThrough();
  const it2 = p.iterator();
  p.on('close', () => log(`p close destroyed=${p.destroyed}`));
  p.write('x');
  it2.next().then((r) => { log(`p1 ${r.done} ${r.value}`); it2.return().then(show('ret')); });
  setTimeout(() => {
    const q = new PassThrough();
    const it3 = q.iterator({ destroyOnReturn: false });
    q.write('y');
    it3.next().then((r) => { log(`q1 ${r.value}`); it3.return().then((r) => { log(`q ret ${r.done} destroyed=${q.destroyed}`); }); });
    const e = new PassThrough();
    const it4 = e.iterator();
    it4.next().then(show('e1'), fail('e1'));
    e.destroy(new Error('kaput'));
    it4.next().then(show('e2'), fail('e2'));
    const f = new PassThrough();
    const it5 = f.iterator();
    it5.next().then(show('f1'), fail('f1'));
    f.destroy();
  }, 5);
}, 5);
