"""node:events — EventEmitter (events.md).

Storage: ``_events`` maps an event name to a tuple ``(call0, call1, call2,
callN, entries)``.  ``entries`` are the ``(listener, nargs)`` pairs in call
order (``nargs``: how many positional arguments the listener takes, computed
once at registration; API.md "Callbacks and listeners").  ``call0..callN``
are ready-made callables for an emit with 0, 1, 2 or more arguments: for a
single listener, the listener itself (or a small wrapper when it takes fewer
arguments than that), for several a `_Many` that walks ``entries`` (the
object itself in all four slots; its 'error'/captureRejections variants
store bound methods).
So ``emit`` is one dict lookup plus one call, which is what keeps it within
10x of Node 24 (bench/bench_loop.py).  The tuple is replaced whole on every
add or remove, so an emit keeps calling the listeners it found when it
started ("listeners added or removed during emit do not affect that emit").
"""

import sys
import types
from time import perf_counter as _pc

from ._util import arity, _CO_VARARGS

_FunctionType = types.FunctionType
_MethodType = types.MethodType
_MethodType = types.MethodType


def _same(a, b):
    """Is `a` the listener `b`?  A JS function is one object; a Python bound
    method is made anew at each attribute access (``obj.m is not obj.m``), so
    ``off('x', self.on_x)`` must match by the method's function and object."""
    return a is b or (type(a) is _MethodType and type(b) is _MethodType
                      and a.__func__ is b.__func__ and a.__self__ is b.__self__)

__all__ = ['EventEmitter', 'errorMonitor', 'once', 'on', 'getEventListeners',
           'getMaxListeners', 'setMaxListeners', 'listenerCount',
           'defaultMaxListeners', 'captureRejections', 'captureRejectionSymbol',
           'addAbortListener', 'Event', 'CustomEvent', 'EventTarget', 'NodeEventTarget',
           'AbortController', 'AbortSignal', 'DOMException']


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
    __slots__ = ('target', 'type', 'listener', 'fired', 'nargs', '__weakref__')

    def __init__(self, target, type_, listener, nargs=_ANY):
        self.target = target
        self.type = type_
        self.listener = listener
        self.fired = False
        # How many arguments the listener takes, when the wrapper itself is
        # stored for every emit arity (once()'s fast path) instead of the
        # _fit* wrappers around it.
        self.nargs = nargs

    def __call__(self, *args):
        if not self.fired:
            self.target.removeListener(self.type, self)
            self.fired = True
            if self.nargs < len(args):
                return self.listener(*args[:self.nargs])
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
    """Calls every listener of a tuple (several listeners).

    A plain _Many fills the four call slots with two bound methods:
    ``call`` (zero, one or two arguments) and ``dv`` (more): fewer objects
    to make, and for the cycle collector, than one bound method per slot
    (an http response's 'end' has two listeners).  The _Many itself in the
    slots, called through ``__call__``, makes each emit slower (CPython
    calls an instance through tp_call with a tuple of the arguments).  The
    subclasses store their bound ``d*`` methods."""
    __slots__ = ('entries',)

    def __init__(self, entries):
        self.entries = entries

    def call(self, a=_U, b=_U):
        # d0, d1 or d2, as emit would pick them by argument count (_U: not
        # passed, as in emit's own slots)
        if a is _U:
            for fn, n in self.entries:
                fn()
        elif b is _U:
            for fn, n in self.entries:
                if n:
                    fn(a)
                else:
                    fn()
        else:
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


_new_many = _Many.__new__


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
        _Many.call(self)

    def d1(self, a):
        self._monitor(a)
        _Many.call(self, a)

    def d2(self, a, b):
        self._monitor(a, b)
        _Many.call(self, a, b)

    def dv(self, *args):
        self._monitor(*args)
        _Many.dv(self, *args)


def _store(target, events, name, entries):
    """Set `_events[name]`: callables for 0, 1, 2 and any number of
    arguments, then the entries.  One listener is called directly (wrapped
    only when it takes fewer arguments than given); several, or any 'error'
    listener, go through a `_Many`.  An emitter with captureRejections goes
    through a `_Capture` (emit itself is unchanged)."""
    if not entries:
        del events[name]
    elif target._capture:
        cap = _Capture(entries, target, name)
        events[name] = (cap.d0, cap.d1, cap.d2, cap.dv, entries)
    elif name == 'error' and errorMonitor in events:
        many = _ManyError(entries, target)
        events[name] = (many.d0, many.d1, many.d2, many.dv, entries)
    elif len(entries) == 1:
        fn, n = entries[0]
        events[name] = (fn, _fit1(fn, n), _fit2(fn, n), _fitv(fn, n), entries)
    else:
        many = _Many(entries)
        call = many.call
        events[name] = (call, call, call, many.dv, entries)
    if name is errorMonitor and 'error' in events and not target._capture:
        # 'error' goes through a _ManyError (monitor first) only while an
        # errorMonitor listener exists: it holds the emitter, a reference
        # cycle that would otherwise leave every socket to the cycle collector
        slot = events['error']
        if type(getattr(slot[0], '__self__', None)) is not _ManyError:
            _store(target, events, 'error', slot[4])


