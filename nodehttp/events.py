"""node:events — EventEmitter (events.md).

Storage: ``_events`` maps an event name to a tuple ``(call0, call1, call2,
callN, entries)``.  ``entries`` are the ``(listener, nargs)`` pairs in call
order (``nargs``: how many positional arguments the listener takes, computed
once at registration; API.md "Callbacks and listeners").  ``call0..callN``
are ready-made callables for an emit with 0, 1, 2 or more arguments: for a
single listener, the listener itself (or a small wrapper when it takes fewer
arguments than that), for several a `_Many` method that walks ``entries``.
So ``emit`` is one dict lookup plus one call, which is what keeps it within
10x of Node 24 (bench/bench_loop.py).  The tuple is replaced whole on every
add or remove, so an emit keeps calling the listeners it found when it
started ("listeners added or removed during emit do not affect that emit").
"""

import sys
import types

from ._util import arity

__all__ = ['EventEmitter', 'errorMonitor', 'once', 'getEventListeners',
           'getMaxListeners', 'setMaxListeners', 'listenerCount',
           'defaultMaxListeners']


class _Symbol:
    """A JS Symbol stand-in: a unique key that string-walking code skips."""
    __slots__ = ('description',)

    def __init__(self, description):
        self.description = description

    def __repr__(self):
        return 'Symbol(%s)' % self.description


errorMonitor = _Symbol('events.errorMonitor')


_ANY = 1 << 62          # arity of a listener that takes any number of arguments
_U = _Symbol('undefined')   # "argument not passed" in emit's fixed slots


def _arity(fn):
    n = arity(fn)
    return _ANY if n is None else n


class _Once:
    """The wrapper `once()` stores; `rawListeners()` returns it (events.md).

    It is stored with its listener's arity, so it is never called with more
    arguments than the listener takes.
    """
    __slots__ = ('target', 'type', 'listener', 'fired', '__weakref__')

    def __init__(self, target, type_, listener):
        self.target = target
        self.type = type_
        self.listener = listener
        self.fired = False

    def __call__(self, *args):
        if not self.fired:
            self.target.removeListener(self.type, self)
            self.fired = True
            return self.listener(*args)

    def __repr__(self):
        return '<once wrapper of %r>' % (self.listener,)


def _check_listener(listener):
    if not callable(listener):
        from . import errors
        raise errors.ERR_INVALID_ARG_TYPE('listener', 'Function', listener)


def _js_inspect_target(target):
    # util.inspect(target, {depth: -1}) of an emitter is "[ClassName]"
    return '[%s]' % type(target).__name__


def _entries(slot):
    """The (fn, nargs) entries of one `_events` value."""
    return slot[4]


def _fit1(fn, n):
    return fn if n >= 1 else (lambda a: fn())


def _fit2(fn, n):
    if n >= 2:
        return fn
    if n == 1:
        return lambda a, b: fn(a)
    return lambda a, b: fn()


def _fitv(fn, n):
    if n == _ANY:
        return fn
    return lambda *args: fn(*args[:n])


class _Many:
    """Calls every listener of a tuple (several listeners)."""
    __slots__ = ('entries',)

    def __init__(self, entries):
        self.entries = entries

    def d0(self):
        for fn, n in self.entries:
            fn()

    def d1(self, a):
        for fn, n in self.entries:
            if n:
                fn(a)
            else:
                fn()

    def d2(self, a, b):
        for fn, n in self.entries:
            if n >= 2:
                fn(a, b)
            elif n:
                fn(a)
            else:
                fn()

    def dv(self, *args):
        m = len(args)
        for fn, n in self.entries:
            if n >= m:
                fn(*args)
            else:
                fn(*args[:n])


class _ManyError(_Many):
    """'error' listeners: errorMonitor listeners are called first (events.md)."""
    __slots__ = ('target',)

    def __init__(self, entries, target):
        self.entries = entries
        self.target = target

    def _monitor(self, *args):
        target = self.target
        if errorMonitor in target._events:
            target.emit(errorMonitor, *args)

    def d0(self):
        self._monitor()
        _Many.d0(self)

    def d1(self, a):
        self._monitor(a)
        _Many.d1(self, a)

    def d2(self, a, b):
        self._monitor(a, b)
        _Many.d2(self, a, b)

    def dv(self, *args):
        self._monitor(*args)
        _Many.dv(self, *args)


def _store(target, events, name, entries):
    """Set `_events[name]`: callables for 0, 1, 2 and any number of
    arguments, then the entries.  One listener is called directly (wrapped
    only when it takes fewer arguments than given); several, or any 'error'
    listener, go through a `_Many`."""
    if not entries:
        del events[name]
    elif len(entries) == 1 and name != 'error':
        entry = entries[0]
        fn, n = entry
        events[name] = (fn, _fit1(fn, n), _fit2(fn, n), _fitv(fn, n), entries)
    else:
        many = _ManyError(entries, target) if name == 'error' else _Many(entries)
        events[name] = (many.d0, many.d1, many.d2, many.dv, entries)


