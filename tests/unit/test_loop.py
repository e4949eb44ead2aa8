"""The event loop: phase order, task queues, liveness, the pool, threads, the CLI.

Orders asserted here are Node 24's (the same cases run side by side under
node in tests/differential/scenarios/loop_*).  Sockets are real loopback
sockets; waits are on events with short timeouts.
"""

import os
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

import nodehttp
from nodehttp import process, timers
from nodehttp.loop import background, get_loop

ROOT = Path(__file__).resolve().parents[2]


def socket_pair_loopback():
    """A connected TCP pair over 127.0.0.1 (non-blocking)."""
    srv = socket.socket()
    srv.bind(('127.0.0.1', 0))
    srv.listen()
    a = socket.create_connection(srv.getsockname())
    b, _ = srv.accept()
    srv.close()
    a.setblocking(False)
    b.setblocking(False)
    return a, b


def test_immediate_before_zero_timeout_inside_io_callback(run):
    """In an I/O callback setImmediate runs before setTimeout(0): check follows poll."""
    out = []
    a, b = socket_pair_loopback()
    rounds = [0]

    def main():
        loop = get_loop()
        loop.ref_handle(a)

        def on_readable():
            a.recv(100)
            rounds[0] += 1
            n = rounds[0]
            timers.setTimeout(lambda: out.append(('timeout', n)), 0)
            timers.setImmediate(lambda: out.append(('immediate', n)))
            process.nextTick(lambda: out.append(('tick', n)))
            if n < 5:
                timers.setTimeout(lambda: b.send(b'x'), 2)
            else:
                loop.remove_reader(a)
                loop.unref_handle(a)
                loop.forget_handle(a)
        loop.add_reader(a, on_readable)
        b.send(b'x')
    try:
        run(main)
    finally:
        a.close()
        b.close()
    assert out == [x for n in range(1, 6) for x in (('tick', n), ('immediate', n), ('timeout', n))]


def test_next_tick_before_microtasks_and_nested_ticks(run):
    out = []

    def main():
        process.queueMicrotask(lambda: out.append('micro'))

        def t1():
            out.append('t1')
            process.nextTick(lambda: (out.append('t1.1'), process.nextTick(lambda: out.append('t1.1.1'))))
        process.nextTick(t1)
        process.nextTick(lambda: out.append('t2'))
    run(main)
    assert out == ['t1', 't2', 't1.1', 't1.1.1', 'micro']


def test_next_tick_from_microtask_runs_after_microtask_queue(run):
    out = []

    def main():
        def m1():
            out.append('m1')
            process.nextTick(lambda: (out.append('tick from m1'),
                                      process.queueMicrotask(lambda: out.append('m from tick'))))
        process.queueMicrotask(m1)
        process.queueMicrotask(lambda: out.append('m2'))
    run(main)
    assert out == ['m1', 'm2', 'tick from m1', 'm from tick']


def test_many_same_delay_timers_in_creation_order(run):
    out = []

    def main():
        for i in range(200):
            timers.setTimeout(out.append, 3, i)
    run(main)
    assert out == list(range(200))


def test_unref_timer_does_not_keep_run_alive(run):
    t0 = time.monotonic()
    out = []
    assert run(lambda: timers.setTimeout(lambda: out.append('BUG'), 3000).unref()) == 0
    assert out == [] and time.monotonic() - t0 < 1


def test_ref_handle_keeps_loop_alive_until_unref(run):
    out = []
    handle = object()

    def main():
        loop = get_loop()
        loop.ref_handle(handle)
        loop.ref_handle(handle)                   # idempotent
        timers.setTimeout(lambda: (out.append('release'), loop.unref_handle(handle)), 5)
    run(main)
    assert out == ['release']