def _add_varargs_listeners(emitter, pairs):
    """``emitter.on(name, fn)`` for each ``(name, fn)`` pair, in order, where
    every ``fn`` takes any number of arguments (``*args``).

    For the common case (an event with no listener yet, no 'newListener'
    listener, no captureRejections, no errorMonitor in front of 'error') the
    slot `on()` would build is stored directly: the http server adds its
    four socket listeners this way for every connection."""
    events = getattr(emitter, '_events', None)
    if events is None or 'newListener' in events or emitter._capture:
        for name, fn in pairs:
            emitter.on(name, fn)
        return
    for name, fn in pairs:
        if name in events or (name == 'error' and errorMonitor in events):
            emitter.on(name, fn)
        else:
            events[name] = (fn, fn, fn, fn, ((fn, _ANY),))


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
    captureRejectionSymbol = None       # set below (events.captureRejectionSymbol)
    _capture = False

    # no __slots__ here: subclasses (streams, sockets, servers) set their own
    # (None defaults on the class: an emitter stores them only when they
    # change, which keeps small objects such as http requests within
    # CPython's inline attribute values)
    _maxListeners = None
    _warned = None

    def __init__(self, options=None):
        self._events = {}
        if options is not None:
            cr = options.get('captureRejections') if isinstance(options, dict) else None
            if cr is not None:
                if not isinstance(cr, bool):
                    from . import errors
                    raise errors.ERR_INVALID_ARG_TYPE('options.captureRejections', 'boolean', cr)
                self._capture = cr
                return
        if EventEmitter.captureRejections:
            self._capture = True

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
        # Fast paths, the same result as _add, for a plain function or method
        # with no 'newListener' listener and no captureRejections: the first
        # listener of an event (no errorMonitor to call first), or one more
        # listener of an event other than 'error'/errorMonitor while under
        # the max-listeners limit (no warning to give).
        try:
            events = self._events
        except AttributeError:
            events = None
        if events is not None and 'newListener' not in events and not self._capture:
            t = type(listener)
            if t is _FunctionType:
                code = listener.__code__
                n = _ANY if code.co_flags & _CO_VARARGS else code.co_argcount
            elif t is _MethodType and type(listener.__func__) is _FunctionType:
                code = listener.__func__.__code__
                n = _ANY if code.co_flags & _CO_VARARGS else code.co_argcount - 1
            else:
                n = -1
            slot = events.get(eventName)
            if slot is None:
                # (an errorMonitor listener goes through _add: _store puts
                # the monitor before the 'error' listeners already there)
                if eventName is not errorMonitor and (eventName != 'error' or errorMonitor not in events):
                    if n == _ANY:
                        events[eventName] = (listener, listener, listener, listener,
                                             ((listener, n),))
                        return self
                    if n == 1:
                        events[eventName] = (listener, listener, lambda a, b: listener(a),
                                             lambda *args: listener(*args[:1]), ((listener, 1),))
                        return self
                    if n >= 0:
                        events[eventName] = (listener, _fit1(listener, n), _fit2(listener, n),
                                             _fitv(listener, n), ((listener, n),))
                        return self
            elif n >= 0 and eventName != 'error' and eventName is not errorMonitor:
                existing = slot[4]
                m = self._maxListeners
                if m is None:
                    m = EventEmitter.defaultMaxListeners
                if not (m > 0 and len(existing) >= m):
                    # _store() of several entries: a _Many
                    entries = existing + ((listener, n),)
                    many = _new_many(_Many)     # _Many(entries) without its __init__ frame
                    many.entries = entries
                    call = many.call
                    events[eventName] = (call, call, call, many.dv, entries)
                    return self
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
        # Fast path, the slot _add would store: the first listener of an
        # event other than 'error'/errorMonitor, no 'newListener' listener,
        # no captureRejections (http's req.once('response', cb),
        # net.Socket.destroySoon's once('finish')).  The wrapper cuts the
        # arguments to the listener's count itself, so it is stored for
        # every emit arity without _fit* closures.
        try:
            events = self._events
        except AttributeError:
            events = None
        if (events is not None and eventName not in events and 'newListener' not in events
                and not self._capture and eventName != 'error' and eventName is not errorMonitor):
            if type(listener) is _FunctionType:
                code = listener.__code__
                n = _ANY if code.co_flags & _CO_VARARGS else code.co_argcount
            elif type(listener) is _MethodType and type(listener.__func__) is _FunctionType:
                # a bound Python method (destroySoon's once('finish',
                # self.destroy)): arity() without its generic checks
                code = listener.__func__.__code__
                n = _ANY if code.co_flags & _CO_VARARGS else code.co_argcount - 1
            else:
                n = _arity(listener)
            w = _Once(self, eventName, listener, n)
            events[eventName] = (w, w, w, w, ((w, n),))
            return self
        return self._add(eventName, _Once(self, eventName, listener), listener, False)

    def prependOnceListener(self, eventName, listener):
        """emitter.prependOnceListener(eventName, listener)"""
        _check_listener(listener)
        return self._add(eventName, _Once(self, eventName, listener), listener, True)

    # -- removing ----------------------------------------------------------
    def removeListener(self, eventName, listener):
        """emitter.removeListener(eventName, listener): the most recently added instance."""
        if not callable(listener):
            _check_listener(listener)
        try:
            events = self._events
        except AttributeError:
            return self
        slot = events.get(eventName)
        if slot is None:
            return self
        existing = slot[4]
        if (len(existing) == 1 and existing[0][0] is listener and not self._warned
                and 'removeListener' not in events and eventName is not errorMonitor):
            # Fast path: the only listener, given as stored (a once wrapper
            # removing itself); the same as _store() with no entries left.
            del events[eventName]
            return self
        for i in range(len(existing) - 1, -1, -1):
            fn = existing[i][0]
            if _same(fn, listener) or (type(fn) is _Once and _same(fn.listener, listener)):
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
        # (.get, not [] with `except KeyError`: most emits find no listener,
        # and raising the KeyError costs four times the lookup)
        try:
            h = self._events.get(eventName)
        except AttributeError:          # a subclass that skipped __init__
            if eventName == 'error':
                EventEmitter.__init__(self)
                self._unhandled_error(_pack(a, b, c, rest))
            return False
        if h is None:
            if eventName == 'error':
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
                   if _same(fn, listener) or (type(fn) is _Once and _same(fn.listener, listener)))

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
    if isinstance(emitterOrTarget, EventTarget):
        return emitterOrTarget._et_get_listeners(eventName)
    return emitterOrTarget.listeners(eventName)


