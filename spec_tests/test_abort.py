"""AbortController/AbortSignal and what uses them: events.addAbortListener,
events.on, captureRejections (events.md), stream.addAbortSignal (stream.md).

Python meanings (documented in nodehttp/events.py and docs/internals.md):
- a promise is a thenable (nodehttp._util.Thenable); an async listener is a
  listener that returns one;
- ``emitter[Symbol.for('nodejs.rejection')]`` is the attribute named by
  ``events.captureRejectionSymbol`` (``'nodejs_rejection'``);
- events.on() returns an async iterator driven with ``next()`` thenables;
- a Disposable has ``dispose()`` (JS ``[Symbol.dispose]()``) and works in ``with``.

Expected values are the doc's or Node 24's (the same cases run side by side
in tests/differential/scenarios/abort_* and eventtarget_*).
"""

import pytest

from nodehttp import events, process, timers
from nodehttp._util import Thenable
from nodehttp.events import (AbortController, AbortSignal, EventEmitter, Event,
                             addAbortListener, captureRejectionSymbol)
from nodehttp.stream import Readable, PassThrough, addAbortSignal


def rejected(err):
    p = Thenable()
    p._reject(err)
    return p


# -- AbortController / AbortSignal (globals in Node) --------------------------------

def test_abort_controller_signal_and_default_reason():
    """Node 24: abort() sets aborted/reason once, fires one trusted 'abort'
    event; the default reason is a DOMException AbortError (code 20)."""
    ac = AbortController()
    s = ac.signal
    log = []
    s.addEventListener('abort', lambda ev: log.append((ev.type, ev.isTrusted, s.aborted)))
    s.onabort = lambda ev: log.append('onabort')
    assert (s.aborted, s.reason) == (False, None)
    ac.abort()
    ac.abort('again')
    assert log == [('abort', True, True), 'onabort']
    assert (s.reason.name, s.reason.message, s.reason.code) == ('AbortError', 'This operation was aborted', 20)
    with pytest.raises(Exception) as info:
        s.throwIfAborted()
    assert info.value is s.reason


def test_abort_signal_statics(run):
    """AbortSignal.abort(reason), AbortSignal.any(signals), AbortSignal.timeout(ms)
    (a TimeoutError DOMException, code 23, on an unref'd timer), and
    `AbortSignal()` is an illegal constructor."""
    assert AbortSignal.abort(42).reason == 42
    assert AbortSignal.abort().reason.name == 'AbortError'
    with pytest.raises(TypeError) as info:
        AbortSignal()
    assert (info.value.code, info.value.message) == ('ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor')
    seen = []

    def main():
        a = AbortController()
        any_ = AbortSignal.any([a.signal, AbortController().signal])
        a.signal.addEventListener('abort', lambda: seen.append(('source', any_.aborted)))
        any_.addEventListener('abort', lambda: seen.append(('any', any_.reason)))
        a.abort('r')
        assert AbortSignal.any([AbortSignal.abort('first')]).reason == 'first'
        t = AbortSignal.timeout(5)
        t.addEventListener('abort', lambda: seen.append((t.reason.name, t.reason.message, t.reason.code)))
        timers.setTimeout(lambda: seen.append('30ms'), 30)
        AbortSignal.timeout(100000)         # unref'd: run() does not wait for it
    run(main, timeout=3)
    assert seen == [('source', True), ('any', 'r'),
                    ('TimeoutError', 'The operation was aborted due to timeout', 23), '30ms']


# -- events.addAbortListener ------------------------------------------------------------

@pytest.mark.spec("events.md", "events.addAbortListener(signal, listener)")
def test_add_abort_listener_resists_stop_immediate_propagation():
    """"Listens once to the abort event on the provided signal ... such that
    stopImmediatePropagation does not prevent the listener from running."
    "Returns a disposable so that it may be unsubscribed from more easily"."""
    ac = AbortController()
    log = []
    ac.signal.addEventListener('abort', lambda ev: (log.append('first'), ev.stopImmediatePropagation()))
    ac.signal.addEventListener('abort', lambda: log.append('BUG stopped'))
    addAbortListener(ac.signal, lambda ev: log.append(('safe', ev.type)))
    d = addAbortListener(ac.signal, lambda: log.append('BUG disposed'))
    d.dispose()
    with addAbortListener(ac.signal, lambda: log.append('BUG with')):
        pass
    ac.abort()
    ac.abort()
    assert log == ['first', ('safe', 'abort')]
    assert events.getEventListeners(ac.signal, 'abort') != []


