"""node:timers — setTimeout, setInterval, setImmediate and their handles.

As in Node, timers of one duration share a list kept in arming order
(`_TimerList`: an OrderedDict, so arming, clearing and ``refresh()`` are
O(1)), and the loop keeps a heap of lists by expiry (``loop._timers``).  A
due list runs every timer of it that is due, then the next list: timers due
at the same moment run in the order they were created (timers.md).  A due
time is computed from the loop's cached clock (libuv's ``uv_now``), as Node
does, not from the wall clock at the call.
"""

import heapq
import math
import re
from collections import OrderedDict

from . import errors
from . import loop as _loop_module
from .loop import get_loop, _ticks, _microtasks, drain_ticks, _report_uncaught

_heappush = heapq.heappush


def _current_loop():
    loop = _loop_module._current
    return loop if loop is not None else get_loop()

__all__ = ['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout',
           'clearInterval', 'clearImmediate', 'Timeout', 'Immediate']

TIMEOUT_MAX = 2 ** 31 - 1

_ids = [0]


def _next_id():
    _ids[0] += 1
    return _ids[0]


_warned = {'negative': False, 'nan': False}   # Node 24 warns about these once per process

_JS_DECIMAL = re.compile(r'[+-]?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?|Infinity)\Z')


def _js_to_number(v):
    """JS ``v * 1`` for the Python values a delay may be."""
    if isinstance(v, bool):
        return int(v)
    if isinstance(v, (int, float)):
        return v
    if isinstance(v, str):
        t = v.strip()
        if not t:
            return 0
        if _JS_DECIMAL.match(t):
            x = float(t)
            return int(x) if x.is_integer() else x
        low = t.lower()
        for prefix, base in (('0x', 16), ('0o', 8), ('0b', 2)):
            if low.startswith(prefix):
                try:
                    return int(t[2:], base)
                except ValueError:
                    return math.nan
        return math.nan
    if isinstance(v, (list, tuple)):
        if not v:
            return 0
        return _js_to_number(v[0]) if len(v) == 1 else math.nan
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def _coerce_delay(after):
    """Node's delay rule (timers.md): not a number, below 1 or above 2**31-1
    becomes 1, with Node 24's warnings (overflow every time; negative and NaN
    once per process)."""
    t = type(after)
    if t is int or t is float:          # the common cases, without a warning
        if 1 <= after <= TIMEOUT_MAX:
            return after
        if 0 <= after < 1:
            return 1
    elif after is None:                 # JS undefined: the default, no warning
        return 1
    after = _js_to_number(after)
    if after >= 1 and after <= TIMEOUT_MAX:
        return after
    from . import process
    if after > TIMEOUT_MAX:
        process.emitWarning('%s does not fit into a 32-bit signed integer.\n'
                            'Timeout duration was set to 1.' % _js_num(after),
                            'TimeoutOverflowWarning')
    elif after < 0:
        if not _warned['negative']:
            _warned['negative'] = True
            process.emitWarning('%s is a negative number.\nTimeout duration was set to 1.'
                                % _js_num(after), 'TimeoutNegativeWarning')
    elif after != after and not _warned['nan']:
        _warned['nan'] = True
        process.emitWarning('NaN is not a number.\nTimeout duration was set to 1.',
                            'TimeoutNaNWarning')
    return 1


def _js_num(x):
    if isinstance(x, float):
        if math.isinf(x):
            return 'Infinity' if x > 0 else '-Infinity'
        if x == int(x):
            return str(int(x))
    return str(x)


def _check_callback(callback):
    if not callable(callback):
        raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)


class _TimerList:
    """The timers of one duration, in arming order (Node's timer lists).

    Timers with the same duration fall due in the order they were armed, so
    the loop's heap orders lists, not timers: arming is an append, and
    ``refresh()`` a move to the end.  ``expiry`` is the due time of the
    first timer when the list was last (re)queued.
    """
    __slots__ = ('ms', 'timers', 'expiry')

    def __init__(self, ms, expiry):
        self.ms = ms
        self.timers = OrderedDict()
        self.expiry = expiry


