# 'newListener' fires before the listener is added (a listener added from it
# goes first); 'removeListener' fires after removal; removeAllListeners()
# removes last-added first and announces each; listeners added or removed
# during an emit do not affect that emit.
import nodehttp
from nodehttp.events import EventEmitter


def log(s):
    print(s)


def tagged(tag, fn):
    fn.tag = tag
    return fn


def main():
    e = EventEmitter()
    state = {'inside': False}

    def on_new(name, listener):
        log('newListener %s count before %d' % (name, e.listenerCount(name)))
        if name == 'ev' and not state['inside']:
            state['inside'] = True
            e.on('ev', lambda: log('added from newListener'))
            state['inside'] = False
    e.on('newListener', on_new)
    e.on('removeListener', lambda name, listener: log('removeListener %s %s count now %d' % (
        name, getattr(listener, 'tag', 'undefined'), e.listenerCount(name))))
    l1 = tagged('l1', lambda: log('l1'))

    def l2():
        log('l2 removes l3, adds l4')
        e.removeListener('ev', l3)
        e.on('ev', l4)
    tagged('l2', l2)
    l3 = tagged('l3', lambda: log('l3 still called in this emit'))
    l4 = tagged('l4', lambda: log('l4'))
    e.on('ev', l1)
    e.on('ev', l2)
    e.on('ev', l3)
    o = tagged('once', lambda: log('once'))
    e.once('ev', o)
    log('emit 1')
    e.emit('ev')
    log('emit 2')
    e.emit('ev')
    log('removeAllListeners ev')
    e.removeAllListeners('ev')
    e.on('x', l1)
    e.on('y', l4)
    log('removeAllListeners()')
    e.removeAllListeners()
    log('left [%s]' % ','.join(e.eventNames()))
    from nodehttp.events import _Symbol
    f = EventEmitter()
    s = _Symbol('sym')
    f.on(s, lambda: None)
    f.on('str', lambda: None)
    log('symbol names %s' % ','.join(str(n) for n in f.eventNames()))


nodehttp.run(main)
