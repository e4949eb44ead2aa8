"""Readable stream operators (stream.md `readable.map()` ... `readable.reduce()`).

Node builds these on async iteration; Python has no Promise, so:

- the operators that return a stream in Node (`map`, `filter`, `flatMap`,
  `drop`, `take`) return an object-mode Readable here too;
- those that return a promise (`forEach`, `toArray`, `some`, `find`,
  `every`, `reduce`) return a `Thenable` (`.then(on_ok, on_err)`), as API.md
  prescribes for promise-only APIs;
- a user function may return a thenable; the next item waits for it
  (concurrency 1).  DEVIATION: the `concurrency`, `highWaterMark` and
  `signal` options are accepted but items are always processed one at a
  time, in order.

Like Node's `for await`, the source is read with `read()` on `'readable'`,
and stopping early (`take`, `some`, `find`, `every`, or destroying the
returned stream) destroys the source.
"""

from .. import errors as _errors
from .._util import Thenable, fit as _fit
from .end_of_stream import finished as _finished

_STOP = object()


def _is_thenable(v):
    return v is not None and callable(getattr(v, 'then', None)) and not hasattr(v, '_readableState')


def _check_fn(fn):
    if not callable(fn):
        raise _errors.ERR_INVALID_ARG_TYPE('fn', ['Function', 'AsyncFunction'], fn)
    return _fit(fn)


class _Pull:
    """Reads `src` item by item, like `for await (const item of src)`."""

    __slots__ = ('src', 'on_item', 'on_done', 'busy', 'done', 'cleanup', 'paused')

    def __init__(self, src, on_item, on_done):
        self.src = src
        self.on_item = on_item      # item -> None | _STOP | thenable
        self.on_done = on_done      # err -> None
        self.busy = False
        self.done = False
        self.paused = False
        src.on('readable', self.pump)
        self.cleanup = _finished(src, {'writable': False}, self._finished)

    def _finished(self, err=None):
        if err is not None:
            self.finish(err)
        else:
            self.pump()
            if not self.busy and not self.paused:
                self.finish(None)

    def finish(self, err=None, destroy=False):
        if self.done:
            return
        self.done = True
        self.src.removeListener('readable', self.pump)
        self.cleanup()
        if destroy and not self.src.destroyed:
            self.src.destroy()
        self.on_done(err)

    def pump(self):
        if self.busy or self.done or self.paused:
            return
        self.busy = True
        try:
            while not self.done and not self.paused:
                item = self.src.read()
                if item is None:
                    if self.src.readableEnded:
                        self.finish(None)
                    break
                try:
                    res = self.on_item(item)
                except Exception as err:
                    self.finish(err, destroy=True)
                    break
                if res is _STOP:
                    self.finish(None, destroy=True)
                    break
                if _is_thenable(res):
                    self.paused = True
                    res.then(self._resumed, self._failed)
                    break
        finally:
            self.busy = False

    def _resumed(self, value=None):
        if _is_thenable(value):  # a reaction that returned a thenable: adopt it
            value.then(self._resumed, self._failed)
            return
        self.paused = False
        self.pump()

    def _failed(self, err):
        self.paused = False
        self.finish(err, destroy=True)

    def stop(self):
        self.finish(None, destroy=True)


def _then_value(value, cb):
    """Call cb(result) now, or when a thenable `value` settles; returns a thenable or None."""
    if _is_thenable(value):
        return value.then(cb)
    cb(value)
    return None


def _output_stream(src, handle):
    """An object-mode Readable fed by `handle(item, out)` for each source item."""
    from .readable import Readable
    state = {'pull': None, 'want': True, 'waiting': None}

    def wait_for_read():
        t = Thenable()
        state['waiting'] = t
        return t

    def on_item(item):
        r = handle(item, out)
        if r is _STOP:
            return _STOP
        if _is_thenable(r):
            return r.then(lambda _v: None if state['want'] else wait_for_read())
        return None if state['want'] else wait_for_read()

    def on_done(err=None):
        if err is not None:
            out.destroy(err)
        else:
            out.push(None)

    def _read(n=None):
        state['want'] = True
        t = state['waiting']
        if t is not None:
            state['waiting'] = None
            t._resolve(None)
        if state['pull'] is None:
            state['pull'] = _Pull(src, on_item, on_done)

    def _destroy(err, cb):
        p = state['pull']
        if p is not None and not p.done:
            p.done = True
            src.removeListener('readable', p.pump)
            p.cleanup()
        if not src.destroyed and not src.readableEnded:
            src.destroy()
        cb(err)

    out = Readable({'objectMode': True, 'highWaterMark': 1, 'read': _read, 'destroy': _destroy})

    def push(value):
        if not out.push(value):
            state['want'] = False

    out._operator_push = push
    return out


def map(self, fn, options=None):
    """`readable.map(fn[, options])`."""
    fn = _check_fn(fn)

    def handle(item, out):
        return _then_value(fn(item, {}), out._operator_push)

    return _output_stream(self, handle)


def filter(self, fn, options=None):
    """`readable.filter(fn[, options])`."""
    fn = _check_fn(fn)

    def handle(item, out):
        return _then_value(fn(item, {}), lambda keep: out._operator_push(item) if keep else None)

    return _output_stream(self, handle)


