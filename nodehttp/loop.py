"""The event loop: libuv's phases and Node's task queues, over epoll (`selectors` elsewhere).

Theory of operation
-------------------
One thread runs every callback.  An iteration has libuv's phases, in the order
libuv 1.4x (Node 24) runs them:

    pending   deferred I/O callbacks (``call_pending``)
    poll      wait for sockets (``add_reader``/``add_writer``) and for the
              thread pool / other threads (a socketpair wakes the selector)
    check     ``setImmediate`` callbacks queued before the phase began
    close     close callbacks (``call_close``: a socket's ``'close'``), newest
              first, as libuv pushes closing handles onto the front of a list
              that the phase takes whole (later ones wait for the next iteration)
    timers    ``setTimeout``/``setInterval`` whose time has come

(``uv_run`` also runs due timers once before the first iteration.)  After
every callback that enters from the loop, ``invoke`` drains Node's two task
queues: all ``process.nextTick`` callbacks, then all microtasks
(``queueMicrotask``), and again while ticks were queued by microtasks.

The loop stays alive while something referenced is left: a handle
(``ref_handle``: a listening server, a connected socket), a referenced timer
or immediate, a pending or closing callback, or work on the thread pool.
"""

import heapq
import os
import select as _select_mod
import selectors
import socket
import threading
import time
from collections import deque
from math import ceil as _ceil
from contextlib import contextmanager

__all__ = ['Loop', 'get_loop', 'background', 'run']

_monotonic = time.monotonic
_READ = selectors.EVENT_READ
_WRITE = selectors.EVENT_WRITE
_epoll = getattr(_select_mod, 'epoll', None)
_EPOLLIN = getattr(_select_mod, 'EPOLLIN', 1)
_EPOLLOUT = getattr(_select_mod, 'EPOLLOUT', 4)

# Node's task queues are per process, not per loop: a tick queued before the
# loop starts (by the main script) runs right after the script.
_ticks = deque()
_microtasks = deque()


class _Fatal(BaseException):
    """Unwinds the loop after an uncaught exception with no listener."""

    def __init__(self, error):
        super().__init__(error)
        self.error = error


def _report_uncaught(err, origin='uncaughtException'):
    """process.on('uncaughtException') or stop: Node's fatal exception path."""
    from . import process as _process
    proc = _process._emitter
    proc.emit('uncaughtExceptionMonitor', err, origin)
    if proc.listenerCount('uncaughtException'):
        try:
            proc.emit('uncaughtException', err, origin)
        except Exception as again:  # a throwing handler is fatal, as in Node
            raise _Fatal(again) from None
        # Node: "make sure any ticks get processed by ensuring that the next
        # Immediate cycle isn't empty"; the callback that threw does not
        # drain the queues itself
        from .timers import setImmediate
        setImmediate(_noop)
        return
    raise _Fatal(err)


def _noop():
    pass


def drain_ticks():
    """Run every queued nextTick, then every microtask, until both are empty.

    Both queues hold zero-argument callables (``process.nextTick`` binds its
    arguments with ``functools.partial``): no per-tick allocation when there
    are none, which keeps the garbage collector out of the hot path.  A
    callback that raises is reported (``'uncaughtException'``) and the queue
    it came from goes on, as in Node.
    """
    ticks = _ticks
    micro = _microtasks
    tick = ticks.popleft
    job = micro.popleft
    while True:
        try:
            while ticks:
                tick()()
        except Exception as err:
            _report_uncaught(err)
            continue
        while micro:
            # V8 drains its whole queue; ticks queued meanwhile wait for it
            try:
                while micro:
                    job()()
            except Exception as err:
                _report_uncaught(err)
        if not ticks:
            return


def _setup_poller(loop):
    """The loop's readiness backend: ``_register(fd, mask)``, ``_modify``,
    ``_unregister(fd)``, ``_select(timeout)`` -> ``[(entry, events)]`` (or,
    with epoll, ``_ep_poll``: ``epoll.poll``, which ``Loop._poll`` calls), with
    ``_RD``/``_WR`` the masks to register and ``_rbits``/``_wbits`` the bits
    of `events` that make the reader/writer callback run.

    With epoll the calls go to the ``select.epoll`` object directly: the
    ``selectors`` wrapper costs a SelectorKey and several Python calls per
    registration and per ready descriptor, which shows in the cost of every
    short-lived connection.  Error and hang-up events run both callbacks, as
    ``selectors`` does.  Elsewhere ``selectors.DefaultSelector`` is used.
    """
    fds = loop._fds
    if _epoll is not None:
        ep = _epoll()
        loop._poller = ep
        loop._register = ep.register
        loop._modify = ep.modify
        loop._unregister = ep.unregister
        loop._RD = _EPOLLIN
        loop._WR = _EPOLLOUT
        loop._rbits = ~_EPOLLOUT
        loop._wbits = ~_EPOLLIN
        # Loop._poll calls ep.poll itself
        loop._ep_poll = ep.poll
        loop._select = None
        return
    loop._ep_poll = None
    sel = selectors.DefaultSelector()
    loop._poller = sel
    loop._register = sel.register
    loop._modify = sel.modify
    loop._unregister = sel.unregister
    loop._RD = loop._rbits = _READ
    loop._WR = loop._wbits = _WRITE
    get = fds.get

    def select_(timeout):
        return [(get(key.fd), mask) for key, mask in sel.select(timeout)]
    loop._select = select_