@pytest.mark.spec("events.md", "events.addAbortListener(signal, listener)")
def test_add_abort_listener_on_aborted_signal_and_errors(run):
    """Node 24: an already aborted signal calls the listener in a microtask
    (with no event); the arguments are validated."""
    seen = []

    def main():
        addAbortListener(AbortSignal.abort(), lambda e=None: seen.append(('called', e)))
        seen.append('sync')
    run(main)
    assert seen == ['sync', ('called', None)]
    with pytest.raises(TypeError) as info:
        addAbortListener({}, lambda: None)
    assert info.value.message == ('The "signal" argument must be an instance of AbortSignal. '
                                  'Received an instance of Object')
    with pytest.raises(TypeError) as info:
        addAbortListener(AbortSignal.abort(), 5)
    assert info.value.message == 'The "listener" argument must be of type function. Received type number (5)'


# -- captureRejections ------------------------------------------------------------------

@pytest.mark.spec("events.md", "events.captureRejections")
def test_capture_rejections_default(run):
    """"Change the default captureRejections option on all new EventEmitter objects"."""
    seen = []

    def main():
        events.captureRejections = True
        try:
            ee = EventEmitter()
        finally:
            events.captureRejections = False
        assert EventEmitter.captureRejections is False
        ee.on('q', lambda: rejected(ValueError('q failed')))
        ee.on('error', lambda e: seen.append(('error', str(e))))
        plain = EventEmitter()
        plain.on('q', lambda: rejected(ValueError('not captured')))
        plain.emit('q')
        ee.emit('q')
        seen.append('emitted')
    run(main)
    assert seen == ['emitted', ('error', 'q failed')]
    with pytest.raises(TypeError) as info:
        events.captureRejections = 'yes'
    assert info.value.message == ('The "EventEmitter.captureRejections" property must be of type boolean. '
                                  "Received type string ('yes')")
    with pytest.raises(TypeError) as info:
        EventEmitter({'captureRejections': 1})
    assert info.value.message == ('The "options.captureRejections" property must be of type boolean. '
                                  'Received type number (1)')


@pytest.mark.spec("events.md", "events.captureRejectionSymbol")
def test_capture_rejection_symbol():
    """"Symbol.for('nodejs.rejection')": here the attribute name of the handler."""
    assert captureRejectionSymbol == 'nodejs_rejection'
    assert captureRejectionSymbol.description == 'nodejs.rejection'
    assert repr(captureRejectionSymbol) == 'Symbol(nodejs.rejection)'
    assert EventEmitter.captureRejectionSymbol is captureRejectionSymbol


@pytest.mark.spec("events.md", "emitter[Symbol.for('nodejs.rejection')](err, eventName[, ...args])")
def test_rejection_method_gets_error_event_and_args(run):
    """"The Symbol.for('nodejs.rejection') method is called in case a promise
    rejection happens when emitting an event and captureRejections is enabled";
    Node 24 calls it on the next tick after the rejection is seen."""
    seen = []

    class MyClass(EventEmitter):
        def nodejs_rejection(self, err, event, *args):
            seen.append(('rejection', str(err), event, args))

    def main():
        ee = MyClass({'captureRejections': True})
        ee.on('bar', lambda a, b: rejected(ValueError('bad')))
        ee.on('bar', lambda a, b: seen.append(('sync', a, b)))
        assert ee.emit('bar', 'a', 2) is True
        process.nextTick(lambda: seen.append('tick'))
        process.queueMicrotask(lambda: seen.append('microtask'))
        ee2 = EventEmitter({'captureRejections': True})
        setattr(ee2, captureRejectionSymbol, lambda err, event: seen.append(('attr', str(err), event)))
        ee2.on('x', lambda: rejected(ValueError('x')))
        ee2.emit('x')
    run(main)
    assert seen == [('sync', 'a', 2), 'tick', 'microtask', ('rejection', 'bad', 'bar', ('a', 2)),
                    ('attr', 'x', 'x')]


# -- events.on ------------------------------------------------------------------------------

@pytest.mark.spec("events.md", "events.on(emitter, eventName[, options])")
def test_events_on_iterates_events(run):
    """"Returns: <AsyncIterator> that iterates eventName events emitted by the
    emitter" (each value the list of arguments: the doc prints ['bar'] [42]);
    here next() returns a thenable of {'value', 'done'}."""
    seen = []

    def main():
        ee = EventEmitter()
        it = events.on(ee, 'foo')
        process.nextTick(lambda: (ee.emit('foo', 'bar'), ee.emit('foo', 42)))

        def step(r):
            seen.append(r)
            if len(seen) < 2:
                it.next().then(step)
            else:
                it.return_().then(seen.append)
                seen.append(ee.listenerCount('foo') + ee.listenerCount('error'))
        it.next().then(step)
    run(main)
    assert seen == [{'value': ['bar'], 'done': False}, {'value': [42], 'done': False}, 0,
                    {'value': None, 'done': True}]