def test_pool_results_arrive_on_the_loop_thread(run):
    got = []

    def work(x):
        return x * 2, threading.get_ident()

    def fail():
        raise OSError('pool failure')

    def main():
        loop = get_loop()
        me = threading.get_ident()
        loop.run_in_pool(work, (21,), lambda err, res: got.append(
            ('ok', err, res[0], res[1] != me, threading.get_ident() == me)))
        loop.run_in_pool(fail, (), lambda err, res: got.append(
            ('err', str(err), res, threading.get_ident() == me)))
    run(main)
    assert sorted(got, key=str) == sorted([('ok', None, 42, True, True), ('err', 'pool failure', None, True)],
                                          key=str)


@pytest.mark.parametrize('size, concurrent', [('1', False), ('3', True)])
def test_threadpool_size_from_environment(run, monkeypatch, size, concurrent):
    """NODEHTTP_THREADPOOL_SIZE sets the number of worker threads: 1 runs jobs one
    by one (a 3-party barrier breaks), 3 runs them together."""
    monkeypatch.setenv('NODEHTTP_THREADPOOL_SIZE', size)
    barrier = threading.Barrier(3, timeout=0.5 if not concurrent else 5)
    results = []

    def job():
        try:
            barrier.wait()
            return 'met'
        except threading.BrokenBarrierError:
            return 'broken'

    def main():
        loop = get_loop()
        for _ in range(3):
            loop.run_in_pool(job, (), lambda err, res: results.append(res))
    run(main)
    assert len(results) == 3
    assert set(results) == ({'met'} if concurrent else {'broken'})


def test_uncaught_exception_with_listener_keeps_running(run):
    got = []

    def main():
        process.on('uncaughtException', lambda err, origin: got.append((type(err).__name__, origin)))

        def boom():
            raise ZeroDivisionError('x')
        timers.setImmediate(boom)
        process.nextTick(boom)
        timers.setTimeout(lambda: got.append('still running'), 2)
    assert run(main) == 0
    assert got == [('ZeroDivisionError', 'uncaughtException')] * 2 + ['still running']


def test_uncaught_exception_without_listener_stops_and_reraises(run):
    later = []

    def main():
        timers.setTimeout(lambda: later.append('BUG'), 30)
        timers.setImmediate(lambda: {}['missing'])
    with pytest.raises(KeyError):
        run(main)
    assert later == []
    # the next run starts clean
    assert run(lambda: timers.setTimeout(lambda: later.append('fresh'), 1)) == 0
    assert later == ['fresh']


def test_io_callback_exception_goes_to_uncaught_exception(run):
    got = []
    a, b = socket_pair_loopback()

    def main():
        loop = get_loop()
        process.on('uncaughtException', lambda err, origin: (got.append(str(err)), loop.remove_fd(a)))

        def on_readable():
            raise RuntimeError('from reader')
        loop.add_reader(a, on_readable)
        b.send(b'x')
        timers.setTimeout(lambda: None, 20)
    try:
        run(main)
    finally:
        a.close()
        b.close()
    assert got == ['from reader']


def test_removed_fd_callback_does_not_run_in_same_poll(run):
    """Two sockets readable in one poll: the first callback removes the second,
    which must then not be called."""
    a1, b1 = socket_pair_loopback()
    a2, b2 = socket_pair_loopback()
    called = []

    def main():
        loop = get_loop()

        def first(name, me, other):
            def cb():
                called.append(name)
                loop.remove_fd(me)
                loop.remove_fd(other)
            return cb
        loop.add_reader(a1, first('a1', a1, a2))
        loop.add_reader(a2, first('a2', a2, a1))
        b1.send(b'x')
        b2.send(b'x')
        loop.ref_handle('h')
        timers.setTimeout(lambda: loop.unref_handle('h'), 20)
    try:
        run(main)
    finally:
        for s in (a1, b1, a2, b2):
            s.close()
    assert len(called) == 1


