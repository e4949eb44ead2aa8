"""The parts of Node's `process` object that HTTP code uses.

``from nodehttp import process``: ``process.nextTick(fn, *args)``,
``process.queueMicrotask(fn)``, ``process.emitWarning(...)``, and
``process.on('uncaughtException' | 'warning' | 'exit' | 'beforeExit', fn)``
(the module forwards the EventEmitter methods to one emitter), ``argv``,
``exitCode``, ``pid``, ``env``, ``platform``.
"""

import os
import sys
from functools import partial as _partial

from .events import EventEmitter
from .loop import _ticks, _microtasks

_tick = _ticks.append
_microtask = _microtasks.append

__all__ = ['nextTick', 'queueMicrotask', 'emitWarning', 'on', 'once', 'off',
           'addListener', 'removeListener', 'removeAllListeners', 'emit',
           'listeners', 'listenerCount', 'prependListener', 'argv', 'exitCode',
           'pid', 'env', 'platform', 'NodeWarning']


class _Process(EventEmitter):
    pass


_emitter = _Process()

on = addListener = _emitter.on
once = _emitter.once
off = removeListener = _emitter.removeListener
removeAllListeners = _emitter.removeAllListeners
prependListener = _emitter.prependListener
prependOnceListener = _emitter.prependOnceListener
emit = _emitter.emit
listeners = _emitter.listeners
rawListeners = _emitter.rawListeners
listenerCount = _emitter.listenerCount
eventNames = _emitter.eventNames
setMaxListeners = _emitter.setMaxListeners
getMaxListeners = _emitter.getMaxListeners

argv = [sys.executable] + sys.argv[:1]
exitCode = None
pid = os.getpid()
env = os.environ
platform = sys.platform


def nextTick(callback, *args):
    """process.nextTick(callback[, ...args])"""
    if not callable(callback):
        from . import errors
        raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
    _tick(_partial(callback, *args) if args else callback)


def queueMicrotask(callback):
    """queueMicrotask(callback)"""
    if not callable(callback):
        from . import errors
        raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
    _microtask(callback)


class NodeWarning(Warning):
    """A warning as Node builds it: an Error whose `name` is the warning type."""

    def __init__(self, message, name='Warning', code=None, detail=None):
        super().__init__(message)
        self.message = message
        self.name = name
        self.code = code
        self.detail = detail

    def __str__(self):
        return self.message

    def toString(self):
        return '%s: %s' % (self.name, self.message)


def _make_warning(name, message, code=None, detail=None):
    return NodeWarning(message, name, code, detail)


_hint_shown = [False]


def _print_warning(w):
    """Node's default 'warning' handler: `(node:PID) [code] name: message`."""
    name = getattr(w, 'name', type(w).__name__)
    if name == 'DeprecationWarning' and getattr(sys.modules[__name__], 'noDeprecation', False):
        return
    code = getattr(w, 'code', None)
    message = getattr(w, 'message', str(w))
    line = '(node:%d) %s%s: %s' % (pid, '[%s] ' % code if code else '', name, message)
    detail = getattr(w, 'detail', None)
    if detail:
        line += '\n' + detail
    if not _hint_shown[0]:
        _hint_shown[0] = True
        line += '\n(Use `node --trace-warnings ...` to show where the warning was created)'
    try:
        sys.stderr.write(line + '\n')
    except Exception:
        pass


def emitWarning(warning, type=None, code=None, ctor=None):
    """process.emitWarning(warning[, options]) / (warning[, type[, code]][, ctor])"""
    from . import errors
    detail = None
    if isinstance(type, dict):
        options = type
        type = options.get('type')
        code = options.get('code')
        detail = options.get('detail')
        if detail is not None and not isinstance(detail, str):
            detail = None
    elif callable(type) and not isinstance(type, str):
        type = None
    elif callable(code) and not isinstance(code, str):
        code = None
    if type is None:
        type = 'Warning'
    if not isinstance(type, str):
        raise errors.ERR_INVALID_ARG_TYPE('type', 'string', type)
    if code is not None and not isinstance(code, str):
        raise errors.ERR_INVALID_ARG_TYPE('code', 'string', code)
    if isinstance(warning, str):
        warning = NodeWarning(warning, type, code, detail)
    elif not isinstance(warning, BaseException):
        raise errors.ERR_INVALID_ARG_TYPE('warning', ['Error', 'string'], warning)
    else:
        # an Error object: it has (or gets) Node's name/message/code/detail
        for attr, value in (('name', None), ('message', None), ('code', None), ('detail', None)):
            if not hasattr(warning, attr):
                if attr == 'name':
                    value = type if isinstance(warning, Warning) else _js_name(warning)
                elif attr == 'message':
                    value = str(warning)
                try:
                    setattr(warning, attr, value)
                except Exception:
                    pass
    if getattr(warning, 'name', None) == 'DeprecationWarning' and \
            getattr(sys.modules[__name__], 'noDeprecation', False):
        return
    # Node emits 'warning' on the next tick (lib/internal/process/warning.js)
    nextTick(_emit_warning, warning)


def _js_name(err):
    name = getattr(err, 'name', None)
    return name if isinstance(name, str) else 'Error'


def _emit_warning(warning):
    _print_warning(warning)
    _emitter.emit('warning', warning)


def _exit_code():
    code = sys.modules[__name__].exitCode
    return 0 if code is None else int(code)


def _exiting(code):
    """Emit 'exit' once per run with the code the loop ends with."""
    _emitter.emit('exit', code)