def getMaxListeners(emitterOrTarget):
    """events.getMaxListeners(emitterOrTarget)"""
    if isinstance(emitterOrTarget, EventTarget):
        emitterOrTarget._et_dict()
        m = emitterOrTarget._et_max
        return EventEmitter.defaultMaxListeners if m is None else m
    return emitterOrTarget.getMaxListeners()


def setMaxListeners(n=None, *eventTargets):
    """events.setMaxListeners(n[, ...eventTargets])"""
    if n is None:
        n = 10
    _validate_max(n, 'setMaxListeners')
    if not eventTargets:
        EventEmitter.defaultMaxListeners = n
    for t in eventTargets:
        if isinstance(t, EventTarget):
            t._et_dict()
            t._et_max = n
        else:
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


# -- captureRejections (events.md "Capture rejections of promises") -----------
#
# Python meaning: a listener that returns a thenable (an object with a
# callable ``then``, such as nodehttp._util.Thenable) on an emitter created
# with ``{'captureRejections': True}`` (or after ``events.captureRejections =
# True``) gets a rejection handler attached; a rejection is routed, on the
# next tick, to the emitter's ``captureRejectionSymbol`` method when it has
# one (``emitter.nodejs_rejection(err, eventName, *args)``, which is what
# ``emitter[Symbol.for('nodejs.rejection')]`` is called here), else to
# ``emit('error', err)`` with capturing switched off for that emit.

class _RejectionName(str):
    """events.captureRejectionSymbol: Symbol.for('nodejs.rejection').

    A JS symbol-named method becomes a Python attribute; this constant is
    its name (``'nodejs_rejection'``), so ``getattr(ee, captureRejectionSymbol)``
    and ``setattr(ee, captureRejectionSymbol, fn)`` are the JS
    ``ee[captureRejectionSymbol]``, and a subclass may define
    ``def nodejs_rejection(self, err, eventName, *args)``.
    """
    __slots__ = ()

    def __repr__(self):
        return 'Symbol(nodejs.rejection)'

    description = property(lambda self: 'nodejs.rejection')


captureRejectionSymbol = _RejectionName('nodejs_rejection')
EventEmitter.captureRejectionSymbol = captureRejectionSymbol


def _add_catch(target, result, name, args):
    then = getattr(result, 'then', None)
    if not callable(then):
        return
    from .process import nextTick

    def on_rejected(err):
        nextTick(_rejection_or_error, target, err, name, args)
    try:
        then(None, on_rejected)
    except Exception as err:        # a broken thenable: as Node, emit 'error'
        target.emit('error', err)


def _rejection_or_error(target, err, name, args):
    handler = getattr(target, captureRejectionSymbol, None)
    if callable(handler):
        handler(err, name, *args)
        return
    prev = target.__dict__.get('_capture', _U)
    target._capture = False
    try:
        target.emit('error', err)
    finally:
        if prev is _U:
            del target._capture
        else:
            target._capture = prev


class _Capture(_Many):
    """Listeners of an emitter with captureRejections: each result is checked."""
    __slots__ = ('target', 'name')

    def __init__(self, entries, target, name):
        self.entries = entries
        self.target = target
        self.name = name

    def dv(self, *args):
        if self.name == 'error' and errorMonitor in self.target._events:
            self.target.emit(errorMonitor, *args)
        m = len(args)
        for fn, n in self.entries:
            r = fn(*args) if n >= m else fn(*args[:n])
            if r is not None:
                _add_catch(self.target, r, self.name, args)

    def d0(self):
        self.dv()

    def d1(self, a):
        self.dv(a)

    def d2(self, a, b):
        self.dv(a, b)