class EventEmitter:
    """Class: EventEmitter (events.md).

    ``_events`` maps an event name to a tuple ``(call0, call1, call2, callN,
    entries)`` (see `_store`): emit picks the callable for the number of
    arguments it got and makes one call.  The tuples are replaced whole on
    every change, so an emit keeps calling the listeners it started with.
    """

    defaultMaxListeners = 10
    errorMonitor = errorMonitor
    captureRejections = False

    # no __slots__ here: subclasses (streams, sockets, servers) set their own
    def __init__(self, options=None):
        self._events = {}
        self._maxListeners = None
        self._warned = None

    # -- adding ------------------------------------------------------------
    def _add(self, name, fn, listener, prepend):
        try:
            events = self._events
        except AttributeError:          # a subclass that skipped __init__
            EventEmitter.__init__(self)
            events = self._events
        if 'newListener' in events:
            self.emit('newListener', name, listener)
        entry = (fn, _arity(listener))
        slot = events.get(name)
        if slot is None:
            _store(self, events, name, (entry,))
            return self
        existing = slot[4]
        _store(self, events, name, (entry,) + existing if prepend else existing + (entry,))
        m = self._maxListeners
        if m is None:
            m = EventEmitter.defaultMaxListeners
        count = len(existing) + 1
        if m > 0 and count > m:
            warned = self._warned
            if warned is None:
                warned = self._warned = set()
            if name not in warned:
                warned.add(name)
                self._warn_leak(name, count, m)
        return self

    def _warn_leak(self, name, count, m):
        from . import process
        w = process._make_warning(
            'MaxListenersExceededWarning',
            'Possible EventEmitter memory leak detected. %d %s listeners added to %s. '
            'MaxListeners is %s. Use emitter.setMaxListeners() to increase limit'
            % (count, _event_name_str(name), _js_inspect_target(self), _num(m)))
        w.emitter = self
        w.type = name
        w.count = count
        process.emitWarning(w)

    def on(self, eventName, listener):
        """emitter.on(eventName, listener)"""
        _check_listener(listener)
        return self._add(eventName, listener, listener, False)

    addListener = on

    def prependListener(self, eventName, listener):
        """emitter.prependListener(eventName, listener)"""
        _check_listener(listener)
        return self._add(eventName, listener, listener, True)

    def once(self, eventName, listener):
        """emitter.once(eventName, listener)"""
        _check_listener(listener)
        return self._add(eventName, _Once(self, eventName, listener), listener, False)

    def prependOnceListener(self, eventName, listener):
        """emitter.prependOnceListener(eventName, listener)"""
        _check_listener(listener)
        return self._add(eventName, _Once(self, eventName, listener), listener, True)

    # -- removing ----------------------------------------------------------
    def removeListener(self, eventName, listener):
        """emitter.removeListener(eventName, listener): the most recently added instance."""
        _check_listener(listener)
        try:
            events = self._events
        except AttributeError:
            return self
        slot = events.get(eventName)
        if slot is None:
            return self
        existing = _entries(slot)
        for i in range(len(existing) - 1, -1, -1):
            fn = existing[i][0]
            if fn is listener or (type(fn) is _Once and fn.listener is listener):
                break
        else:
            return self
        _store(self, events, eventName, existing[:i] + existing[i + 1:])
        if len(existing) <= 2 and self._warned:
            # Node keeps the "warned" mark on the listener array only
            self._warned.discard(eventName)
        if 'removeListener' in events:
            # as Node: the original listener when it was the only one, else
            # the argument as given (a once wrapper removing itself passes itself)
            self.emit('removeListener', eventName,
                      (fn.listener if type(fn) is _Once else fn) if len(existing) == 1 else listener)
        return self

    off = removeListener

    def removeAllListeners(self, eventName=_U):
        """emitter.removeAllListeners([eventName])"""
        try:
            events = self._events
        except AttributeError:
            return self
        every = eventName is _U
        if 'removeListener' not in events:
            if every:
                events.clear()
                self._warned = None
            elif eventName in events:
                del events[eventName]
                if self._warned:
                    self._warned.discard(eventName)
            return self
        if every:
            for key in [k for k in events if k != 'removeListener']:
                self.removeAllListeners(key)
            self.removeAllListeners('removeListener')
            events.clear()
            self._warned = None
            return self
        slot = events.get(eventName)
        if slot is not None:
            # LIFO, each one announced by 'removeListener' (events.md)
            for fn, _n in reversed(_entries(slot)):
                self.removeListener(eventName, fn)
        return self

    # -- emitting ----------------------------------------------------------
    def emit(self, eventName, a=_U, b=_U, c=_U, *rest):
        """emitter.emit(eventName[, ...args]): True if the event had listeners.

        The hot path: one dict lookup, and a direct call when a single
        listener takes the arguments given.  Arguments travel in fixed slots
        (``_U`` marks an absent one) so the common calls build no tuple.
        """
        try:
            h = self._events[eventName]
        except KeyError:
            if eventName == 'error':
                self._unhandled_error(_pack(a, b, c, rest))
            return False
        except AttributeError:          # a subclass that skipped __init__
            if eventName == 'error':
                EventEmitter.__init__(self)
                self._unhandled_error(_pack(a, b, c, rest))
            return False
        if b is _U:
            if a is not _U:
                h[1](a)
            else:
                h[0]()
        elif c is _U:
            h[2](a, b)
        elif rest:
            h[3](a, b, c, *rest)
        else:
            h[3](a, b, c)
        return True

    def _unhandled_error(self, args):
        events = self._events
        if errorMonitor in events:
            self.emit(errorMonitor, *args)
        er = args[0] if args else None
        if isinstance(er, BaseException):
            raise er
        from . import errors
        raise errors.unhandled_error(er)

    # -- looking -----------------------------------------------------------
    def _slot_entries(self, eventName):
        try:
            slot = self._events.get(eventName)
        except AttributeError:
            return ()
        return () if slot is None else _entries(slot)

    def listeners(self, eventName):
        """emitter.listeners(eventName): copies, with once() wrappers unwrapped."""
        return [fn.listener if type(fn) is _Once else fn
                for fn, _n in self._slot_entries(eventName)]

    def rawListeners(self, eventName):
        """emitter.rawListeners(eventName): copies, including once() wrappers."""
        return [fn for fn, _n in self._slot_entries(eventName)]

    def listenerCount(self, eventName, listener=None):
        """emitter.listenerCount(eventName[, listener])"""
        existing = self._slot_entries(eventName)
        if listener is None:
            return len(existing)
        return sum(1 for fn, _n in existing
                   if fn is listener or (type(fn) is _Once and fn.listener is listener))

    def eventNames(self):
        """emitter.eventNames(): strings first, then symbols (Reflect.ownKeys order)."""
        try:
            keys = list(self._events)
        except AttributeError:
            return []
        return ([k for k in keys if not isinstance(k, _Symbol)]
                + [k for k in keys if isinstance(k, _Symbol)])

    def setMaxListeners(self, n):
        """emitter.setMaxListeners(n)"""
        _validate_max(n, 'setMaxListeners')
        self._maxListeners = n
        return self

    def getMaxListeners(self):
        """emitter.getMaxListeners()"""
        m = getattr(self, '_maxListeners', None)
        return EventEmitter.defaultMaxListeners if m is None else m


