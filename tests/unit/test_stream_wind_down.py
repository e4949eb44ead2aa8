"""The per-message wind-down shortcuts (stream/readable.py _end_readable,
http/incoming.py IncomingMessage.destroy): same events, same order, and the
shortcut steps aside whenever a user hook could see the difference.  Orders
below are Node 24's (tests/differential/scenarios/stream_wind_down_ticks.js)."""
import nodehttp
from nodehttp import process
from nodehttp.http.incoming import IncomingMessage
from nodehttp.loop import _ticks
from nodehttp.stream import Readable


def _ended_message(cls=IncomingMessage):
    m = cls(None)
    m._on_complete(None)
    return m


def _run(fn):
    nodehttp.run(fn, _timeout=5)


def test_end_ticks_are_coalesced_only_when_adjacent():
    log = []

    def main():
        r = Readable({'read': lambda n: None})
        r.push(None)
        r.on('end', lambda: log.append('end'))
        r.on('close', lambda: log.append('close'))

        def reads():
            before = len(_ticks)
            r.read()
            r.read(0)
            r.read()
            assert len(_ticks) == before + 1      # one end tick, not three
            process.nextTick(lambda: log.append('user tick'))
            r.read()                              # not adjacent any more: queued again
            assert len(_ticks) == before + 3

        process.nextTick(reads)

    _run(main)
    assert log == ['end', 'user tick', 'close']


def test_message_end_close_order_with_ticks():
    log = []

    def main():
        m = _ended_message()
        m.on('end', lambda: (log.append(('end', m.destroyed, m.closed)),
                             process.nextTick(lambda: log.append(('tick after end', m.destroyed, m.closed))),
                             process.queueMicrotask(lambda: log.append(('micro after end', m.closed)))))
        m.on('close', lambda: log.append(('close', m.destroyed, m.closed)))
        m.resume()

    _run(main)
    assert log == [('end', False, False), ('tick after end', True, False),
                   ('close', True, True), ('micro after end', True)]


def test_overridden_destroy_hooks_still_run():
    calls = []

    class Sub(IncomingMessage):
        def _destroy(self, err, cb):
            calls.append(('class', err))
            cb(err)

    def main():
        a = _ended_message(Sub)
        a.on('close', lambda: calls.append('a close'))
        a.resume()
        b = _ended_message()

        def own(err, cb):
            calls.append(('instance', err))
            cb(err)

        b._destroy = own
        b.on('close', lambda: calls.append('b close'))
        b.resume()

    _run(main)
    assert calls == [('class', None), ('instance', None), 'a close', 'b close']


def test_destroy_with_error_or_callback_takes_the_full_path():
    log = []

    def main():
        m = _ended_message()
        m.on('end', lambda: None)
        m.resume()

        def after_end():
            m.destroy(None, lambda *a: log.append('cb'))     # already destroyed by autoDestroy
        m.on('close', lambda: (log.append('close'), after_end()))

        n = _ended_message()
        n.on('error', lambda e: log.append(('error', str(e))))
        n.on('close', lambda: log.append('n close'))
        n.destroy(Exception('boom'))                        # not ended: aborted path

    _run(main)
    assert log == [('error', 'boom'), 'n close', 'close', 'cb']