# -- events.on ------------------------------------------------------------------

class _EventIterator:
    """What events.on() returns: Node's AsyncIterator with thenables.

    Python has no ``for await`` over the loop thread, so the iterator is
    driven the way JS drives one by hand: ``it.next()`` returns a thenable
    that fulfils with ``{'value': [args...], 'done': False}`` (or ``{'value':
    None, 'done': True}`` once finished); ``it.return_()`` (also
    ``getattr(it, 'return')``) ends it and removes the listeners;
    ``it.throw(err)`` ends it with an error.  Events emitted before anyone
    asks are buffered; an 'error' event rejects the next pending ``next()``
    (and ends the iteration); an aborted ``signal`` rejects with an AbortError.
    """

    def __init__(self, emitter, name, options):
        from . import errors
        self._emitter = emitter
        self._name = name
        self._events = []          # buffered argument lists
        self._waiting = []         # pending Thenables of next()
        self._error = None
        self._finished = False
        signal = options.get('signal')
        self._signal = signal
        if signal is not None:
            _validate_signal(signal, 'options.signal')
            if signal.aborted:
                raise errors.AbortError(cause=signal.reason)
        hwm = options.get('highWaterMark', options.get('highWatermark'))
        lwm = options.get('lowWaterMark', options.get('lowWatermark'))
        self._hwm = (1 << 53) - 1 if hwm is None else hwm
        self._lwm = 1 if lwm is None else lwm
        self._paused = False
        self._close = list(options.get('close') or ())
        self._listeners = [(name, self._on_event)]
        if name != 'error':
            self._listeners.append(('error', self._on_error))
        for c in self._close:
            self._listeners.append((c, self._on_close))
        for ev, fn in self._listeners:
            _listen(emitter, ev, fn)
        self._abort_disposable = None
        if signal is not None:
            self._abort_disposable = addAbortListener(signal, self._on_abort)

    def _on_event(self, *args):
        if self._waiting:
            self._waiting.pop(0)._resolve({'value': list(args), 'done': False})
            return
        self._events.append(list(args))
        if (not self._paused and len(self._events) > self._hwm
                and callable(getattr(self._emitter, 'pause', None))):
            self._paused = True
            self._emitter.pause()

    def _on_error(self, err):
        if self._waiting:
            self._waiting.pop(0)._reject(err)
        else:
            self._error = err
        self.return_()

    def _on_close(self, *args):
        self.return_()

    def _on_abort(self, *args):
        from . import errors
        self._on_error(errors.AbortError(cause=self._signal.reason))

    def _cleanup(self):
        for ev, fn in self._listeners:
            _unlisten(self._emitter, ev, fn)
        if self._abort_disposable is not None:
            self._abort_disposable.dispose()
            self._abort_disposable = None

    def next(self):
        from ._util import Thenable
        p = Thenable()
        if self._events:
            value = self._events.pop(0)
            if (self._paused and len(self._events) < self._lwm):
                self._paused = False
                self._emitter.resume()
            p._resolve({'value': value, 'done': False})
        elif self._error is not None:
            err, self._error = self._error, None
            p._reject(err)
        elif self._finished:
            p._resolve({'value': None, 'done': True})
        else:
            self._waiting.append(p)
        return p

    def return_(self, value=None):
        from ._util import Thenable
        self._cleanup()
        self._finished = True
        for w in self._waiting:
            w._resolve({'value': None, 'done': True})
        self._waiting = []
        p = Thenable()
        p._resolve({'value': value, 'done': True})
        return p

    def throw(self, err):
        from . import errors
        if not isinstance(err, BaseException):
            raise errors.ERR_INVALID_ARG_TYPE('EventEmitter.AsyncIterator', 'Error', err)
        self._on_error(err)

    def __getattr__(self, name):
        if name == 'return':
            return self.return_
        raise AttributeError(name)


def _listen(emitter, name, fn):
    if isinstance(emitter, EventTarget):
        emitter.addEventListener(name, fn)
    else:
        emitter.on(name, fn)


def _unlisten(emitter, name, fn):
    if isinstance(emitter, EventTarget):
        emitter.removeEventListener(name, fn)
    else:
        emitter.removeListener(name, fn)


def on(emitter, eventName, options=None, **kwargs):
    """events.on(emitter, eventName[, options]): an async iterator driven by
    ``next()`` thenables (see `_EventIterator`)."""
    from ._util import opts
    return _EventIterator(emitter, eventName, opts(options, kwargs))


# -- DOMException, Event, EventTarget (events.md "EventTarget and Event API") --

class DOMException(Exception):
    """The WHATWG DOMException of AbortSignal reasons: ``name``, ``message``, ``code``."""
    _codes = {'AbortError': 20, 'TimeoutError': 23, 'InvalidStateError': 11,
              'NotSupportedError': 9, 'DataCloneError': 25}

    def __init__(self, message='', name='Error'):
        Exception.__init__(self, message)
        self.message = message
        self.name = name
        self.code = self._codes.get(name, 0)

    def __str__(self):
        return self.message

    def toString(self):
        return '%s: %s' % (self.name, self.message) if self.message else self.name


