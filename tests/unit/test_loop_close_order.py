"""The close phase runs as libuv's: newest first, one batch per iteration.

libuv pushes a closing handle onto the front of loop->closing_handles and the
close phase takes the whole list (later uv_close calls start a new one), so
the close callbacks of one iteration run in reverse order of the uv_close
calls and a handle closed from a close callback waits for the next iteration.
The socket orders are Node 24's (tests/differential/scenarios/loop_close_order).
"""

from nodehttp import net, process, timers
from nodehttp.loop import get_loop


def test_close_callbacks_run_newest_first(run):
    out = []

    def main():
        loop = get_loop()
        for name in 'abc':
            loop.call_close(out.append, name)
    run(main)
    assert out == ['c', 'b', 'a']


def test_close_callback_args_and_ticks_between(run):
    """Each close callback is a macrotask: its ticks and microtasks drain before the next."""
    out = []

    def main():
        loop = get_loop()

        def cb(name, n):
            out.append((name, n))
            process.nextTick(out.append, 'tick ' + name)
            process.queueMicrotask(lambda: out.append('micro ' + name))
        loop.call_close(cb, 'a', 1)
        loop.call_close(cb, 'b', 2)
    run(main)
    assert out == [('b', 2), 'tick b', 'micro b', ('a', 1), 'tick a', 'micro a']


def test_closed_during_the_phase_waits_for_the_next_iteration(run):
    """A close queued by a close callback runs after the next check phase."""
    out = []

    def main():
        loop = get_loop()

        def first():
            out.append('c')
            loop.call_close(out.append, 'd')
            loop.call_close(out.append, 'e')
            timers.setImmediate(out.append, 'immediate')
        loop.call_close(out.append, 'a')
        loop.call_close(out.append, 'b')
        loop.call_close(first)
    run(main)
    assert out == ['c', 'b', 'a', 'immediate', 'e', 'd']


def test_closed_in_the_check_phase_joins_the_batch(run):
    """setImmediate runs before the close phase of the same iteration."""
    out = []

    def main():
        loop = get_loop()
        loop.call_close(out.append, 'a')
        timers.setImmediate(lambda: loop.call_close(out.append, 'from immediate'))
        loop.call_close(out.append, 'b')
    run(main)
    assert out == ['from immediate', 'b', 'a']


def test_an_uncaught_error_does_not_stop_the_batch(run):
    out = []

    def main():
        loop = get_loop()
        process.on('uncaughtException', lambda err, origin: out.append(('uncaught', str(err))))

        def boom():
            out.append('boom')
            raise ValueError('x')
        loop.call_close(out.append, 'a')
        loop.call_close(boom)
        loop.call_close(out.append, 'c')
    run(main)
    assert out == ['c', 'boom', ('uncaught', 'x'), 'a']


def test_sockets_destroyed_in_one_tick_close_in_reverse(run):
    """Three connected sockets and their peers: 'close' newest first; the server's
    'close' (nextTick once the last connection is gone) comes before all of them."""
    out = []

    def main():
        clients = []
        peers = []

        def go():
            byport = {c.remotePort: c for c in peers}
            for name, s in zip('ABC', clients):
                s.on('close', lambda h, name=name: out.append((name, h)))
                byport[s.localPort].on('close', lambda h, name=name: out.append(('P' + name, h)))
            a, b, c = clients
            pa, pb, pc = (byport[s.localPort] for s in clients)
            b.destroy()
            pa.destroy()
            c.destroy()
            server.close()
            a.destroy()
            pc.destroy()
            pb.destroy()
            out.append('destroyed')

        def ready(*_):
            if len(peers) == 3 and sum(not s.connecting for s in clients) == 3:
                go()

        def on_connection(c):
            peers.append(c)
            ready()
        server = net.createServer(on_connection)
        server.on('close', lambda: out.append('server close'))

        def on_listening():
            for _ in range(3):
                s = net.connect(server.address()['port'], '127.0.0.1')
                clients.append(s)
                s.on('connect', ready)
        server.listen(0, '127.0.0.1', on_listening)
    run(main)
    assert out == ['destroyed', 'server close', ('PB', False), ('PC', False), ('A', False),
                   ('C', False), ('PA', False), ('B', False)]
