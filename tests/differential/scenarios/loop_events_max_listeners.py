# MaxListenersExceededWarning: once per event name, with Node's text and the
# emitter/type/count properties; setMaxListeners(0) disables it;
# defaultMaxListeners and events.setMaxListeners/getMaxListeners.
import math

import nodehttp
from nodehttp import events, process
from nodehttp.events import EventEmitter, _Symbol


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    def on_warning(w):
        log('warning %s code %s count %s type %s emitter ok %s' % (
            w.name, 'undefined' if w.code is None else w.code, w.count, w.type,
            b(isinstance(w.emitter, EventEmitter))))
        log('  %s' % w.message)
    process.on('warning', on_warning)

    class MyEmitter(EventEmitter):
        pass
    e = EventEmitter()
    for _ in range(12):
        e.on('foo', lambda: None)
    for _ in range(11):
        e.on('bar', lambda: None)
    s = _Symbol('sym')
    for _ in range(11):
        e.on(s, lambda: None)
    m = MyEmitter()
    m.setMaxListeners(2)
    for _ in range(4):
        m.on('x', lambda: None)
    z = EventEmitter()
    z.setMaxListeners(0)
    for _ in range(20):
        z.on('x', lambda: None)
    log('defaults %d %d get %d %d %d' % (EventEmitter.defaultMaxListeners, events.defaultMaxListeners,
                                         e.getMaxListeners(), m.getMaxListeners(), events.getMaxListeners(z)))
    t1 = EventEmitter()
    t2 = EventEmitter()
    events.setMaxListeners(3, t1, t2)
    log('targets %d %d default %d' % (t1.getMaxListeners(), t2.getMaxListeners(),
                                      EventEmitter.defaultMaxListeners))
    events.defaultMaxListeners = 1
    d = EventEmitter()
    log('new default %d %d' % (d.getMaxListeners(), EventEmitter.defaultMaxListeners))
    d.on('y', lambda: None)
    d.on('y', lambda: None)
    for bad in (-1, 'a', math.nan):
        try:
            e.setMaxListeners(bad)
        except Exception as err:
            log('%s %s' % (err.code, err.message))
    try:
        events.defaultMaxListeners = -1
    except Exception as err:
        log('%s %s' % (err.code, err.message))
    log('getEventListeners %d' % len(events.getEventListeners(e, 'bar')))


nodehttp.run(main)