def _now_ms():
    return (_pc() - _T0) * 1000.0


_T0 = _pc()


class Event:
    """Class: Event (events.md): the WHATWG Event as Node implements it."""
    NONE = 0
    CAPTURING_PHASE = 1
    AT_TARGET = 2
    BUBBLING_PHASE = 3

    def __init__(self, type=_U, options=None):
        from . import errors
        if type is _U:
            raise errors.ERR_MISSING_ARGS('type')
        if options is not None and not isinstance(options, dict):
            raise errors.ERR_INVALID_ARG_TYPE('options', 'object', options)
        options = options or {}
        self._type = _js_str(type)
        self._bubbles = bool(options.get('bubbles'))
        self._cancelable = bool(options.get('cancelable'))
        self._composed = bool(options.get('composed'))
        self._default_prevented = False
        self._timestamp = _now_ms()
        self._stop = False
        self._stop_immediate = False
        self._target = None
        self._current = None
        self._dispatching = False
        self._in_passive = False
        self._trusted = False

    type = property(lambda self: self._type, doc='event.type')
    bubbles = property(lambda self: self._bubbles, doc='event.bubbles')
    cancelable = property(lambda self: self._cancelable, doc='event.cancelable')
    composed = property(lambda self: self._composed, doc='event.composed')
    defaultPrevented = property(lambda self: self._cancelable and self._default_prevented,
                                doc='event.defaultPrevented')
    timeStamp = property(lambda self: self._timestamp, doc='event.timeStamp (ms)')
    isTrusted = property(lambda self: self._trusted, doc="event.isTrusted: True only for AbortSignal's 'abort'")
    target = property(lambda self: self._target, doc='event.target')
    srcElement = property(lambda self: self._target, doc='event.srcElement (= target)')
    currentTarget = property(lambda self: self._current, doc='event.currentTarget')
    eventPhase = property(lambda self: Event.AT_TARGET if self._dispatching else Event.NONE,
                          doc='event.eventPhase')

    def composedPath(self):
        """event.composedPath(): [target] while dispatching, else []."""
        return [self._current] if self._dispatching else []

    def preventDefault(self):
        """event.preventDefault(): only for a cancelable event, not in a passive listener."""
        if not self._in_passive:
            self._default_prevented = True

    @property
    def returnValue(self):
        """event.returnValue: False once the default was prevented."""
        return not (self._cancelable and self._default_prevented)

    @returnValue.setter
    def returnValue(self, value):
        if not value:
            self.preventDefault()

    @property
    def cancelBubble(self):
        """event.cancelBubble: True after stopPropagation()."""
        return self._stop

    @cancelBubble.setter
    def cancelBubble(self, value):
        if value:
            self.stopPropagation()

    def stopPropagation(self):
        """event.stopPropagation()"""
        self._stop = True

    def stopImmediatePropagation(self):
        """event.stopImmediatePropagation(): the remaining listeners are not called."""
        self._stop = True
        self._stop_immediate = True

    def initEvent(self, type=_U, bubbles=False, cancelable=False):
        """event.initEvent(type[, bubbles[, cancelable]]) (deprecated): ignored while dispatching."""
        from . import errors
        if type is _U:
            raise errors.ERR_MISSING_ARGS('type')
        if self._dispatching:
            return
        self._type = _js_str(type)
        self._bubbles = bool(bubbles)
        self._cancelable = bool(cancelable)

    def __repr__(self):
        return '%s { type: %r, defaultPrevented: %s, cancelable: %s, timeStamp: %s }' % (
            type(self).__name__, self._type, _b(self.defaultPrevented), _b(self._cancelable),
            self._timestamp)


def _b(x):
    return 'true' if x else 'false'


def _js_str(v):
    if isinstance(v, str):
        return v
    from .errors import js_string
    return js_string(v)


class CustomEvent(Event):
    """Class: CustomEvent (events.md): an Event with ``detail``."""

    def __init__(self, type=_U, options=None):
        Event.__init__(self, type, options)
        self._detail = (options or {}).get('detail')

    detail = property(lambda self: self._detail, doc='event.detail (None unless given)')


class _Listener:
    __slots__ = ('listener', 'callback', 'nargs', 'capture', 'once', 'passive',
                 'removed', 'resist', 'signal_remove', 'node_style')

    def __init__(self, listener, capture, once, passive, resist, node_style):
        self.listener = listener
        handle = None if callable(listener) else getattr(listener, 'handleEvent', None)
        self.callback = handle if handle is not None else listener
        self.nargs = _arity(self.callback)
        self.capture = capture
        self.once = once
        self.passive = passive
        self.removed = False
        self.resist = resist
        self.signal_remove = None
        self.node_style = node_style


def _flatten_options(options):
    if isinstance(options, dict):
        return (bool(options.get('once')), bool(options.get('capture')),
                bool(options.get('passive')), options.get('signal'))
    return False, bool(options), False, None