class _PoolWork:
    __slots__ = ('fn', 'args', 'cb', 'result', 'error')


class Loop:
    """One libuv-style loop.  Use `get_loop()` for the current one."""

    def __init__(self):
        self._fds = {}                  # fd -> [reader, writer, fileobj]
        _setup_poller(self)
        self._timers = []               # heap of (expiry, seq, timers._TimerList)
        self._timer_lists = {}          # duration (ms) -> its _TimerList
        self._timer_seq = 0
        self._ref_timers = 0            # referenced, armed timers
        self._immediates = deque()
        self._ref_immediates = 0
        self._pending = deque()
        self._closing = []              # LIFO: libuv's closing_handles list
        self._handles = set()           # referenced handles
        self._all_handles = set()       # every handle seen, for background() shutdown
        self._pool = None
        self._pool_pending = 0
        self._threadsafe = deque()
        self._thread_id = None
        self._stop = False
        self._keep_alive = False        # background(): run until told to stop
        self._now = _monotonic() * 1000.0
        self._fatal = None
        self._deadline = None           # run(_timeout=...): monotonic seconds
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._wake_w.setblocking(False)
        self._woken = False
        self._wake_lock = threading.Lock()
        wfd = self._wake_r.fileno()
        self._fds[wfd] = [self._on_wake, None, self._wake_r]
        self._register(wfd, self._RD)

    # -- time ---------------------------------------------------------------
    def now(self):
        """Milliseconds, cached for the iteration like `uv_now`."""
        return self._now

    def update_time(self):
        self._now = _monotonic() * 1000.0

    # -- handles ------------------------------------------------------------
    def ref_handle(self, h):
        self._handles.add(h)
        self._all_handles.add(h)

    def unref_handle(self, h):
        self._handles.discard(h)
        self._all_handles.add(h)

    def forget_handle(self, h):
        """A handle is closed for good: it neither keeps the loop alive nor needs closing."""
        self._handles.discard(h)
        self._all_handles.discard(h)

    # -- I/O ----------------------------------------------------------------
    def _update(self, fd, entry):
        reader, writer, obj = entry
        mask = (self._RD if reader else 0) | (self._WR if writer else 0)
        if mask == 0:
            del self._fds[fd]
            try:
                self._unregister(fd)
            except (KeyError, ValueError, OSError):
                pass
            return
        try:
            self._modify(fd, mask)
        except (KeyError, FileNotFoundError):
            self._register(fd, mask)

    def add_reader(self, sock, cb):
        fd = sock if sock.__class__ is int else sock.fileno()
        entry = self._fds.get(fd)
        if entry is None:
            try:
                self._register(fd, self._RD)
            except FileExistsError:     # registered, but not through this loop
                self._modify(fd, self._RD)
            self._fds[fd] = [cb, None, sock]
            return
        if entry[0] is cb:
            return
        entry[0] = cb
        self._update(fd, entry)

    def remove_reader(self, sock):
        fd = sock if sock.__class__ is int else sock.fileno()
        entry = self._fds.get(fd)
        if entry is None or entry[0] is None:
            return
        entry[0] = None
        self._update(fd, entry)

    def add_writer(self, sock, cb):
        fd = sock if sock.__class__ is int else sock.fileno()
        entry = self._fds.get(fd)
        if entry is None:
            try:
                self._register(fd, self._WR)
            except FileExistsError:     # registered, but not through this loop
                self._modify(fd, self._WR)
            self._fds[fd] = [None, cb, sock]
            return
        if entry[1] is cb:
            return
        entry[1] = cb
        self._update(fd, entry)

    def remove_writer(self, sock):
        fd = sock if sock.__class__ is int else sock.fileno()
        entry = self._fds.get(fd)
        if entry is None or entry[1] is None:
            return
        entry[1] = None
        self._update(fd, entry)

    def remove_fd(self, sock):
        """Forget both directions (before closing a socket)."""
        fd = sock if sock.__class__ is int else sock.fileno()
        if fd < 0:
            return
        entry = self._fds.pop(fd, None)
        if entry is not None:
            entry[0] = entry[1] = None  # a callback already selected must not run
            try:
                self._unregister(fd)
            except (KeyError, ValueError, OSError):
                pass

    # -- queues -------------------------------------------------------------
    def call_pending(self, cb, *args):
        self._pending.append((cb, args))

    def call_close(self, cb, *args):
        """cb(*args) in the close phase (uv_close's callback).  The callbacks
        queued before the phase starts run newest first; one queued while the
        phase runs waits for the next iteration, as in libuv."""
        self._closing.append((cb, args))

    def invoke(self, cb, *args):
        """Run `cb` as a macrotask: uncaught errors reported, then ticks drained.

        After an uncaught exception the queues wait for the next callback, as
        in Node (whose handler queues an immediate so that there is one).
        """
        try:
            cb(*args)
        except Exception as err:
            _report_uncaught(err)
            return
        if _ticks or _microtasks:
            drain_ticks()

    # -- threads ------------------------------------------------------------
    def call_soon_threadsafe(self, cb, *args):
        self._threadsafe.append((cb, args))
        self._wake()

    def _wake(self):
        with self._wake_lock:
            if self._woken:
                return
            self._woken = True
        try:
            self._wake_w.send(b'\0')
        except (BlockingIOError, OSError):
            pass

    def _on_wake(self):
        try:
            while self._wake_r.recv(4096):
                pass
        except (BlockingIOError, InterruptedError):
            pass
        with self._wake_lock:
            self._woken = False
        q = self._threadsafe
        while q:
            cb, args = q.popleft()
            self.invoke(cb, *args)

    def run_in_pool(self, fn, args, cb):
        """Run fn(*args) on a worker thread; cb(err, result) later on the loop thread."""
        if self._pool is None:
            from concurrent.futures import ThreadPoolExecutor
            size = int(os.environ.get('NODEHTTP_THREADPOOL_SIZE') or 4)
            self._pool = ThreadPoolExecutor(max_workers=max(1, size),
                                            thread_name_prefix='nodehttp-pool')
        self._pool_pending += 1
        work = _PoolWork()
        work.fn, work.args, work.cb = fn, args, cb
        work.result = work.error = None
        self._pool.submit(self._pool_run, work)

    def _pool_run(self, work):
        try:
            work.result = work.fn(*work.args)
        except BaseException as err:  # handed to the loop thread as `err`
            work.error = err
        self.call_soon_threadsafe(self._pool_done, work)

    def _pool_done(self, work):
        self._pool_pending -= 1
        work.cb(work.error, work.result)

    # -- the loop -----------------------------------------------------------
    def alive(self):
        return bool(self._handles or self._ref_timers or self._ref_immediates
                    or self._pending or self._closing or self._pool_pending
                    or self._keep_alive)

    def _run_timers(self):
        """Node's processTimers: lists by expiry; in each, every due timer."""
        heap = self._timers
        now = self._now
        while heap:
            expiry, seq, lst = heap[0]
            if expiry > now:
                return
            heapq.heappop(heap)
            timers = lst.timers
            ms = lst.ms
            while timers:
                timer = next(iter(timers))
                due = timer._idleStart + ms
                if due > now:
                    lst.expiry = due
                    self._timer_seq += 1
                    heapq.heappush(heap, (due, self._timer_seq, lst))
                    break
                del timers[timer]
                timer._list = None
                timer._fire(self)
            else:
                if self._timer_lists.get(ms) is lst:
                    del self._timer_lists[ms]

    def _run_pending(self):
        q = self._pending
        if not q:
            return False
        ticks = _ticks
        micro = _microtasks
        for _ in range(len(q)):
            cb, args = q.popleft()
            # invoke(), inlined (a socket's shutdown completes here)
            try:
                cb(*args)
            except Exception as err:
                _report_uncaught(err)
                continue
            if ticks or micro:
                drain_ticks()
        return True

    def _run_check(self):
        q = self._immediates
        if not q:
            return
        # immediates queued while these run wait for the next iteration
        batch = q
        self._immediates = deque()
        popleft = batch.popleft
        ticks = _ticks
        micro = _microtasks
        while batch:
            imm = popleft()
            if not imm._queued:         # cleared
                continue
            # Immediate._run, inlined
            imm._queued = False
            if imm._ref:
                self._ref_immediates -= 1
            args = imm._args
            try:
                if args:
                    imm._onImmediate(*args)
                else:
                    imm._onImmediate()
            except Exception as err:
                _report_uncaught(err)
                continue                # queues drain after the next callback, as Node
            if ticks or micro:
                drain_ticks()

    def _run_closing(self):
        # uv__run_closing_handles: the list is taken whole and walked from the
        # head (the newest uv_close); closes queued meanwhile start a new list
        batch = self._closing
        if not batch:
            return
        self._closing = []
        pop = batch.pop
        ticks = _ticks
        micro = _microtasks
        while batch:
            cb, args = pop()
            # invoke(), inlined (every closed socket's 'close' comes here)
            try:
                cb(*args)
            except Exception as err:
                _report_uncaught(err)
                continue
            if ticks or micro:
                drain_ticks()

    def _poll_timeout(self):
        if (self._stop or self._pending or self._closing or self._immediates
                or self._threadsafe):
            return 0
        heap = self._timers
        timeout = None
        if heap:
            ms = heap[0][0] - _monotonic() * 1000.0
            timeout = max(0.0, ms / 1000.0)
        deadline = self._deadline
        if deadline is not None:
            # run(_timeout=...) must fire even while poll would block forever
            left = max(0.0, deadline - _monotonic())
            if timeout is None or left < timeout:
                timeout = left
        return timeout

    def _poll(self, timeout):
        ep_poll = self._ep_poll
        try:
            if ep_poll is None:
                # (entry, events) pairs: each entry is looked up before any
                # callback runs, so a descriptor closed and reused by a
                # callback of this batch is not called for the old socket's
                # event
                events = self._select(timeout)
            else:
                # epoll directly (this runs once per loop iteration)
                if timeout is None:
                    timeout = -1
                elif timeout <= 0:
                    timeout = 0
                else:
                    # epoll_wait counts whole milliseconds: round up, so
                    # that a timer is not polled for just before it is due
                    timeout = _ceil(timeout * 1e3) * 1e-3
                fds = self._fds
                ready = ep_poll(timeout, len(fds) or 1)
                if len(ready) == 1:
                    # one event: no later callback of the batch to protect
                    # from a reused descriptor
                    fd, mask = ready[0]
                    events = ((fds.get(fd), mask),)
                else:
                    get = fds.get
                    events = [(get(fd), ev) for fd, ev in ready]
        except InterruptedError:
            events = ()
        self._now = _monotonic() * 1000.0
        ticks = _ticks
        micro = _microtasks
        rbits = self._rbits
        wbits = self._wbits
        for entry, mask in events:
            # invoke(), inlined: this runs for every readable/writable socket
            if entry is None:
                continue
            cb = entry[0]
            if cb is not None and mask & rbits:
                try:
                    cb()
                except Exception as err:
                    _report_uncaught(err)
                if ticks or micro:
                    drain_ticks()
            cb = entry[1]
            if cb is not None and mask & wbits:
                try:
                    cb()
                except Exception as err:
                    _report_uncaught(err)
                if ticks or micro:
                    drain_ticks()

    def _iterate(self):
        # libuv's phases in uv_run's order; a phase with nothing queued costs
        # one test here, not a call (this runs once per loop iteration)
        if self._pending:
            self._run_pending()
        # _poll_timeout(), its usual outcomes inlined
        if self._stop or self._pending or self._closing or self._immediates or self._threadsafe:
            timeout = 0
        elif self._timers or self._deadline is not None:
            timeout = self._poll_timeout()
        else:
            timeout = None
        self._poll(timeout)
        if self._pending:
            for _ in range(8):
                if not self._pending:
                    break
                self._run_pending()
        if self._immediates:
            self._run_check()
        if self._closing:
            self._run_closing()
        # update_time(), then _run_timers() when the earliest list is due
        now = self._now = _monotonic() * 1000.0
        heap = self._timers
        if heap and heap[0][0] <= now:
            self._run_timers()

    def run(self, deadline=None):
        """Run until nothing referenced is left (or `stop()`)."""
        self._thread_id = threading.get_ident()
        self._deadline = deadline
        self.update_time()
        if self.alive() and not self._stop:
            self._run_timers()
        while not self._stop:
            # alive(), inlined
            if not (self._handles or self._ref_timers or self._ref_immediates
                    or self._pending or self._closing or self._pool_pending
                    or self._keep_alive):
                from . import process as _process
                _process._emitter.emit('beforeExit', _process._exit_code())
                if not self.alive():
                    break
            if deadline is not None and _monotonic() > deadline:
                raise TimeoutError('nodehttp loop: deadline passed with work still pending')
            self._iterate()

    def stop(self):
        self._stop = True
        if self._thread_id != threading.get_ident():
            self._wake()

    def close(self):
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None
        try:
            self._poller.close()
        except Exception:
            pass
        self._wake_r.close()
        self._wake_w.close()

    # -- background hosting ---------------------------------------------------
    def call(self, fn, *args, timeout=30.0):
        """Run fn(*args) on the loop thread and return its result (or raise its error)."""
        if threading.get_ident() == self._thread_id:
            return fn(*args)
        if self._fatal is not None:
            raise self._fatal
        done = threading.Event()
        box = [None, None]

        def task():
            try:
                box[0] = fn(*args)
            except Exception as err:
                box[1] = err
            finally:
                done.set()
        self.call_soon_threadsafe(task)
        if not done.wait(timeout):
            if self._fatal is not None:
                raise self._fatal
            raise TimeoutError('loop.call: no answer in %s s' % timeout)
        if box[1] is not None:
            raise box[1]
        return box[0]

    def wait(self, fn, timeout=10.0):
        """Call fn(done) on the loop thread; block until done(*values) is called; return values.

        For tests: ``port = loop.wait(lambda done: server.listen(0, lambda: done(server.address()['port'])))``.
        """
        event = threading.Event()
        box = []

        def done(*values):
            box.append(values[0] if len(values) == 1 else values)
            event.set()
        self.call(fn, done)
        if not event.wait(timeout):
            if self._fatal is not None:
                raise self._fatal
            raise TimeoutError('loop.wait: done() not called in %s s' % timeout)
        if self._fatal is not None:
            raise self._fatal
        return box[0]