def test_fd_reused_in_same_poll_gets_no_stale_event(run):
    """Two sockets readable in one poll: the first callback closes the second
    and a new socket takes its descriptor number; the second's event of that
    poll must not reach the new socket's callback (libuv invalidates it)."""
    a1, b1 = socket_pair_loopback()
    a2, b2 = socket_pair_loopback()
    called = []
    made = []

    def main():
        loop = get_loop()

        def on_first(me, other):
            def cb():
                called.append('old')
                loop.remove_fd(me)
                if made:
                    return
                old_fd = other.fileno()
                loop.remove_fd(other)
                other.close()
                n, peer = socket.socketpair()
                made.extend((n, peer))
                if n.fileno() == old_fd:
                    called.append('reused')
                loop.add_reader(n, lambda: called.append('new'))
            return cb
        loop.add_reader(a1, on_first(a1, a2))
        loop.add_reader(a2, on_first(a2, a1))
        b1.send(b'x')
        b2.send(b'x')
        loop.ref_handle('h')

        def done():
            for s in made:
                loop.remove_fd(s)
            loop.unref_handle('h')
        timers.setTimeout(done, 20)
    try:
        run(main)
    finally:
        for s in [a1, b1, a2, b2] + made:
            s.close()
    assert called[0] == "old" and "new" not in called, called


def test_selectors_backend_without_epoll(monkeypatch):
    """Where select.epoll is missing the loop runs on selectors.DefaultSelector."""
    from nodehttp import loop as loop_mod
    monkeypatch.setattr(loop_mod, '_epoll', None)
    loop = loop_mod.Loop()
    a, b = socket_pair_loopback()
    got = []
    try:
        assert not isinstance(loop._poller, type(getattr(__import__('select'), 'epoll', int)))
        loop.add_reader(a, lambda: got.append(a.recv(10)))
        loop.add_writer(a, lambda: (got.append('w'), loop.remove_writer(a)))
        b.send(b'hi')
        loop._poll(1.0)
        assert sorted(got, key=str) == [b'hi', 'w']
        loop.remove_fd(a)
        b.send(b'again')
        loop._poll(0)
        assert len(got) == 2
    finally:
        loop.close()
        a.close()
        b.close()


def test_writer_callback(run):
    a, b = socket_pair_loopback()
    out = []

    def main():
        loop = get_loop()

        def writable():
            out.append(a.send(b'hello'))
            loop.remove_writer(a)
        loop.add_writer(a, writable)
        loop.ref_handle(a)
        timers.setTimeout(lambda: loop.unref_handle(a), 5)
    try:
        run(main)
        b.setblocking(True)
        b.settimeout(2)
        assert b.recv(10) == b'hello'
    finally:
        a.close()
        b.close()
    assert out == [5]


def test_pending_and_close_phases(run):
    """libuv >= 1.45 (Node 24) runs pending callbacks queued during poll right
    after it (up to 8 rounds), then check (immediates), then close callbacks."""
    out = []
    a, b = socket_pair_loopback()

    def main():
        loop = get_loop()

        def on_readable():
            loop.remove_fd(a)
            loop.call_pending(lambda x: out.append(('pending', x)), 1)
            loop.call_close(lambda: out.append('close'))
            timers.setImmediate(lambda: out.append('immediate'))
            process.nextTick(lambda: out.append('tick'))
        loop.add_reader(a, on_readable)
        b.send(b'x')
        loop.ref_handle(a)
        timers.setTimeout(lambda: loop.unref_handle(a), 10)
    try:
        run(main)
    finally:
        a.close()
        b.close()
    assert out == ['tick', ('pending', 1), 'immediate', 'close']


def test_now_is_cached_per_iteration(run):
    seen = []

    def main():
        loop = get_loop()
        first = loop.now()
        t0 = time.monotonic()
        while time.monotonic() - t0 < 0.003:
            pass
        seen.append(loop.now() == first)
        timers.setTimeout(lambda: seen.append(loop.now() >= first + 1), 1)
    run(main)
    assert seen == [True, True]


