// Writable misuse: write after end (ERR_STREAM_WRITE_AFTER_END), write after
// destroy (ERR_STREAM_DESTROYED), null (thrown), bad chunk type (thrown),
// end twice, callback called twice (ERR_MULTIPLE_CALLBACK), _write missing.
const { Writable, Readable } = require('node:stream');

const w = new Writable({ write(c, e, cb) { cb(); } });
w.on('error', (e) => console.log('w error', e.code, e.message));
w.on('close', () => console.log('w close'));
w.end();
console.log('write ret', w.write('x', (err) => console.log('w write cb', err.code)));

const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('error', (e) => console.log('w2 error', e.code));
w2.destroy();
w2.write('x', (err) => console.log('w2 write cb', err.code, err.message));
w2.end((err) => console.log('w2 end cb', err.code, err.message));

const w3 = new Writable({ write(c, e, cb) { cb(); } });
try { w3.write(null); } catch (e) { console.log('null', e.code, e.name, e.message); }
try { w3.write(5); } catch (e) { console.log('number', e.code, e.name); }
try { w3.write('a', 'bogus'); } catch (e) { console.log('encoding', e.code, e.message); }
const wo = new Writable({ objectMode: true, write(c, e, cb) { console.log('object', JSON.stringify(c), e ?? 'none'); cb(); } });
try { wo.write(null); } catch (e) { console.log('object null', e.code); }
wo.write(5);
wo.write({ a: 1 });

const w4 = new Writable({ write(c, e, cb) { cb(); cb(); } });
w4.on('error', (e) => console.log('w4 error', e.code, e.message));
w4.write('x');

const w5 = new Writable({ write(c, e, cb) { cb(); } });
w5.on('finish', () => {
  console.log('w5 finish');
  w5.end((err) => console.log('w5 end again cb', err.code, err.message));
});
w5.end();

const w6 = new Writable();
w6.on('error', (e) => console.log('w6 error', e.code, e.message));
try { w6.write('x'); } catch (e) { console.log('w6 thrown', e.code, e.message); }

const r = new Readable({ read() {} });
r.on('error', (e) => console.log('r error', e.code, e.message));
r.push(null);
r.push('late');
const r2 = new Readable();
r2.on('error', (e) => console.log('r2 error', e.code, e.message));
r2.read();
