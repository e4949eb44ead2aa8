// pipe(): an error on the destination unpipes the source (which keeps its
// data), an unhandled destination error is still emitted; Writable.pipe is
// ERR_STREAM_CANNOT_PIPE; a source ending before pipe() ends the destination.
const { Readable, Writable, PassThrough } = require('node:stream');

const src = new Readable({ read() {} });
const dst = new Writable({ write(c, e, cb) { cb(new Error('disk full')); } });
dst.on('unpipe', (s) => console.log('dst unpipe', s === src, src.readableFlowing));
dst.on('error', (e) => console.log('dst error', e.message, src.readableFlowing));
dst.on('close', () => console.log('dst close'));
src.on('pause', () => console.log('src pause'));
src.pipe(dst);
src.push('x');
setTimeout(() => {
  console.log('src after', src.destroyed, src.readableFlowing, src.listenerCount('data'));
  const w = new Writable({ write(c, e, cb) { cb(); } });
  w.on('error', (e) => console.log('w error', e.code, e.message));
  w.pipe(new PassThrough());
  const ended = new Readable({ read() {} });
  ended.push(null);
  ended.resume();
  ended.on('end', () => {
    const p = new PassThrough();
    p.on('finish', () => console.log('late dest finish'));
    p.on('pipe', () => console.log('late dest pipe'));
    ended.pipe(p);
  });
}, 5);