class EventTarget:
    """Class: EventTarget (events.md): addEventListener / dispatchEvent /
    removeEventListener, as Node implements them (one target, no tree:
    eventPhase is AT_TARGET while dispatching)."""

    def __init__(self):
        self._et_listeners = {}      # type -> list of _Listener, in order
        self._et_max = None
        self._et_warned = None

    def _et_dict(self):
        try:
            return self._et_listeners
        except AttributeError:
            EventTarget.__init__(self)
            return self._et_listeners

    def addEventListener(self, type=_U, listener=_U, options=None, _resist=False, _node=False):
        """eventTarget.addEventListener(type, listener[, options]):
        options ``once``, ``passive``, ``capture`` (or a bool), ``signal``."""
        from . import errors
        if type is _U or listener is _U:
            raise errors.ERR_MISSING_ARGS('type', 'listener')
        once, capture, passive, signal = _flatten_options(options)
        if listener is None:
            from . import process
            process.emitWarning(process._make_warning(
                'AddEventListenerArgumentTypeWarning',
                'addEventListener called with %s which has no effect.' % 'undefined'))
            return
        if not callable(listener) and not callable(getattr(listener, 'handleEvent', None)):
            raise errors.ERR_INVALID_ARG_TYPE('listener', 'EventListener', listener)
        if signal is not None:
            _validate_signal(signal, 'options.signal')
            if signal.aborted:
                return
        type = _js_str(type)
        listeners = self._et_dict().setdefault(type, [])
        for rec in listeners:
            if _same(rec.listener, listener) and rec.capture == capture and not rec.removed:
                return
        rec = _Listener(listener, capture, once, passive, _resist, _node)
        listeners.append(rec)
        if signal is not None:
            def on_abort(*_):
                self.removeEventListener(type, listener, {'capture': capture})
            rec.signal_remove = signal
            signal.addEventListener('abort', on_abort, {'once': True}, _resist=True)
        m = self._et_max
        if m is None:
            m = EventEmitter.defaultMaxListeners
        live = sum(1 for r in listeners if not r.removed)
        if m > 0 and live > m:
            warned = self._et_warned
            if warned is None:
                warned = self._et_warned = set()
            if type not in warned:
                warned.add(type)
                from . import process
                w = process._make_warning(
                    'MaxListenersExceededWarning',
                    'Possible EventTarget memory leak detected. %d %s listeners added to %s. '
                    'MaxListeners is %s. Use events.setMaxListeners() to increase limit'
                    % (live, type, _js_inspect_target(self)[1:-1], _num(m)))
                w.target = self
                w.type = type
                w.count = live
                process.emitWarning(w)

    def removeEventListener(self, type=_U, listener=_U, options=None):
        """eventTarget.removeEventListener(type, listener[, options])"""
        from . import errors
        if type is _U or listener is _U:
            raise errors.ERR_MISSING_ARGS('type', 'listener')
        # as Node 24: only an options object sets capture here (a bare
        # boolean is read as `options.capture`, i.e. undefined)
        capture = bool(options.get('capture')) if isinstance(options, dict) else False
        type = _js_str(type)
        d = self._et_dict()
        listeners = d.get(type)
        if not listeners:
            return
        for i, rec in enumerate(listeners):
            if _same(rec.listener, listener) and rec.capture == capture:
                rec.removed = True
                del listeners[i]
                if not listeners:
                    del d[type]
                return

    def dispatchEvent(self, event=_U):
        """eventTarget.dispatchEvent(event): calls the listeners synchronously;
        returns False if a listener cancelled the (cancelable) event."""
        from . import errors
        if not isinstance(event, Event):
            raise errors.ERR_INVALID_ARG_TYPE('event', 'Event', None if event is _U else event)
        if event._dispatching:
            raise errors.ERR_EVENT_RECURSION(event.type)
        self._et_call(event, event.type)
        return not event.defaultPrevented

    def _et_call(self, event, type, arg=_U):
        """Dispatch; when `arg` is given (NodeEventTarget.emit), node-style
        listeners get `arg` and the others a CustomEvent with detail=arg."""
        event._target = event._current = self
        event._dispatching = True
        try:
            listeners = self._et_dict().get(type)
            if listeners:
                for rec in tuple(listeners):
                    if rec.removed:
                        continue
                    if event._stop_immediate and not rec.resist:
                        continue
                    if rec.once:
                        rec.removed = True
                        try:
                            listeners.remove(rec)
                        except ValueError:
                            pass
                        # Node keeps the (now empty) type in eventNames()
                    value = arg if (arg is not _U and rec.node_style) else event
                    if rec.passive:
                        event._in_passive = True
                    try:
                        cb = rec.callback
                        r = cb(value) if rec.nargs else cb()
                        if r is not None:
                            _add_catch_target(r)
                    except Exception as err:
                        from .process import nextTick
                        nextTick(_rethrow, err)
                    finally:
                        event._in_passive = False
        finally:
            event._dispatching = False
            event._current = None

    # Node's internal helpers used by events.getEventListeners etc.
    def _et_get_listeners(self, type):
        return [r.listener for r in self._et_dict().get(_js_str(type), ()) if not r.removed]


