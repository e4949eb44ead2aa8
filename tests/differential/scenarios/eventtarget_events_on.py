# events.on(): the async iterator driven by hand with next(): buffered and
# awaited events, 'error' rejects then ends, `close` names end it, a signal
# aborts it (an already aborted one throws), return() removes the listeners.
import json

import nodehttp
from nodehttp import process, timers
from nodehttp.events import on, EventEmitter, EventTarget, Event, AbortController, AbortSignal


def log(s):
    print(s)


def js(r):
    # JSON.stringify leaves out an undefined value
    return json.dumps({k: v for k, v in r.items() if v is not None}, separators=(',', ':'))


def show(tag):
    return lambda r: log('%s %s' % (tag, js(r)))


def fail(tag):
    return lambda e: log('%s rejected %s %s %s' % (tag, e.name, e.code or 'undefined', e.message))


def main():
    ee = EventEmitter()
    it = on(ee, 'foo')
    log('listeners foo=%d error=%d' % (ee.listenerCount('foo'), ee.listenerCount('error')))
    ee.emit('foo', 'bar')
    ee.emit('foo', 42, 'x')
    it.next().then(show('n1'))
    it.next().then(show('n2'))
    it.next().then(show('n3'))
    process.nextTick(lambda: ee.emit('foo', 'late'))

    def later():
        from nodehttp.errors import NodeError
        ee.emit('error', NodeError('boom'))
        it.next().then(show('n4'), fail('n4'))
        log('after error listeners foo=%d error=%d' % (ee.listenerCount('foo'), ee.listenerCount('error')))
        it2 = on(ee, 'foo')
        it2.next().then(show('e1'), fail('e1'))
        ee.emit('error', NodeError('pending boom'))
        it2.next().then(show('e2'), fail('e2'))
        it3 = on(ee, 'foo', {'close': ['end']})
        it3.next().then(show('c1'))
        ee.emit('foo', 1)
        it3.next().then(show('c2'))
        ee.emit('end')
        log('after close foo=%d end=%d' % (ee.listenerCount('foo'), ee.listenerCount('end')))
        ac = AbortController()
        it4 = on(ee, 'foo', {'signal': ac.signal})
        it4.next().then(show('a1'), fail('a1'))
        ac.abort()
        log('after abort foo=%d' % ee.listenerCount('foo'))
        try:
            on(ee, 'foo', {'signal': AbortSignal.abort()})
        except Exception as e:
            log('sync %s %s' % (e.name, e.code))
        it5 = on(ee, 'foo')
        getattr(it5, 'return')().then(show('r1'))
        log('after return foo=%d' % ee.listenerCount('foo'))
        it5.next().then(show('r2'))
        et = EventTarget()
        it6 = on(et, 'ping')
        et.dispatchEvent(Event('ping'))

        def got(r):
            log('et %s %d %s' % ('true' if r['done'] else 'false', len(r['value']), r['value'][0].type))
            it6.return_()
        it6.next().then(got)
    timers.setTimeout(later, 5)


nodehttp.run(main)