_current = None
_current_lock = threading.Lock()


def get_loop():
    """The current loop (created on first use)."""
    global _current
    loop = _current
    if loop is None:
        with _current_lock:
            if _current is None:
                _current = Loop()
            loop = _current
    return loop


def _set_loop(loop):
    global _current
    _current = loop


def _exit_code():
    from . import process as _process
    return _process._exit_code()


def run(main=None, *args, _timeout=None):
    """Call main(*args) as the first tick, then run the loop until nothing is left.

    Like ``node script.js``.  An uncaught exception with no
    ``process.on('uncaughtException')`` listener is re-raised here.
    """
    from . import process as _process
    loop = get_loop()
    deadline = None if _timeout is None else _monotonic() + _timeout
    try:
        try:
            if main is not None:
                loop._thread_id = threading.get_ident()
                loop.update_time()
                loop.invoke(main, *args)
            elif _ticks or _microtasks:
                drain_ticks()
            loop.run(deadline)
        except _Fatal as fatal:
            _process._exiting(1)
            raise fatal.error from None
        code = _process._exit_code()
        try:
            _process._exiting(code)
        except _Fatal as fatal:
            raise fatal.error from None
        return code
    finally:
        _ticks.clear()
        _microtasks.clear()
        _set_loop(None)
        loop.close()


