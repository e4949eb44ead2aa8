"""Small helpers shared by every layer: JS-style callback arity and options."""

from types import MethodType
import inspect

_CO_VARARGS = inspect.CO_VARARGS


def arity(fn):
    """How many positional arguments `fn` accepts, or None for "any number".

    JS calls a function with all its arguments and the function ignores the
    extra ones; Python raises instead.  API.md ("Callbacks and listeners")
    says a callable gets only as many of Node's arguments as it takes, so the
    count is computed once, when the callable is stored.
    """
    code = getattr(fn, '__code__', None)
    if code is not None and type(code).__name__ == 'code':
        if code.co_flags & _CO_VARARGS:
            return None
        n = code.co_argcount
        if type(fn) is MethodType:
            n -= 1
        return n
    try:
        sig = inspect.signature(fn)
    except (TypeError, ValueError):
        return None
    n = 0
    for p in sig.parameters.values():
        if p.kind is p.VAR_POSITIONAL:
            return None
        if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD):
            n += 1
    return n


def fit(fn):
    """Return a callable that passes `fn` at most as many positional args as it takes."""
    if fn is None:
        return None
    n = arity(fn)
    if n is None:
        return fn

    def fitted(*args):
        return fn(*args[:n])
    fitted.__wrapped__ = fn
    return fitted


def opts(options=None, kwargs=None):
    """Merge an options dict with keyword arguments; None values are JS `undefined`."""
    out = {}
    if options:
        for k, v in options.items():
            if v is not None:
                out[k] = v
    if kwargs:
        for k, v in kwargs.items():
            if v is not None:
                out[k] = v
    return out


def is_callable(x):
    return callable(x)


class Thenable:
    """A tiny Promise stand-in for APIs that only have a promise form in Node.

    ``p.then(on_fulfilled[, on_rejected])`` returns a new Thenable; callbacks
    run as microtasks, as promise reactions do.  (API.md, "Values": "where Node
    has only a promise, return a small object with `.then(cb)`".)
    """
    __slots__ = ('_state', '_value', '_reactions')

    def __init__(self):
        self._state = 'pending'
        self._value = None
        self._reactions = []

    def _settle(self, state, value):
        if self._state != 'pending':
            return
        self._state = state
        self._value = value
        reactions, self._reactions = self._reactions, []
        for r in reactions:
            self._schedule(r)

    def _resolve(self, value=None):
        self._settle('fulfilled', value)

    def _reject(self, err):
        self._settle('rejected', err)

    def _schedule(self, reaction):
        from .process import queueMicrotask
        on_ok, on_err, child = reaction

        def job():
            handler = on_ok if self._state == 'fulfilled' else on_err
            if handler is None:
                child._settle(self._state, self._value)
                return
            try:
                result = handler(self._value)
            except Exception as err:
                child._reject(err)
                return
            child._resolve(result)
        queueMicrotask(job)

    def then(self, on_fulfilled=None, on_rejected=None):
        child = Thenable()
        reaction = (on_fulfilled, on_rejected, child)
        if self._state == 'pending':
            self._reactions.append(reaction)
        else:
            self._schedule(reaction)
        return child

    def catch(self, on_rejected):
        return self.then(None, on_rejected)


class PerClass(dict):
    """type -> test(type), computed at a type's first lookup and kept: the
    hot paths' checks that a class overrides none of the methods a shortcut
    inlines (docs/internals.md, "Hot paths": a method replaced on the class
    later is not seen)."""
    __slots__ = ('_test',)

    def __init__(self, test):
        super().__init__()
        self._test = test

    def __missing__(self, cls):
        answer = self[cls] = bool(self._test(cls))
        return answer