def _pack(a, b, c, rest):
    if a is _U:
        return ()
    if b is _U:
        return (a,)
    if c is _U:
        return (a, b)
    return (a, b, c, *rest)


def _num(n):
    from .errors import js_number
    return js_number(n)


def _event_name_str(name):
    return repr(name) if isinstance(name, _Symbol) else str(name)


def _validate_max(n, name, minimum=0):
    from . import errors
    if isinstance(n, bool) or not isinstance(n, (int, float)):
        raise errors.ERR_INVALID_ARG_TYPE(name, 'number', n)
    if n != n or n < minimum:
        raise errors.ERR_OUT_OF_RANGE(name, '>= %d' % minimum, n)


# -- module-level helpers (events.md "events.*") ------------------------------

def getEventListeners(emitterOrTarget, eventName):
    """events.getEventListeners(emitterOrTarget, eventName)"""
    return emitterOrTarget.listeners(eventName)


def getMaxListeners(emitterOrTarget):
    """events.getMaxListeners(emitterOrTarget)"""
    return emitterOrTarget.getMaxListeners()


def setMaxListeners(n=None, *eventTargets):
    """events.setMaxListeners(n[, ...eventTargets])"""
    if n is None:
        n = 10
    _validate_max(n, 'setMaxListeners')
    if not eventTargets:
        EventEmitter.defaultMaxListeners = n
    for t in eventTargets:
        t.setMaxListeners(n)


def listenerCount(emitter, eventName):
    """events.listenerCount(emitter, eventName) (deprecated in Node)"""
    return emitter.listenerCount(eventName)


def once(emitter, name, options=None):
    """events.once(emitter, name): Node returns a Promise; here a thenable.

    ``events.once(server, 'listening').then(lambda args: ...)``: the value is
    the list of arguments, as Node resolves it; an 'error' first rejects.
    """
    from ._util import Thenable
    p = Thenable()

    def resolver(*args):
        if name != 'error':
            emitter.removeListener('error', error_listener)
        p._resolve(list(args))

    def error_listener(err):
        emitter.removeListener(name, resolver)
        p._reject(err)

    emitter.once(name, resolver)
    if name != 'error':
        emitter.once('error', error_listener)
    # Node's once() is an async function returning this promise: the caller's
    # promise follows it two microtask hops later, the first queued now
    outer = Thenable()
    from .process import queueMicrotask
    queueMicrotask(lambda: p.then(outer._resolve, outer._reject))
    return outer


class _EventsModule(types.ModuleType):
    @property
    def defaultMaxListeners(self):
        return EventEmitter.defaultMaxListeners

    @defaultMaxListeners.setter
    def defaultMaxListeners(self, n):
        _validate_max(n, 'defaultMaxListeners')
        EventEmitter.defaultMaxListeners = n


sys.modules[__name__].__class__ = _EventsModule