class Timeout:
    """The object setTimeout/setInterval return (timers.md, "Class: Timeout")."""

    __slots__ = ('_onTimeout', '_args', '_idleTimeout', '_repeat', '_ref',
                 '_list', '_idleStart', '_armed', '_destroyed', '_id', '_loop', '__weakref__')

    def __init__(self, callback, after, args, repeat, loop=None):
        self._onTimeout = callback
        self._args = args
        self._idleTimeout = after
        self._repeat = after if repeat else None
        self._ref = True
        self._list = None
        self._idleStart = None
        self._armed = False
        self._destroyed = False
        self._id = None
        self._loop = loop or get_loop()

    # scheduling -----------------------------------------------------------
    def _arm(self, start=None):
        loop = self._loop
        if start is None:
            start = loop._now
        lst = self._list
        if lst is not None:             # refresh(): back to the end of its list
            del lst.timers[self]
        after = self._idleTimeout
        ms = after if type(after) is int else int(after)  # "Non-integer delays are truncated"
        lists = loop._timer_lists
        lst = lists.get(ms)
        if lst is None:
            lst = lists[ms] = _TimerList(ms, start + ms)
            loop._timer_seq += 1
            _heappush(loop._timers, (start + ms, loop._timer_seq, lst))
        lst.timers[self] = None
        self._list = lst
        self._idleStart = start
        if not self._armed:
            self._armed = True
            if self._ref:
                loop._ref_timers += 1

    def _disarm(self):
        lst = self._list
        if lst is not None:
            del lst.timers[self]
            self._list = None
        if self._armed:
            self._armed = False
            if self._ref:
                self._loop._ref_timers -= 1

    def _fire(self, loop):
        """Called by the loop once the timer is out of its list."""
        repeat = self._repeat
        if repeat is not None:
            start = loop._now           # stays armed (and counted) while it runs
        else:
            if self._armed:
                self._armed = False
                if self._ref:
                    loop._ref_timers -= 1
            self._destroyed = True
            if self._id is not None:
                _by_id.pop(self._id, None)
        args = self._args
        try:
            if args:
                self._onTimeout(*args)
            else:
                self._onTimeout()
        except Exception as err:
            _report_uncaught(err)
            failed = True
        else:
            failed = False
        # an interval is put back after its callback (even one that threw)
        # unless cleared or refreshed inside it, as Node's listOnTimeout does
        if repeat is not None and self._armed and self._list is None:
            self._idleTimeout = repeat
            self._arm(start)
        # after an uncaught exception Node drains the queues only after the
        # next callback (the handler queues an immediate to make sure of one)
        if not failed and (_ticks or _microtasks):
            drain_ticks()

    # public -------------------------------------------------------------
    def ref(self):
        """timeout.ref()"""
        if not self._ref:
            self._ref = True
            if self._armed:
                self._loop._ref_timers += 1
        return self

    def unref(self):
        """timeout.unref()"""
        if self._ref:
            self._ref = False
            if self._armed:
                self._loop._ref_timers -= 1
        return self

    def hasRef(self):
        """timeout.hasRef()"""
        return self._ref

    def refresh(self):
        """timeout.refresh(): restart with the same delay, even after it fired (as Node 24)."""
        if self._idleTimeout is not None and self._idleTimeout >= 0:
            self._destroyed = False
            if self._id is not None:
                _by_id[self._id] = self
            self._arm()
        return self

    def close(self):
        """timeout.close(): same as clearTimeout(timeout)."""
        clearTimeout(self)
        return self

    def __int__(self):
        """timeout[Symbol.toPrimitive](): the id clearTimeout() also accepts."""
        if self._id is None:
            self._id = _next_id()
            _by_id[self._id] = self
        return self._id

    __index__ = __int__

    # timeout[Symbol.dispose](): `with setTimeout(...) as t:` cancels it at the end
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        clearTimeout(self)
        return False

    def __repr__(self):
        return '<Timeout %sms%s>' % (_js_num(self._idleTimeout),
                                     ' repeat' if self._repeat is not None else '')


_by_id = {}


class Immediate:
    """The object setImmediate returns (timers.md, "Class: Immediate")."""

    __slots__ = ('_onImmediate', '_args', '_ref', '_queued', '_loop', '__weakref__')

    def __init__(self, callback, args, loop):
        self._onImmediate = callback
        self._args = args
        self._ref = True
        self._queued = True
        self._loop = loop

    def _run(self, loop):
        self._queued = False
        if self._ref:
            loop._ref_immediates -= 1
        args = self._args
        try:
            if args:
                self._onImmediate(*args)
            else:
                self._onImmediate()
        except Exception as err:
            _report_uncaught(err)
            return                      # queues drain after the next callback, as Node
        if _ticks or _microtasks:
            drain_ticks()

    def ref(self):
        """immediate.ref()"""
        if not self._ref:
            self._ref = True
            if self._queued:
                self._loop._ref_immediates += 1
        return self

    def unref(self):
        """immediate.unref()"""
        if self._ref:
            self._ref = False
            if self._queued:
                self._loop._ref_immediates -= 1
        return self

    def hasRef(self):
        """immediate.hasRef(): false once it ran or was cleared (as Node 24)."""
        return self._ref and self._queued

    # immediate[Symbol.dispose]()
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        clearImmediate(self)
        return False

    def __repr__(self):
        return '<Immediate>'


def setTimeout(callback, delay=None, *args):
    """setTimeout(callback[, delay[, ...args]])"""
    if not callable(callback):
        raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
    t = Timeout(callback, _coerce_delay(delay), args, False, _current_loop())
    t._arm()
    return t


def setInterval(callback, delay=None, *args):
    """setInterval(callback[, delay[, ...args]])"""
    _check_callback(callback)
    t = Timeout(callback, _coerce_delay(delay), args, True)
    t._arm()
    return t


def setImmediate(callback, *args):
    """setImmediate(callback[, ...args])"""
    if not callable(callback):
        raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
    loop = _current_loop()
    imm = Immediate(callback, args, loop)
    loop._immediates.append(imm)
    loop._ref_immediates += 1
    return imm


def clearTimeout(timeout):
    """clearTimeout(timeout): a Timeout, its numeric id, or anything else (ignored)."""
    if isinstance(timeout, (int, str)) and not isinstance(timeout, bool):
        try:
            timeout = _by_id.pop(int(timeout))
        except (KeyError, ValueError):
            return
    if isinstance(timeout, Timeout):
        timeout._disarm()
        timeout._idleTimeout = -1
        timeout._destroyed = True
        if timeout._id is not None:
            _by_id.pop(timeout._id, None)


clearInterval = clearTimeout


def clearImmediate(immediate):
    """clearImmediate(immediate)"""
    if isinstance(immediate, Immediate) and immediate._queued:
        immediate._queued = False
        if immediate._ref:
            immediate._loop._ref_immediates -= 1
