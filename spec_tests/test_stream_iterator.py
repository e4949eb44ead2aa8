"""stream.md: readable[Symbol.asyncIterator](), readable.iterator([options]),
readable/writable[Symbol.asyncDispose](), as the thenable-driven functions of
nodehttp/stream/iterator.py (``iterator(readable[, options])``,
``readable_async_dispose(r)``, ``writable_async_dispose(w)``).

Expected values are the doc's or Node 24's (the same cases run side by side in
tests/differential/scenarios/stream_iterator_next and stream_async_dispose).
"""

import pytest

from nodehttp.stream import Readable, Writable, PassThrough
from nodehttp.stream.iterator import iterator, readable_async_dispose, writable_async_dispose


def drain(it, out, then=None):
    """Call it.next() until done, as `for await` does; `then()` at the end."""
    def step(r):
        out.append(r)
        if not r['done']:
            it.next().then(step, lambda e: out.append(('error', str(e))))
        elif then:
            then()
    it.next().then(step, lambda e: out.append(('error', str(e))))


@pytest.mark.spec("stream.md", "readable[Symbol.asyncIterator]()")
def test_async_iterator_fully_consumes(run):
    """"Returns: <AsyncIterator> to fully consume the stream"; "If the loop
    terminates with a break, return, or a throw, the stream will be destroyed"
    (and, Node 24, also once it is fully consumed)."""
    out = []

    def main():
        r = Readable.from_([b'a', b'b', b'c'])
        r.setEncoding('utf8')
        drain(iterator(r), out, lambda: out.append(('destroyed', r.destroyed)))
    run(main)
    assert out == [{'value': 'a', 'done': False}, {'value': 'b', 'done': False},
                   {'value': 'c', 'done': False}, {'value': None, 'done': True}, ('destroyed', True)]


@pytest.mark.spec("stream.md", "readable[Symbol.asyncIterator]()")
def test_async_iterator_error_rejects(run):
    """"If the stream emits an error, it will be thrown" (Node 24: a bare
    destroy() is ERR_STREAM_PREMATURE_CLOSE)."""
    out = []

    def main():
        e = PassThrough()
        it = iterator(e)
        it.next().then(out.append, lambda err: out.append(('rejected', str(err))))
        e.destroy(ValueError('kaput'))
        it.next().then(out.append)
        f = PassThrough()
        iterator(f).next().then(out.append, lambda err: out.append((err.code, err.message)))
        f.destroy()
    run(main)
    assert out == [('rejected', 'kaput'), {'value': None, 'done': True},
                   ('ERR_STREAM_PREMATURE_CLOSE', 'Premature close')]


@pytest.mark.spec("stream.md", "readable.iterator([options])")
def test_iterator_destroy_on_return_false(run):
    """The doc's example: with destroyOnReturn false, "calling return on the
    async iterator ... will not destroy the stream": prints 1, false, then 2 and 3."""
    out = []

    def main():
        readable = Readable.from_([1, 2, 3])
        it = iterator(readable, {'destroyOnReturn': False})

        def first(r):
            out.append(r['value'])
            it.return_().then(second)

        def second(r):
            out.append(readable.destroyed)
            drain(iterator(readable, destroyOnReturn=False), out)
        it.next().then(first)
    run(main)
    assert out == [1, False, {'value': 2, 'done': False}, {'value': 3, 'done': False},
                   {'value': None, 'done': True}]


@pytest.mark.spec("stream.md", "readable.iterator([options])")
def test_iterator_return_destroys_by_default(run):
    """destroyOnReturn "Default: true": returning early destroys the stream."""
    out = []

    def main():
        p = PassThrough()
        it = iterator(p)
        p.on('close', lambda: out.append(('close', p.destroyed)))
        p.write(b'x')

        def got(r):
            out.append(r)
            getattr(it, 'return')().then(out.append)
        it.next().then(got)
    run(main)
    assert out == [{'value': b'x', 'done': False}, {'value': None, 'done': True}, ('close', True)]
    with pytest.raises(TypeError) as info:
        iterator(PassThrough(), {'destroyOnReturn': 1})
    assert info.value.message == ('The "options.destroyOnReturn" property must be of type boolean. '
                                  'Received type number (1)')


@pytest.mark.spec("stream.md", "readable[Symbol.asyncDispose]()")
def test_readable_async_dispose(run):
    """"Calls readable.destroy() with an AbortError and returns a promise that
    fulfills when the stream is finished" (Node 24: no AbortError once ended;
    an earlier error rejects it)."""
    out = []

    def main():
        r = Readable({'read': lambda n: None})
        r.on('error', lambda e: out.append(('error', e.name, e.code)))
        readable_async_dispose(r).then(lambda v: out.append(('disposed', v, r.destroyed)))
        out.append(('at once', r.destroyed))
        bad = Readable({'read': lambda n: None})
        bad.on('error', lambda e: None)
        bad.destroy(ValueError('earlier'))
        bad.on('close', lambda: readable_async_dispose(bad).then(
            None, lambda e: out.append(('rejected', str(e)))))
    run(main)
    assert out == [('at once', True), ('error', 'AbortError', 'ABORT_ERR'), ('disposed', None, True),
                   ('rejected', 'earlier')]


@pytest.mark.spec("stream.md", "writable[Symbol.asyncDispose]()")
def test_writable_async_dispose(run):
    """"Calls writable.destroy() with an AbortError and returns a promise that
    fulfills when the stream is finished" (Node 24: no error once finished)."""
    out = []

    def main():
        w = Writable({'write': lambda c, e, cb: cb()})
        w.on('error', lambda e: out.append(('w error', e.name)))
        writable_async_dispose(w).then(lambda v: out.append('w disposed'))
        fin = Writable({'write': lambda c, e, cb: cb()})
        fin.on('finish', lambda: writable_async_dispose(fin).then(
            lambda v: out.append(('fin disposed', fin.errored))))
        fin.end(b'x')
    run(main)
    assert out == [('w error', 'AbortError'), 'w disposed', ('fin disposed', None)]


@pytest.mark.spec("stream.md", "readable.iterator([options])", "readable[Symbol.asyncIterator]()",
                  "readable[Symbol.asyncDispose]()", "writable[Symbol.asyncDispose]()")
def test_method_forms_on_the_stream_classes(run):
    """The same operations as methods, where Node has them: readable.iterator(),
    readable[Symbol.asyncIterator]() as readable.asyncIterator(), and
    asyncDispose() on readables and writables."""
    out = []

    def main():
        r = Readable.from_(['x', 'y'])
        drain(r.iterator({'destroyOnReturn': True}), out)
        r2 = Readable.from_(['z'])
        drain(r2.asyncIterator(), out)
        r3 = Readable({'read': lambda n: None})
        r3.asyncDispose().then(lambda v: out.append(('r3', v, r3.destroyed)))
        w = Writable({'write': lambda c, e, cb: cb()})
        w.asyncDispose().then(lambda v: out.append(('w', v, w.destroyed)))
    run(main)
    assert sorted(map(repr, out)) == sorted(map(repr, [
        {'value': 'x', 'done': False}, {'value': 'y', 'done': False}, {'value': None, 'done': True},
        {'value': 'z', 'done': False}, {'value': None, 'done': True},
        ('r3', None, True), ('w', None, True)]))
