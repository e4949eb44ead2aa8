# An errorMonitor listener added after the 'error' listeners (with on() or
# once()) still sees each error before them.
import nodehttp
from nodehttp.events import EventEmitter, errorMonitor


def main():
    e = EventEmitter()
    e.on('error', lambda err: print('handler got ' + str(err)))
    e.on(errorMonitor, lambda err: print('monitor saw ' + str(err)))
    e.emit('error', Exception('one'))
    f = EventEmitter()
    f.on('error', lambda err: print('f handler got ' + str(err)))
    f.once(errorMonitor, lambda err: print('f monitor once saw ' + str(err)))
    f.emit('error', Exception('two'))
    f.emit('error', Exception('three'))
    print('monitors left %d' % f.listenerCount(errorMonitor))


nodehttp.run(main)