@pytest.mark.spec("events.md", "events.on(emitter, eventName[, options])")
def test_events_on_error_close_and_signal(run):
    """An 'error' event rejects next() and ends the iteration; `close` "Names
    of events that will end the iteration"; `signal` "Can be used to cancel
    awaiting events" (AbortError; an already aborted signal raises at once)."""
    seen = []
    fail = lambda tag: lambda e: seen.append((tag, type(e).__name__, getattr(e, 'code', None), str(e)))  # noqa: E731

    def main():
        ee = EventEmitter()
        it = events.on(ee, 'foo')
        it.next().then(seen.append, fail('e1'))
        ee.emit('error', ValueError('boom'))
        it.next().then(seen.append, fail('e2'))
        it3 = events.on(ee, 'foo', {'close': ['end']})
        it3.next().then(seen.append)
        ee.emit('end')
        ac = AbortController()
        it4 = events.on(ee, 'foo', signal=ac.signal)
        it4.next().then(seen.append, fail('a1'))
        ac.abort()
        seen.append(ee.listenerCount('foo'))
        try:
            events.on(ee, 'foo', {'signal': AbortSignal.abort()})
        except Exception as e:
            seen.append(('sync', e.code))
    run(main)
    assert seen == [0, ('sync', 'ABORT_ERR'), ('e1', 'ValueError', None, 'boom'),
                    {'value': None, 'done': True}, {'value': None, 'done': True},
                    ('a1', 'AbortError', 'ABORT_ERR', 'The operation was aborted')]


# -- stream.addAbortSignal ---------------------------------------------------------------

@pytest.mark.spec("stream.md", "stream.addAbortSignal(signal, stream)")
def test_add_abort_signal_destroys_stream(run):
    """"Attaches an AbortSignal to a readable or writeable stream. This lets code
    control stream destruction using an AbortController. Calling abort on the
    AbortController corresponding to the passed AbortSignal will behave the same
    way as calling .destroy(new AbortError()) on the stream"."""
    seen = []

    def main():
        ac = AbortController()
        r = Readable({'read': lambda n: None})
        assert addAbortSignal(ac.signal, r) is r
        r.on('error', lambda e: seen.append((e.name, e.code, e.message, e.cause.name)))
        r.on('close', lambda: seen.append(('close', r.destroyed)))
        ac.abort()
        seen.append(('destroyed', r.destroyed))
        w = PassThrough()
        w.on('error', lambda e: seen.append(('pre', e.cause)))
        addAbortSignal(AbortSignal.abort('why'), w)
        seen.append(('pre destroyed', w.destroyed))
    run(main)
    assert seen == [('destroyed', True), ('pre destroyed', True),
                    ('AbortError', 'ABORT_ERR', 'The operation was aborted', 'AbortError'),
                    ('close', True), ('pre', 'why')]


@pytest.mark.spec("stream.md", "stream.addAbortSignal(signal, stream)")
def test_add_abort_signal_released_when_stream_finishes(run):
    """Node 24: the abort listener is removed once the stream has finished;
    a later abort() does nothing.  Arguments are validated."""
    seen = []

    def main():
        ac = AbortController()
        p = PassThrough()
        addAbortSignal(ac.signal, p)
        seen.append(len(events.getEventListeners(ac.signal, 'abort')))

        def on_close():
            seen.append(len(events.getEventListeners(ac.signal, 'abort')))
            ac.abort()
            seen.append(p.errored)
        p.on('close', on_close)
        p.resume()
        p.end(b'x')
    run(main)
    assert seen == [1, 0, None]
    with pytest.raises(TypeError) as info:
        addAbortSignal({}, PassThrough())
    assert info.value.message == ('The "signal" argument must be an instance of AbortSignal. '
                                  'Received an instance of Object')
    with pytest.raises(TypeError) as info:
        addAbortSignal(AbortController().signal, {})
    assert info.value.message == ('The "stream" argument must be an instance of ReadableStream, '
                                  'WritableStream, or Stream. Received an instance of Object')


def test_abort_event_dispatch_is_an_event():
    """The 'abort' event is an Event of type 'abort' whose target is the signal."""
    ac = AbortController()
    got = []
    ac.signal.addEventListener('abort', got.append)
    ac.abort()
    assert isinstance(got[0], Event) and got[0].target is ac.signal
