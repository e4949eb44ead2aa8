# 'error' with no listener throws: the Error itself, or ERR_UNHANDLED_ERROR
# with the value inspected and kept as err.context; errorMonitor listeners
# see the error first and do not count as handlers.
import nodehttp
from nodehttp import events
from nodehttp.events import EventEmitter, errorMonitor


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    e = EventEmitter()
    boom = Exception('boom')
    try:
        e.emit('error', boom)
    except Exception as err:
        log('thrown is the error %s' % b(err is boom))
    for v in (42, 'foo', None, {'a': 1}, [1, 2]):
        try:
            e.emit('error', v)
        except Exception as err:
            log('%s %s %s context is value %s' % (err.code, err.name, err.message, b(err.context is v)))
    try:
        e.emit('error')
    except Exception as err:
        log('no argument: %s' % err.message)
    log('same symbol %s' % b(EventEmitter.errorMonitor is errorMonitor is events.errorMonitor))
    e.on(errorMonitor, lambda err: log('monitor saw %s' % err))
    try:
        e.emit('error', boom)
    except Exception as err:
        log('still thrown %s' % err)
    e.on('error', lambda err: log('handler got %s' % err))
    log('emit error returns %s' % b(e.emit('error', boom)))
    e.on('error', lambda err, extra: log('second handler %s' % extra))
    e.emit('error', Exception('two'), 'extra')
    log('errorMonitor counted as listener %d' % e.listenerCount(errorMonitor))


nodehttp.run(main)
