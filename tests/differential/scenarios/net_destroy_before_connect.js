// destroy() before any connection: no handle means 'close' without hadError; while connecting, 'close' false.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const a = new net.Socket();
a.on('close', (...args) => log('A close', args.length, args[0]));
a.destroy();
log('A', a.destroyed, a.readyState, a.pending);
const b = net.connect(1, '127.0.0.1');
watch('B', b);
b.write('x', (e) => log('B write cb', e));
b.destroy();
log('B', b.destroyed, b.connecting, b.readyState);
const c = new net.Socket();
c.on('error', (e) => log('C error', e));
c.on('close', (...args) => log('C close', args.length, args[0]));
c.resetAndDestroy();