def flatMap(self, fn, options=None):
    """`readable.flatMap(fn[, options])`: fn returns an iterable (or a stream's items, read whole)."""
    fn = _check_fn(fn)

    def spread(result, out):
        if result is None:
            return
        if isinstance(result, (str, bytes, bytearray)):
            out._operator_push(result)
            return
        for v in result:
            out._operator_push(v)

    def handle(item, out):
        return _then_value(fn(item, {}), lambda res: spread(res, out))

    return _output_stream(self, handle)


def _check_limit(limit):
    from .state import _is_integer
    if isinstance(limit, bool) or not isinstance(limit, (int, float)) or limit != limit:
        raise _errors.ERR_INVALID_ARG_TYPE('number', 'number', limit)
    if limit < 0:
        raise _errors.ERR_OUT_OF_RANGE('number', '>= 0', limit)
    if not _is_integer(limit) and limit != float('inf'):
        return int(limit)
    return limit


def drop(self, limit, options=None):
    """`readable.drop(limit[, options])`."""
    limit = _check_limit(limit)
    count = [0]

    def handle(item, out):
        if count[0] < limit:
            count[0] += 1
            return None
        out._operator_push(item)
        return None

    return _output_stream(self, handle)


def take(self, limit, options=None):
    """`readable.take(limit[, options])`: stops (and destroys the source) after `limit` items."""
    limit = _check_limit(limit)
    count = [0]

    def handle(item, out):
        if count[0] >= limit:  # take(0): stop at the first item
            return _STOP
        count[0] += 1
        out._operator_push(item)
        return _STOP if count[0] >= limit else None

    return _output_stream(self, handle)


def _promise_consume(src, on_item, result):
    p = Thenable()

    def on_done(err=None):
        if err is not None:
            p._reject(err)
        else:
            p._resolve(result())

    _Pull(src, on_item, on_done)
    return p


def forEach(self, fn, options=None):
    """`readable.forEach(fn[, options])` -> thenable fulfilled with None."""
    fn = _check_fn(fn)
    return _promise_consume(self, lambda item: fn(item, {}), lambda: None)


def toArray(self, options=None):
    """`readable.toArray([options])` -> thenable fulfilled with a list."""
    items = []

    def on_item(item):
        items.append(item)

    return _promise_consume(self, on_item, lambda: items)


def _search(self, fn, on_match, default):
    fn = _check_fn(fn)
    found = {'value': default}

    def on_item(item):
        def check(ok):
            if ok:
                found['value'] = on_match(item)
                return _STOP
            return None
        res = fn(item, {})
        if _is_thenable(res):
            t = Thenable()

            def settled(ok):
                if ok:
                    found['value'] = on_match(item)
                    pull_stop[0]()
                t._resolve(None)
            res.then(settled, t._reject)
            return t
        return check(res)

    p = Thenable()
    pull_stop = [lambda: None]

    def on_done(err=None):
        if err is not None:
            p._reject(err)
        else:
            p._resolve(found['value'])

    pull = _Pull(self, on_item, on_done)
    pull_stop[0] = pull.stop
    return p


def some(self, fn, options=None):
    """`readable.some(fn[, options])` -> thenable fulfilled with a bool."""
    return _search(self, fn, lambda item: True, False)


def find(self, fn, options=None):
    """`readable.find(fn[, options])` -> thenable fulfilled with the item or None."""
    return _search(self, fn, lambda item: item, None)


def every(self, fn, options=None):
    """`readable.every(fn[, options])` -> thenable fulfilled with a bool."""
    fn = _check_fn(fn)

    def negated(item, opts=None):
        res = fn(item, {})
        if _is_thenable(res):
            return res.then(lambda ok: not ok)
        return not res

    p = Thenable()
    _search(self, negated, lambda item: False, True).then(p._resolve, p._reject)
    return p


_NO_INITIAL = object()


def reduce(self, fn, initial=_NO_INITIAL, options=None):
    """`readable.reduce(fn[, initial[, options]])` -> thenable fulfilled with the result."""
    fn = _check_fn(fn)
    acc = {'value': initial, 'has': initial is not _NO_INITIAL}

    def on_item(item):
        if not acc['has']:
            acc['value'] = item
            acc['has'] = True
            return None

        def store(v):
            acc['value'] = v
        return _then_value(fn(acc['value'], item, {}), store)

    p = Thenable()

    def on_done(err=None):
        if err is not None:
            p._reject(err)
        elif not acc['has']:
            err = _errors.ERR_MISSING_ARGS('reduce')
            err.message = 'Reduce of an empty stream requires an initial value'
            err.args = (err.message,)
            p._reject(err)
        else:
            p._resolve(acc['value'])

    _Pull(self, on_item, on_done)
    return p


def compose(self, stream, options=None):
    """`readable.compose(stream[, options])`: this readable composed with `stream`."""
    from .compose import compose as _compose
    return _compose(self, stream)


OPERATORS = {'compose': compose, 'map': map, 'filter': filter, 'flatMap': flatMap, 'drop': drop, 'take': take,
             'forEach': forEach, 'toArray': toArray, 'some': some, 'find': find, 'every': every,
             'reduce': reduce}