def _rethrow(err):
    raise err


def _add_catch_target(result):
    # a listener returning a rejected thenable: an uncaught exception, as Node
    then = getattr(result, 'then', None)
    if callable(then):
        try:
            from .process import nextTick
            then(None, lambda err: nextTick(_rethrow, err))
        except Exception:
            pass


class NodeEventTarget(EventTarget):
    """Class: NodeEventTarget (events.md): an EventTarget with a subset of the
    EventEmitter API.  Listeners added with on/addListener/once get emit()'s
    argument itself; addEventListener listeners get a CustomEvent with it as
    ``detail``."""

    def setMaxListeners(self, n):
        """nodeEventTarget.setMaxListeners(n) (returns None, as Node)."""
        _validate_max(n, 'n')
        self._et_dict()
        self._et_max = n

    def getMaxListeners(self):
        """nodeEventTarget.getMaxListeners()"""
        self._et_dict()
        return EventEmitter.defaultMaxListeners if self._et_max is None else self._et_max

    def eventNames(self):
        """nodeEventTarget.eventNames()"""
        return list(self._et_dict())

    def listenerCount(self, type):
        """nodeEventTarget.listenerCount(type)"""
        return len(self._et_dict().get(_js_str(type), ()))

    def off(self, type, listener, options=None):
        """nodeEventTarget.off(type, listener[, options])"""
        self.removeEventListener(type, listener, options)
        return self

    def removeListener(self, type, listener, options=None):
        """nodeEventTarget.removeListener(type, listener[, options])"""
        self.removeEventListener(type, listener, options)
        return self

    def on(self, type, listener):
        """nodeEventTarget.on(type, listener)"""
        self.addEventListener(type, listener, None, _node=True)
        return self

    def addListener(self, type, listener):
        """nodeEventTarget.addListener(type, listener)"""
        self.addEventListener(type, listener, None, _node=True)
        return self

    def once(self, type, listener):
        """nodeEventTarget.once(type, listener)"""
        self.addEventListener(type, listener, {'once': True}, _node=True)
        return self

    def emit(self, type, arg=None):
        """nodeEventTarget.emit(type, arg): True if listeners were registered."""
        from . import errors
        if not isinstance(type, str):
            raise errors.ERR_INVALID_ARG_TYPE('type', 'string', type)
        had = self.listenerCount(type) > 0
        self._et_call(CustomEvent(type, {'detail': arg}), type, arg)
        return had

    def removeAllListeners(self, type=_U):
        """nodeEventTarget.removeAllListeners([type])"""
        d = self._et_dict()
        if type is _U or type is None:
            for lst in d.values():
                for r in lst:
                    r.removed = True
            d.clear()
        else:
            lst = d.pop(_js_str(type), None)
            for r in lst or ():
                r.removed = True
        return self


# -- AbortController / AbortSignal (globals in Node; exported here) -----------

_CONSTRUCT = object()


def _validate_signal(signal, name):
    if not isinstance(signal, AbortSignal):
        from . import errors
        raise errors.ERR_INVALID_ARG_TYPE(name, 'AbortSignal', signal)