def test_background_loop_driven_from_plain_threads():
    results = []
    with background() as loop:
        assert loop.call(lambda a, b: a + b, 2, 3) == 5
        assert loop.call(threading.get_ident) != threading.get_ident()
        assert loop.wait(lambda done: timers.setTimeout(done, 2, 'timer done')) == 'timer done'

        def worker(i):
            results.append(loop.wait(lambda done: process.nextTick(done, i * 10)))
        threads = [threading.Thread(target=worker, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(5)
        with pytest.raises(ZeroDivisionError):
            loop.call(lambda: 1 / 0)
        # still alive after a failed call
        assert loop.call(lambda: 'alive') == 'alive'
    assert sorted(results) == [0, 10, 20, 30]


def test_background_closes_handles_at_the_end():
    closed = []

    class Handle:
        def _loop_shutdown(self):
            closed.append('shutdown')
            get_loop().unref_handle(self)
    with background() as loop:
        h = Handle()
        loop.call(loop.ref_handle, h)
    assert closed == ['shutdown']


def test_background_uncaught_exception_is_raised_at_block_end():
    with pytest.raises(RuntimeError, match='in background'):
        with background() as loop:
            def fail():
                raise RuntimeError('in background')
            loop.call(timers.setTimeout, fail, 1)
            deadline = time.monotonic() + 5
            while loop._fatal is None and time.monotonic() < deadline:
                time.sleep(0.002)


def test_call_soon_threadsafe_wakes_the_selector(run):
    got = []

    def main():
        loop = get_loop()
        loop.ref_handle('wait')
        t0 = time.monotonic()

        def from_thread():
            loop.call_soon_threadsafe(lambda: (got.append(('on loop thread', threading.get_ident() == me,
                                                            time.monotonic() - t0 < 1)),
                                               loop.unref_handle('wait')))
        me = threading.get_ident()
        threading.Thread(target=from_thread).start()
    run(main)
    assert got == [('on loop thread', True, True)]


def test_run_timeout_guard():
    with pytest.raises(TimeoutError):
        nodehttp.run(lambda: timers.setInterval(lambda: None, 5), _timeout=0.05)


# -- the CLI ------------------------------------------------------------------------

def _cli(tmp_path, source, *args):
    script = tmp_path / 'script.py'
    script.write_text(source)
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    return subprocess.run([sys.executable, '-m', 'nodehttp', str(script), *args], cwd=tmp_path,
                          env=env, capture_output=True, text=True, timeout=30), script


def test_cli_runs_script_with_argv_and_exit_code(tmp_path):
    p, script = _cli(tmp_path, '''
from nodehttp import process, timers
print(process.argv[2:], process.argv[1].endswith('script.py'), __name__)
process.on('exit', lambda code: print('exit', code))
timers.setTimeout(lambda: print('timer'), 1)
process.nextTick(lambda: print('tick'))
process.exitCode = 5
print('main')
''', 'a', 'b c')
    assert p.stdout.splitlines() == ["['a', 'b c'] True __main__", 'main', 'tick', 'timer', 'exit 5']
    assert p.returncode == 5


def test_cli_uncaught_exception_prints_and_exits_1(tmp_path):
    p, _ = _cli(tmp_path, '''
from nodehttp import process, timers
process.on('exit', lambda code: print('exit', code))
def fail():
    raise ValueError('boom from timer')
timers.setTimeout(fail, 1)
timers.setTimeout(lambda: print('BUG'), 50)
''')
    assert p.returncode == 1
    assert p.stdout.splitlines() == ['exit 1']
    assert 'ValueError: boom from timer' in p.stderr


def test_cli_handled_exception_exits_0(tmp_path):
    p, _ = _cli(tmp_path, '''
from nodehttp import process
process.on('uncaughtException', lambda err, origin: print('handled', err, origin))
raise RuntimeError('in main')
''')
    assert (p.returncode, p.stdout.splitlines()) == (0, ['handled in main uncaughtException'])


def test_cli_usage():
    p = subprocess.run([sys.executable, '-m', 'nodehttp'], cwd=ROOT, capture_output=True, text=True,
                       env=dict(os.environ, PYTHONPATH=str(ROOT)), timeout=30)
    assert p.returncode == 2 and 'usage' in p.stderr
