"""node:events — EventEmitter (events.md).

Listeners are stored per event name as an immutable tuple of
``(callable, nargs)`` entries, replaced whole on every add or remove.  An
``emit`` walks the tuple it found when it started, which is how Node's
"listeners added or removed during emit do not affect that emit" falls out,
and costs one dict lookup when nobody listens.  ``nargs`` is the number of
positional parameters the listener takes (None: any), computed once at
registration (API.md, "Callbacks and listeners").
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


class _Once:
    """The wrapper `once()` stores; `rawListeners()` returns it (events.md)."""
    __slots__ = ('target', 'type', 'listener', 'fired', '_n', '__weakref__')

    def __init__(self, target, type_, listener):
        self.target = target
        self.type = type_
        self.listener = listener
        self.fired = False
        self._n = arity(listener)

    def __call__(self, *args):
        if self.fired:
            return None
        self.fired = True
        self.target.removeListener(self.type, self)
        n = self._n
        return self.listener(*args) if n is None else self.listener(*args[:n])


def _check_listener(listener):
    if not callable(listener):
        from . import errors
        raise errors.ERR_INVALID_ARG_TYPE('listener', 'Function', listener)


def _js_inspect_target(target):
    # util.inspect(target, {depth: -1}) of an emitter is "[ClassName]"
    return '[%s]' % type(target).__name__


class EventEmitter:
    """Class: EventEmitter (events.md)."""

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
        _check_listener(listener)
        try:
            events = self._events
        except AttributeError:          # a subclass that skipped __init__
            EventEmitter.__init__(self)
            events = self._events
        if 'newListener' in events:
            self.emit('newListener', name, listener)
        entry = (fn, None if fn is not listener else arity(listener))
        existing = events.get(name)
        if existing is None:
            events[name] = (entry,)
            return self
        events[name] = (entry,) + existing if prepend else existing + (entry,)
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
        return self._add(eventName, listener, listener, False)

    addListener = on

    def prependListener(self, eventName, listener):
        """emitter.prependListener(eventName, listener)"""
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
        events = self._events
        existing = events.get(eventName)
        if existing is None:
            return self
        for i in range(len(existing) - 1, -1, -1):
            fn = existing[i][0]
            if fn is listener or (type(fn) is _Once and fn.listener is listener):
                break
        else:
            return self
        if len(existing) == 1:
            del events[eventName]
            if self._warned:
                self._warned.discard(eventName)
        else:
            events[eventName] = existing[:i] + existing[i + 1:]
        if 'removeListener' in events:
            self.emit('removeListener', eventName,
                      fn.listener if type(fn) is _Once else fn)
        return self

    off = removeListener

    def removeAllListeners(self, eventName=_Symbol('all')):
        """emitter.removeAllListeners([eventName])"""
        events = self._events
        every = isinstance(eventName, _Symbol) and eventName.description == 'all'
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
        existing = events.get(eventName)
        if existing is not None:
            # LIFO, each one announced by 'removeListener' (events.md)
            for fn, _n in reversed(existing):
                self.removeListener(eventName, fn)
        return self

    # -- emitting ----------------------------------------------------------
    def emit(self, eventName, *args):
        """emitter.emit(eventName[, ...args]): True if the event had listeners."""
        handlers = self._events.get(eventName)
        if handlers is None:
            if eventName == 'error':
                self._unhandled_error(args)
            return False
        if eventName == 'error' and errorMonitor in self._events:
            self.emit(errorMonitor, *args)
        for fn, n in handlers:
            if n is None:
                fn(*args)
            else:
                fn(*args[:n])
        return True

    def _unhandled_error(self, args):
        events = self._events
        if errorMonitor in events:
            self.emit(errorMonitor, *args)
        er = args[0] if args else None
        if isinstance(er, BaseException):
            raise er
        from . import errors
        err = errors.ERR_UNHANDLED_ERROR(er)
        err.context = er
        raise err

    # -- looking -----------------------------------------------------------
    def listeners(self, eventName):
        """emitter.listeners(eventName): copies, with once() wrappers unwrapped."""
        existing = self._events.get(eventName, ())
        return [fn.listener if type(fn) is _Once else fn for fn, _n in existing]

    def rawListeners(self, eventName):
        """emitter.rawListeners(eventName): copies, including once() wrappers."""
        return [fn for fn, _n in self._events.get(eventName, ())]

    def listenerCount(self, eventName, listener=None):
        """emitter.listenerCount(eventName[, listener])"""
        existing = self._events.get(eventName, ())
        if listener is None:
            return len(existing)
        return sum(1 for fn, _n in existing
                   if fn is listener or (type(fn) is _Once and fn.listener is listener))

    def eventNames(self):
        """emitter.eventNames()"""
        return list(self._events)

    def setMaxListeners(self, n):
        """emitter.setMaxListeners(n)"""
        _validate_max(n, 'setMaxListeners')
        self._maxListeners = n
        return self

    def getMaxListeners(self):
        """emitter.getMaxListeners()"""
        m = self._maxListeners
        return EventEmitter.defaultMaxListeners if m is None else m


def _num(n):
    if isinstance(n, float) and n == int(n) and n not in (float('inf'),):
        return str(int(n))
    if n == float('inf'):
        return 'Infinity'
    return str(n)


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
    _validate_max(n, 'n')
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
    return p


class _EventsModule(types.ModuleType):
    @property
    def defaultMaxListeners(self):
        return EventEmitter.defaultMaxListeners

    @defaultMaxListeners.setter
    def defaultMaxListeners(self, n):
        from . import errors
        if isinstance(n, bool) or not isinstance(n, (int, float)) or n != n or n < 0:
            raise errors.ERR_OUT_OF_RANGE('defaultMaxListeners', 'a non-negative number', n)
        EventEmitter.defaultMaxListeners = n


sys.modules[__name__].__class__ = _EventsModule
