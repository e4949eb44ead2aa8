# on/once/prependListener/prependOnceListener order, emit's return value,
# listeners/rawListeners/listenerCount/eventNames, and the arity rule.
import nodehttp
from nodehttp.events import EventEmitter


def log(s):
    print(s)


def b_(x):
    return 'true' if x else 'false'


def main():
    e = EventEmitter()

    def a():
        log('a')

    def b(x):
        log('b %s' % x)

    def c(x, y=None):             # Node may pass fewer: the extra one needs a default
        log('c %s %s' % (x, 'undefined' if y is None else y))
    e.on('ev', a)
    e.once('ev', b)
    e.prependListener('ev', c)
    e.prependOnceListener('ev', lambda *args: log('first once %d' % len(args)))
    e.addListener('other', a)
    log('names %s' % ','.join(e.eventNames()))
    log('count %d count b %d count none %d' % (e.listenerCount('ev'), e.listenerCount('ev', b),
                                             e.listenerCount('none')))
    log('listeners are raw %s raw has wrapper %s wrapper.listener %s' % (
        b_(e.listeners('ev')[3] is b), b_(e.rawListeners('ev')[3] is not b),
        b_(e.rawListeners('ev')[3].listener is b)))
    log('emit returns %s' % b_(e.emit('ev', 1, 2, 3)))
    log('count after %d' % e.listenerCount('ev'))
    log('emit returns %s' % b_(e.emit('ev', 4)))
    log('emit none returns %s' % b_(e.emit('nothing', 1)))
    log('on returns emitter %s off returns emitter %s' % (b_(e.on('x', a) is e), b_(e.off('x', a) is e)))
    raw = e.rawListeners('ev')
    e.once('ev2', b)
    w = e.rawListeners('ev2')[0]
    w('via wrapper')
    log('after calling the wrapper %d' % e.listenerCount('ev2'))
    w('again')
    e.on('dup', a)
    e.on('dup', a)
    e.on('dup', b)
    e.removeListener('dup', a)
    log('dup after one removal %d %d' % (e.listenerCount('dup'), e.listenerCount('dup', a)))
    e.removeAllListeners('dup')
    log('names %s' % ','.join(e.eventNames()))
    e.removeAllListeners()
    log('names after removeAll [%s] raw copy kept %d' % (','.join(e.eventNames()), len(raw)))


nodehttp.run(main)
