// compose() and Duplex.from(): data, end/finish/close order, errors inside a
// composed chain, one-sided wrappers and their AbortError on early destroy.
const { Duplex, Readable, Writable, PassThrough, Transform, compose } = require('stream');
const log = (...a) => console.log(...a);
function upper() { return new Transform({ transform(c, e, cb) { cb(null, c.toString().toUpperCase()); } }); }
function exclaim() { return new Transform({ transform(c, e, cb) { cb(null, c.toString() + '!'); } }); }
const steps = [
  (next) => {
    const d = compose(upper(), exclaim());
    d.on('data', (c) => log('compose data', c.toString()));
    d.on('end', () => log('compose end'));
    d.on('finish', () => log('compose finish'));
    d.on('close', () => { log('compose close'); next(); });
    log('write ret', d.write('ab'));
    d.end('cd');
  },
  (next) => {
    const got = [];
    const w = new Writable({ write(c, e, cb) { got.push(c.toString()); cb(); } });
    const r = new Readable({ read() {} });
    const d = Duplex.from({ readable: r, writable: w });
    log('pair', d instanceof Duplex, d.readable, d.writable);
    d.on('data', (c) => log('pair data', c.toString()));
    d.on('end', () => log('pair end'));
    d.on('finish', () => log('pair finish', got.join(',')));
    d.on('close', () => { log('pair close'); next(); });
    d.write('to-w');
    d.end();
    r.push('from-r');
    r.push(null);
  },
  (next) => {
    const d = Duplex.from(['x', 'y']);
    log('iterable', d.readable, d.writable, d.readableObjectMode);
    d.on('data', (c) => log('iter data', c));
    d.on('close', () => { log('iter close'); next(); });
  },
  (next) => {
    const pt = new PassThrough();
    log('same duplex', Duplex.from(pt) === pt);
    const d = compose(upper(), new Transform({ transform(c, e, cb) { cb(new Error('inner failed')); } }));
    d.on('error', (e) => log('compose error', e.message));
    d.on('close', () => { log('compose close 2'); next(); });
    d.resume();
    d.write('x');
  },
  (next) => {
    const r = new Readable({ read() {} });
    const d = Duplex.from(r);
    log('readable only', d.readable, d.writable);
    d.on('error', (e) => log('err', e.name));
    d.on('close', () => { log('r destroyed', r.destroyed); next(); });
    d.destroy();
  },
];
let i = 0; (function next() { if (i < steps.length) steps[i++](next); })();
