// stream/promises: pipeline() and finished() as promises (thenables in Python).
const { Readable, Writable, PassThrough } = require('stream');
const { pipeline, finished } = require('stream/promises');
const src = Readable.from(['a', 'b']);
const dst = new Writable({ objectMode: true, write(c, e, cb) { console.log('write', c); cb(); } });
pipeline(src, new PassThrough({ objectMode: true }), dst).then((v) => console.log('pipeline ok', v));
const w = new Writable({ write(c, e, cb) { cb(new Error('x')); } });
w.on('error', () => console.log('w error'));
finished(w).then(() => console.log('finished ok'), (e) => console.log('finished err', e.message));
w.write('a');
process.nextTick(() => console.log('tick'));
