// close() on a server that never listened: 'close' on the next tick, the callback gets ERR_SERVER_NOT_RUNNING.
const net = require('net');
const fmt = (x) => x == null ? '-' : Buffer.isBuffer(x) ? 'buf:' + x.toString() : x instanceof Error ? [x.name, x.code, x.message, x.syscall, x.errno].map(fmt).join('|') : String(x);
const log = (...a) => console.log(a.map(fmt).join(' '));
function watch(tag, s, evs = ['lookup', 'connect', 'ready', 'data', 'end', 'finish', 'close', 'error', 'timeout', 'drain']) {
  for (const ev of evs) s.on(ev, (...a) => log(tag, ev, ...a));
}
const server = net.createServer();
server.on('close', (...a) => log('server close', a.length));
server.close((e) => log('cb', e));
process.nextTick(() => log('tick'));
log('sync', server.listening, server.address());
