# Event properties, EventTarget dispatch: phases, cancelable/passive, once, capture
# duplicates, handleEvent objects, stopImmediatePropagation, signal removal,
# recursion errors, and a throwing listener reported as uncaught on the next tick.
import json

import nodehttp
from nodehttp import process
from nodehttp.events import Event, EventTarget, CustomEvent, AbortController


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def n(x):
    return 'null' if x is None else x


def main():
    e = Event('foo')
    log('%s %s %s %s %s %d %s %s %s %s %s %s %d %s' % (
        e.type, b(e.bubbles), b(e.cancelable), b(e.composed), b(e.defaultPrevented), e.eventPhase,
        b(e.isTrusted), b(e.returnValue), b(e.cancelBubble), n(e.target), n(e.currentTarget),
        n(e.srcElement), len(e.composedPath()), 'number' if isinstance(e.timeStamp, float) else '?'))
    e.preventDefault()
    log('not cancelable: %s' % b(e.defaultPrevented))
    t = EventTarget()

    def l1(ev):
        log('l1 phase=%d target=%s cur=%s src=%s path=%d' % (
            ev.eventPhase, b(ev.target is t), b(ev.currentTarget is t), b(ev.srcElement is t),
            len(ev.composedPath())))
        ev.preventDefault()
    t.addEventListener('foo', l1)
    log('dispatch returns %s' % b(t.dispatchEvent(Event('foo', {'cancelable': True}))))
    log('after: phase=%d' % e.eventPhase)
    for f in (lambda: t.dispatchEvent('foo'),):
        try:
            f()
        except Exception as err:
            log('%s %s' % (err.code, err.message))
    try:
        Event()
    except Exception as err:
        log('%s %s %s' % (err.name, err.code, err.message))
    try:
        t.addEventListener('x', 5)
    except Exception as err:
        log('%s %s %s' % (err.name, err.code, err.message))
    r = Event('rec')

    def rec(ev):
        try:
            t.dispatchEvent(ev)
        except Exception as err:
            log('%s %s %s' % (err.name, err.code, err.message))
    t.addEventListener('rec', rec)
    t.dispatchEvent(r)
    try:
        t.dispatchEvent(r)
        log('redispatch ok')
    except Exception as err:
        log('%s %s' % (err.code, err.message))
    ce = CustomEvent('c', {'detail': {'a': 1}})
    log('%s %s' % (json.dumps(ce.detail, separators=(',', ':')), n(CustomEvent('d').detail)))
    log('%d %d %d %d' % (Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE))
    x = Event('x')
    x.initEvent('y', True, True)
    log('%s %s %s' % (x.type, b(x.bubbles), b(x.cancelable)))
    x.returnValue = False
    log('%s %s' % (b(x.defaultPrevented), b(x.returnValue)))
    x.cancelBubble = True
    log(b(x.cancelBubble))

    t2 = EventTarget()

    def h(ev):
        log('h %s' % ev.type)
    t2.addEventListener('a', h)
    t2.addEventListener('a', h)
    t2.addEventListener('a', h, {'capture': True})

    class Obj:
        def handleEvent(self, ev):
            log('obj %s' % ev.type)
    t2.addEventListener('a', Obj())

    def stopper(ev):
        log('stopper')
        ev.stopImmediatePropagation()
    t2.addEventListener('a', stopper)
    t2.addEventListener('a', lambda: log('never'))
    t2.dispatchEvent(Event('a'))
    t2.removeEventListener('a', h)
    t2.dispatchEvent(Event('a'))
    t2.removeEventListener('a', h, True)
    t2.dispatchEvent(Event('a'))

    t3 = EventTarget()

    def passive(ev):
        ev.preventDefault()
        log('passive prevented=%s' % b(ev.defaultPrevented))
    t3.addEventListener('p', passive, {'passive': True})
    t3.addEventListener('p', lambda ev: log('second sees %s' % b(ev.defaultPrevented)))
    log('ret %s' % b(t3.dispatchEvent(Event('p', {'cancelable': True}))))
    t3.addEventListener('o', lambda: log('once'), {'once': True})
    t3.dispatchEvent(Event('o'))
    t3.dispatchEvent(Event('o'))
    ac = AbortController()
    t3.addEventListener('s', lambda: log('signal listener'), {'signal': ac.signal})
    t3.dispatchEvent(Event('s'))
    ac.abort()
    t3.dispatchEvent(Event('s'))
    t3.addEventListener('s', lambda: log('not added'), {'signal': ac.signal})
    t3.dispatchEvent(Event('s'))
    t3.addEventListener('q', lambda: log('added during'), False)

    def first_q():
        log('first q')
        t3.addEventListener('q', lambda: log('late'))
    t3.addEventListener('q', first_q)
    t3.dispatchEvent(Event('q'))
    ev2 = Event('z')
    ev2.stopPropagation()
    t3.addEventListener('z', lambda: log('z runs'))
    t3.dispatchEvent(ev2)
    log('cancelBubble after stop %s' % b(ev2.cancelBubble))

    def thrower():
        raise Exception('boom')
    t3.addEventListener('err', thrower)
    t3.addEventListener('err', lambda: log('after throw'))
    process.on('uncaughtException', lambda err: log('uncaught %s' % err))
    t3.dispatchEvent(Event('err'))
    log('dispatched err')
    t3.addEventListener('n', None)
    log('null ok')


nodehttp.run(main)