@contextmanager
def background(timeout=10.0):
    """Host a loop on a daemon thread for blocking code and tests.

    ``with nodehttp.loop.background() as loop: loop.call(fn, *args)``.
    Leaving the block closes what is still open and stops the loop.
    """
    loop = Loop()
    started = threading.Event()
    finished = threading.Event()
    box = {}

    def main():
        _set_loop(loop)
        loop._thread_id = threading.get_ident()
        loop._keep_alive = True
        started.set()
        try:
            loop.run()
        except _Fatal as fatal:
            loop._fatal = fatal.error
        except BaseException as err:  # surfaced at the end of the block
            box['error'] = err
        finally:
            finished.set()

    thread = threading.Thread(target=main, name='nodehttp-loop', daemon=True)
    thread.start()
    started.wait()
    try:
        yield loop
    finally:
        if loop._fatal is None and thread.is_alive():
            try:
                loop.call(_shutdown, loop, timeout=timeout)
            except Exception:
                pass
        loop.stop()
        finished.wait(timeout)
        _ticks.clear()
        _microtasks.clear()
        if _current is loop:
            _set_loop(None)
        loop.close()
    if loop._fatal is not None:
        raise loop._fatal
    if 'error' in box:
        raise box['error']


def _shutdown(loop):
    """Close every handle still open, then let the loop run dry."""
    for h in list(loop._all_handles):
        closer = getattr(h, '_loop_shutdown', None)
        if closer is not None:
            try:
                closer()
            except Exception:
                pass
    loop._keep_alive = False
