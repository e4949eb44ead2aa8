// 'error' with no listener throws: the Error itself, or ERR_UNHANDLED_ERROR
// with the value inspected and kept as err.context; errorMonitor listeners
// see the error first and do not count as handlers.
const events = require('node:events');
const { EventEmitter, errorMonitor } = events;
const log = (s) => console.log(s);
const e = new EventEmitter();
const boom = new Error('boom');
try { e.emit('error', boom); } catch (err) { log(`thrown is the error ${err === boom}`); }
// (no null: Python has only None, which is undefined)
for (const v of [42, 'foo', undefined, { a: 1 }, [1, 2]]) {
  try { e.emit('error', v); } catch (err) {
    log(`${err.code} ${err.name} ${err.message} context is value ${err.context === v}`);
  }
}
try { e.emit('error'); } catch (err) { log(`no argument: ${err.message}`); }
log(`same symbol ${EventEmitter.errorMonitor === errorMonitor}`);
e.on(errorMonitor, (err) => log(`monitor saw ${err.message}`));
try { e.emit('error', boom); } catch (err) { log(`still thrown ${err.message}`); }
e.on('error', (err) => log(`handler got ${err.message}`));
log(`emit error returns ${e.emit('error', boom)}`);
e.on('error', (err, extra) => log(`second handler ${extra}`));
e.emit('error', new Error('two'), 'extra');
log(`errorMonitor counted as listener ${e.listenerCount(errorMonitor)}`);