class AbortSignal(EventTarget):
    """Class: AbortSignal: ``aborted``, ``reason``, ``throwIfAborted()``, the
    ``'abort'`` event (and ``onabort``); ``AbortSignal.abort()``,
    ``AbortSignal.timeout(ms)``, ``AbortSignal.any(signals)``.  Obtain one from
    an AbortController or those static methods (``AbortSignal()`` raises
    ERR_ILLEGAL_CONSTRUCTOR, as ``new AbortSignal()`` throws in Node)."""

    def __init__(self, _key=None):
        if _key is not _CONSTRUCT:
            from . import errors
            raise errors.ERR_ILLEGAL_CONSTRUCTOR()
        EventTarget.__init__(self)
        self._aborted = False
        self._reason = None
        self._onabort = None
        self._dependents = None

    aborted = property(lambda self: self._aborted, doc='signal.aborted')
    reason = property(lambda self: self._reason, doc='signal.reason')

    def throwIfAborted(self):
        """signal.throwIfAborted(): raises ``reason`` when aborted."""
        if self._aborted:
            r = self._reason
            if isinstance(r, BaseException):
                raise r
            from . import errors
            err = errors.NodeError('Uncaught %s' % _js_str(r))
            err.value = r
            raise err

    @property
    def onabort(self):
        """signal.onabort: an event-handler attribute for 'abort'."""
        return self._onabort

    @onabort.setter
    def onabort(self, fn):
        if self._onabort is not None:
            self.removeEventListener('abort', self._onabort_call)
        self._onabort = fn if callable(fn) else None
        if self._onabort is not None:
            self.addEventListener('abort', self._onabort_call)

    def _onabort_call(self, event):
        fn = self._onabort
        if fn is not None:
            return fn(event) if _arity(fn) else fn()

    def _abort(self, reason):
        if self._aborted:
            return
        if reason is None:
            reason = DOMException('This operation was aborted', 'AbortError')
        self._aborted = True
        self._reason = reason
        deps = []
        for d in self._dependents or ():
            if not d._aborted:
                d._aborted = True
                d._reason = reason
                deps.append(d)
        self._dependents = None
        self._fire()
        for d in deps:
            d._dependents = None
            d._fire()

    def _fire(self):
        ev = Event('abort')
        ev._trusted = True
        self.dispatchEvent(ev)

    @staticmethod
    def abort(reason=None):
        """AbortSignal.abort([reason]): an already aborted signal."""
        s = AbortSignal(_CONSTRUCT)
        s._aborted = True
        s._reason = DOMException('This operation was aborted', 'AbortError') if reason is None else reason
        return s

    @staticmethod
    def timeout(delay):
        """AbortSignal.timeout(delay): aborts after `delay` ms with a
        TimeoutError DOMException; its timer is unref'd (does not keep the
        loop alive), as Node."""
        from . import errors
        if isinstance(delay, bool) or not isinstance(delay, (int, float)):
            raise errors.ERR_INVALID_ARG_TYPE('delay', 'number', delay)
        if delay != delay or delay < 0 or delay > 4294967295 or int(delay) != delay:
            if int(delay) != delay and 0 <= delay <= 4294967295:
                raise errors.ERR_OUT_OF_RANGE('delay', 'an integer', delay)
            raise errors.ERR_OUT_OF_RANGE('delay', '>= 0 && <= 4294967295', delay)
        s = AbortSignal(_CONSTRUCT)
        from .timers import setTimeout
        t = setTimeout(lambda: s._abort(DOMException(
            'The operation was aborted due to timeout', 'TimeoutError')), delay)
        t.unref()
        s._timer = t
        return s

    @staticmethod
    def any(signals):
        """AbortSignal.any(signals): aborted as soon as one of `signals` is."""
        from . import errors
        if not isinstance(signals, (list, tuple)):
            raise errors.ERR_INVALID_ARG_TYPE('signals', 'Array', signals)
        for i, sig in enumerate(signals):
            if not isinstance(sig, AbortSignal):
                raise errors.NodeTypeError('signals[%d] is not of type AbortSignal.' % i,
                                           code='ERR_INVALID_ARG_TYPE')
        s = AbortSignal(_CONSTRUCT)
        for sig in signals:
            if sig._aborted:
                s._aborted = True
                s._reason = sig._reason
                return s
        for sig in signals:
            if sig._dependents is None:
                sig._dependents = []
            sig._dependents.append(s)
        return s

    def __repr__(self):
        return 'AbortSignal { aborted: %s }' % _b(self._aborted)


class AbortController:
    """Class: AbortController: ``signal`` and ``abort([reason])``."""

    def __init__(self):
        self._signal = AbortSignal(_CONSTRUCT)

    signal = property(lambda self: self._signal, doc='controller.signal')

    def abort(self, reason=None):
        """controller.abort([reason]): aborts the signal (no-op the second time);
        the reason defaults to a DOMException named 'AbortError'."""
        self._signal._abort(reason)

    def __repr__(self):
        return 'AbortController { signal: %r }' % (self._signal,)


class _Disposable:
    """A Disposable: ``d.dispose()`` (JS ``d[Symbol.dispose]()``), or use it in
    a ``with`` block (JS ``using``)."""
    __slots__ = ('_fn',)

    def __init__(self, fn):
        self._fn = fn

    def dispose(self):
        fn, self._fn = self._fn, None
        if fn is not None:
            fn()

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.dispose()
        return False


def addAbortListener(signal=None, listener=None):
    """events.addAbortListener(signal, listener): listens once to 'abort',
    even if another listener calls stopImmediatePropagation(); an already
    aborted signal calls the listener in a microtask.  Returns a disposable
    (``.dispose()`` / ``with``) that removes the listener."""
    from . import errors
    _validate_signal(signal, 'signal')
    if not callable(listener):
        raise errors.ERR_INVALID_ARG_TYPE('listener', 'Function', listener)
    if signal.aborted:
        from .process import queueMicrotask
        queueMicrotask(listener if _arity(listener) == 0 else (lambda: listener(None)))
        return _Disposable(None)
    signal.addEventListener('abort', listener, {'once': True}, _resist=True)
    return _Disposable(lambda: signal.removeEventListener('abort', listener))


class _EventsModule(types.ModuleType):
    @property
    def captureRejections(self):
        """events.captureRejections: the default for new emitters."""
        return EventEmitter.captureRejections

    @captureRejections.setter
    def captureRejections(self, value):
        if not isinstance(value, bool):
            from . import errors
            raise errors.ERR_INVALID_ARG_TYPE('EventEmitter.captureRejections', 'boolean', value)
        EventEmitter.captureRejections = value

    @property
    def defaultMaxListeners(self):
        return EventEmitter.defaultMaxListeners

    @defaultMaxListeners.setter
    def defaultMaxListeners(self, n):
        _validate_max(n, 'defaultMaxListeners')
        EventEmitter.defaultMaxListeners = n


sys.modules[__name__].__class__ = _EventsModule
