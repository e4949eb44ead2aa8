"""`node:net`: `Socket` (a Duplex over a non-blocking socket) and `Server`
(doc: ../shared/spec/node/net.md; behaviour of node lib/net.js on libuv).

Theory of operation
-------------------
A `Socket` owns one non-blocking Python socket (``_handle``).  Reading: while
the Readable wants data the socket is registered with the loop
(``add_reader``); each readable event does one ``recv`` of up to 64 KiB (and
repeats while full 64 KiB chunks keep coming, at most 32 times, as libuv's
``uv__read``) and pushes the bytes into the Readable.  When ``push`` returns
false (the readable buffer reached ``highWaterMark``) the reader is removed:
the kernel buffer fills and TCP flow control slows the peer.  ``_read`` (the
consumer drained the buffer) registers it again.

Writing: ``_write``/``_writev`` try ``send`` at once (libuv's
``uv_try_write``).  When everything went out, the Writable's callback is
called synchronously (so Node's "synchronous write" timing holds); otherwise
the rest waits in ``_out`` and a writer callback sends it when the kernel
has room, then calls back.  Further writes wait in the Writable's buffer
meanwhile (that is the "user space" queue ``write()`` reports with
``false``), and ``'drain'`` follows when it is flushed.

``end()`` ends the Writable; ``_final`` shuts the sending side down
(``shutdown(SHUT_WR)``, a FIN) in the next loop iteration's pending phase
(libuv completes ``uv_shutdown`` from the loop), then ``'finish'``.  EOF from
the peer is ``push(None)``: ``'end'``; with ``allowHalfOpen`` false the
Duplex then ends our side too.  When both sides are done (``autoDestroy``),
``_destroy`` closes the descriptor at once and ``'close'`` is emitted in the
loop's close phase, as libuv's ``uv_close`` callback is.

Fast paths for the layers above (http)
--------------------------------------
- ``socket._on_data``: ``None`` or a callable taking one ``bytes`` argument.
  When set, every chunk read from the kernel is handed to it directly
  instead of being pushed into the Readable (no ``'data'`` events, no
  readable buffering: Node's ``parser.consume(handle)``).  ``bytesRead`` and
  the idle timeout still count it; EOF and errors still go through the
  stream (``'end'``, ``'error'``, ``'close'``).  In this mode ``pause()`` /
  ``resume()`` stop and restart reading from the kernel (as with Node's
  ``onread`` option), which is how the hook applies backpressure.
- ``socket._read_stop()`` / ``socket._read_start()``: stop or restart
  reading from the kernel explicitly.
- ``socket.write()`` is already cheap: with nothing queued it is one
  ``send`` and no loop registration.  ``cork()``/``uncork()`` batch several
  writes into one ``send`` (``_writev``).
- The server's connection counter is ``server._nconn`` (Node's
  ``server._connections``; that name is left free for http's connection set).

Also here: name lookup (``getaddrinfo`` on the loop's thread pool, skipped
for IP literals), ``autoSelectFamily`` (each address in turn, with
``'connectionAttempt*'`` events and one AggregateError), ``BlockList`` and
``SocketAddress``, Unix sockets (unlinked on close, as libuv does).

DEVIATION: no cluster, so ``exclusive`` and ``dropMaxConnection`` only exist;
on EMFILE the listener pauses accepting for 50 ms (libuv's reserved-descriptor
trick has no Python equivalent).
"""

import errno as _errno
from functools import partial as _partial
from types import MethodType as _MethodType
import os as _os
import re as _re
import socket as _socket

from . import errors as _errors
from . import process as _process
from . import timers as _timers
from ._util import fit as _fit, opts as _opts
from .events import EventEmitter
from .loop import _ticks, get_loop
from .stream import Duplex
from .stream.readable import ReadableState
from .stream.writable import WritableState
from .stream._encoding import encode as _encode
from .stream.writable import (FITS_ONE as _FITS_ONE, _after_write, _after_write_tick,
                              _nop as _w_nop, _onwrite as _w_onwrite, fit_n as _fit_n)
from .stream.state import getDefaultHighWaterMark

__all__ = [
    'Socket', 'Stream', 'Server', 'createServer', 'createConnection', 'connect',
    'BlockList', 'SocketAddress',
    'isIP', 'isIPv4', 'isIPv6', 'getDefaultAutoSelectFamily', 'setDefaultAutoSelectFamily',
    'getDefaultAutoSelectFamilyAttemptTimeout', 'setDefaultAutoSelectFamilyAttemptTimeout',
]

_RECV_SIZE = 65536      # libuv reads at most 64 KiB per read callback
_READ_LOOPS = 32        # ... and loops while full buffers keep coming
_ACCEPT_LOOPS = 128     # accepts per readable event on a listening socket
_DEFAULT_BACKLOG = 511  # "The default value of this parameter is 511 (not 512)"
_TIMEOUT_MAX = 2 ** 31 - 1

_AF_INET = _socket.AF_INET
_AF_INET6 = _socket.AF_INET6
_AF_UNIX = getattr(_socket, 'AF_UNIX', None)
_SOCK_STREAM = _socket.SOCK_STREAM
_IPPROTO_TCP = _socket.IPPROTO_TCP
_TCP_NODELAY = _socket.TCP_NODELAY
_NOT_YET = (_errno.EINPROGRESS, _errno.EAGAIN, _errno.EWOULDBLOCK)

_default_auto_select_family = [True]
_default_attempt_timeout = [250]


def _onread_marker(data):  # pragma: no cover - never called: onread reads itself
    raise AssertionError('onread sockets read with _on_readable_onread')


class _Unopened:
    """The handle of a socket that is connecting but has no descriptor yet
    (name lookup in progress).  Node creates its TCP handle in connect()."""

    __slots__ = ()

    def close(self):
        pass

    def __repr__(self):
        return '<unopened>'


_UNOPENED = _Unopened()


# -- IP address predicates (net.md "net.isIP(input)") --------------------------

_V4_PART = r'(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])'
_V4 = r'(?:%s\.){3}%s' % (_V4_PART, _V4_PART)
_IPV4_RE = _re.compile(r'\A%s\Z' % _V4)


def _v6_regex():
    # An IPv6 address is 8 groups; '::' stands for one or more zero groups and
    # the last two groups may be written as a dotted IPv4 address.  Built as
    # "k groups before the '::', then up to 7-k (or 5-k before an IPv4 tail)
    # groups after it", plus the full forms; a zone index may follow '%'.
    g = r'[0-9a-fA-F]{1,4}'
    alts = [r'(?:%s:){7}%s' % (g, g), r'(?:%s:){6}%s' % (g, _V4)]
    for k in range(0, 8):
        head = r'(?:%s:){%d}' % (g, k) if k else ''
        if k == 0:
            lead = '::'
        else:
            lead = head + ':'
        rest = 7 - k          # groups still allowed after '::' (at least one is elided)
        if rest > 0:
            alts.append(r'%s(?:%s(?::%s){0,%d})?' % (lead, g, g, rest - 1))
        else:
            alts.append(lead)
        if rest - 2 >= 0:
            alts.append(r'%s(?:%s:){0,%d}%s' % (lead, g, rest - 2, _V4))
    return _re.compile(r'\A(?:%s)(?:%%[0-9a-zA-Z.:-]+)?\Z' % '|'.join(alts))


_IPV6_RE = _v6_regex()


def isIPv4(input):
    """net.md "net.isIPv4(input)"."""
    return isinstance(input, str) and _IPV4_RE.match(input) is not None


def isIPv6(input):
    """net.md "net.isIPv6(input)"."""
    return isinstance(input, str) and _IPV6_RE.match(input) is not None


def isIP(input):
    """net.md "net.isIP(input)": 4, 6 or 0."""
    if isIPv4(input):
        return 4
    if isIPv6(input):
        return 6
    return 0


def getDefaultAutoSelectFamily():
    """net.md "net.getDefaultAutoSelectFamily()"."""
    return _default_auto_select_family[0]


def setDefaultAutoSelectFamily(value):
    """net.md "net.setDefaultAutoSelectFamily(value)"."""
    if not isinstance(value, bool):
        raise _errors.ERR_INVALID_ARG_TYPE('value', 'boolean', value)
    _default_auto_select_family[0] = value


def getDefaultAutoSelectFamilyAttemptTimeout():
    """net.md "net.getDefaultAutoSelectFamilyAttemptTimeout()"."""
    return _default_attempt_timeout[0]


def setDefaultAutoSelectFamilyAttemptTimeout(value):
    """net.md "net.setDefaultAutoSelectFamilyAttemptTimeout(value)"."""
    _validate_int32(value, 'value', 1)
    _default_attempt_timeout[0] = max(10, value)


# -- SocketAddress and BlockList (net.md "Class: net.SocketAddress", "Class: net.BlockList")
# live in _netaddr.py (address normalisation and parsing as Node 24 does them).
from ._netaddr import BlockList, SocketAddress  # noqa: E402


# -- argument helpers -----------------------------------------------------------

def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _to_number(x):
    """Node's toNumber(): Number(x) when it is >= 0, else False."""
    if x is None or x is False:
        return False
    if x is True:
        return 1
    if _is_number(x):
        return x if x >= 0 else False
    if isinstance(x, str):
        s = x.strip()
        if s == '':
            return 0
        try:
            v = float(s) if not s.lower().startswith(('0x', '0o', '0b')) else int(s, 0)
        except ValueError:
            return False
        if v != v or v < 0:
            return False
        return int(v) if v == int(v) else v
    return False


def _is_pipe_name(s):
    return isinstance(s, str) and _to_number(s) is False


def _validate_port(port, name='Port', allow_zero=True):
    ok = True
    if isinstance(port, bool) or not isinstance(port, (int, float, str)):
        ok = False
    elif isinstance(port, str):
        if port.strip() == '':
            ok = False
        else:
            v = _to_number(port)
            ok = v is not False and v == int(v) and 0 <= v <= 0xFFFF
            if ok:
                port = int(v)
    else:
        ok = port == port and port == int(port) if port not in (float('inf'), float('-inf')) else False
        ok = ok and 0 <= port <= 0xFFFF
    if not ok or (port == 0 and not allow_zero):
        raise _errors.ERR_SOCKET_BAD_PORT(name, port, allow_zero)
    return int(port)


def _validate_int32(value, name, min_=-2 ** 31, max_=2 ** 31 - 1):
    if not _is_number(value):
        raise _errors.ERR_INVALID_ARG_TYPE(name, 'number', value)
    if value != value or value != int(value):
        raise _errors.ERR_OUT_OF_RANGE(name, 'an integer', value)
    if value < min_ or value > max_:
        raise _errors.ERR_OUT_OF_RANGE(name, '>= %d && <= %d' % (min_, max_), value)


def _timer_duration(msecs, name):
    """Node's getTimerDuration(): a non-negative number, capped at TIMEOUT_MAX."""
    if not _is_number(msecs):
        raise _errors.ERR_INVALID_ARG_TYPE(name, 'number', msecs)
    if msecs != msecs or msecs < 0 or msecs == float('inf'):
        raise _errors.ERR_OUT_OF_RANGE(name, 'a non-negative finite number', msecs)
    if msecs > _TIMEOUT_MAX:
        return _TIMEOUT_MAX
    return msecs


def _normalize_args(args, kwargs=None):
    """Node's normalizeArgs(): (options, cb) from the overloaded signatures."""
    if not args:
        options = {}
        cb = None
    else:
        arg0 = args[0]
        if isinstance(arg0, dict):
            options = dict(arg0)
        elif isinstance(arg0, (list, tuple)) and len(arg0) == 2 and isinstance(arg0[0], dict) \
                and getattr(arg0, '_normalized', False):
            return arg0[0], arg0[1]
        elif _is_pipe_name(arg0):
            options = {'path': arg0}
        else:
            options = {'port': arg0}
            if len(args) > 1 and isinstance(args[1], str):
                options['host'] = args[1]
        cb = args[-1] if callable(args[-1]) else None
    if kwargs:
        for k, v in kwargs.items():
            options[k] = v
    options = {k: v for k, v in options.items() if v is not None}
    return options, cb


class _Normalized(tuple):
    _normalized = True


def _family_name(family):
    return 'IPv6' if family == _AF_INET6 else 'IPv4'


def _addr_dict(family, addr):
    """getsockname()/getpeername() result as Node's {address, family, port}."""
    if family == _AF_INET:
        return {'address': addr[0], 'family': 'IPv4', 'port': addr[1]}
    if family == _AF_INET6:
        return {'address': addr[0], 'family': 'IPv6', 'port': addr[1]}
    return {}


def _lookup_family(family):
    # socketToDnsFamily(): 'IPv4' -> 4, 'IPv6' -> 6, numbers as given
    if family == 'IPv4':
        return 4
    if family == 'IPv6':
        return 6
    return family


class _AggregateError(_errors.NodeError):
    """JS AggregateError of the autoSelectFamily attempts (code of the first)."""

    def __init__(self, errs, message=''):
        super().__init__(message)
        self.name = 'AggregateError'
        self.errors = list(errs)
        self.code = getattr(self.errors[0], 'code', None) if self.errors else None


# -- default lookup: getaddrinfo on the loop's thread pool -------------------------

def _getaddrinfo(host, family, flags):
    fam = _AF_INET if family == 4 else _AF_INET6 if family == 6 else _socket.AF_UNSPEC
    out = []
    for af, _t, _p, _c, sa in _socket.getaddrinfo(host, None, fam, _SOCK_STREAM, 0, flags):
        if af == _AF_INET:
            out.append((sa[0], 4))
        elif af == _AF_INET6:
            out.append((sa[0], 6))
    return out


def _dns_lookup(host, options, callback):
    """dns.lookup(host, {family, hints, all}, cb) on the thread pool (the
    subset net uses).  An IP literal answers on the next tick, as Node."""
    family = _lookup_family(options.get('family'))
    want_all = bool(options.get('all'))
    matched = isIP(host)
    if matched:
        if want_all:
            _process.nextTick(callback, None, [{'address': host, 'family': matched}])
        else:
            _process.nextTick(callback, None, host, matched)
        return
    flags = options.get('hints') or 0
    try:
        name = host.encode('ascii')     # as given: no IDNA checks on ASCII names
    except UnicodeEncodeError:
        try:
            name = host.encode('idna')
        except UnicodeError:
            name = host.encode('utf8')
    if len(name) >= 256:
        # libuv converts the name into a 256-byte buffer first: EINVAL, no lookup
        err = _errors.dns_exception('EINVAL', 'getaddrinfo', host)
        _process.nextTick(callback, err, *((None,) if want_all else (None, None)))
        return

    def done(err, result):
        if err is None and not result:
            err = _socket.gaierror(_socket.EAI_NONAME, 'no address')
        if err is not None:
            if isinstance(err, OSError):
                err = _errors.dns_exception(err, 'getaddrinfo', host)
            elif isinstance(err, (UnicodeError, ValueError)):
                # a name the resolver cannot even encode ('a..b', too long)
                err = _errors.dns_exception('ENOTFOUND', 'getaddrinfo', host)
            callback(err, *((None,) if want_all else (None, None)))
            return
        if want_all:
            callback(None, [{'address': a, 'family': f} for a, f in result])
        else:
            callback(None, result[0][0], result[0][1])

    get_loop().run_in_pool(_getaddrinfo, (name, family, flags), done)


# -- Socket ---------------------------------------------------------------------

class Socket(Duplex):
    """net.md "Class: net.Socket"."""

    __slots__ = (
        '_handle', '_loop', 'connecting', '_hadError', '_host', '_peername', '_peer_raw',
        '_sockname', '_pipe', '_reading', '_out', '_out_cb', '_writer_on',
        '_bytes_read', '_bytes_dispatched', '_pending_data', '_pending_encoding',
        'timeout', '_timeout_ms', '_timer', '_timer_due', '_last_active', '_last_fire',
        '_refed', '_set_nodelay', '_set_keepalive', '_keepalive_delay', 'server', '_server',
        '_on_data', 'resetAndClosing', '_connect_req', '_attempt', '_onread',
        'autoSelectFamilyAttemptedAddresses', '_parent', 'blockList',
    )

    def __init__(self, options=None, **kwargs):
        if _is_number(options):
            options = {'fd': options}         # legacy: new Socket(fd)
        elif options is not None and not isinstance(options, dict):
            raise _errors.ERR_INVALID_ARG_TYPE('options', 'Object', options)
        options = _opts(options, kwargs)
        self._init(options, options.pop('handle', None))

    def _init(self, options, handle):
        # Node: allowHalfOpen defaults to false; 'close' is emitted by the
        # socket itself (emitClose false); strings reach _write undecoded.
        options['allowHalfOpen'] = bool(options.get('allowHalfOpen'))
        options['emitClose'] = False
        options['autoDestroy'] = True
        options['decodeStrings'] = False
        Duplex.__init__(self, options)
        self._init_fields(get_loop())
        self._set_nodelay = bool(options.get('noDelay'))
        self._set_keepalive = bool(options.get('keepAlive'))
        self._keepalive_delay = int((options.get('keepAliveInitialDelay') or 0) / 1000)
        bl = options.get('blockList')
        if bl is not None and not isinstance(bl, BlockList):
            raise _errors.ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', bl)
        self.blockList = bl
        signal = options.get('signal')
        if signal is not None:
            self._add_abort_signal(signal)
        onread = options.get('onread')
        self._onread = None
        if onread is not None:
            self._setup_onread(onread)

        if handle is not None:
            self._adopt(handle, options.get('_pipe'))
            if options.get('readable') is not False:
                if options.get('pauseOnCreate'):
                    # pauseOnConnect: nothing is read until resume()
                    self.readableFlowing = False
                elif not options.get('manualStart'):
                    state = self._readableState
                    if type(self) is Socket and not state.needReadable and state.length == 0 \
                            and state.constructed and not (state.ended or state.reading
                                                           or state.destroyed or state.errored):
                        # read(0) of a fresh socket, inlined (what Readable.read
                        # does for it: start _read and wait for data)
                        state.reading = True
                        state.sync = True
                        state.needReadable = True
                        try:
                            self._read_start()
                        except Exception as e:
                            from .stream import destroy as _destroy_mod
                            _destroy_mod.error_or_destroy(self, e)
                        state.sync = False
                    else:
                        self.read(0)
        elif options.get('fd') is not None:
            fd = options['fd']
            if not _is_number(fd) or fd < 0 or fd != int(fd):
                raise _errors.ERR_INVALID_FD(fd)
            sock = _socket.socket(fileno=int(fd))
            sock.setblocking(False)
            self._adopt(sock, sock.family == _AF_UNIX)
            if options.get('readable') is not False and not options.get('manualStart'):
                self.read(0)

    def _init_fields(self, loop):
        """The socket's own state, as a new socket without options has it."""
        self._loop = loop
        self._handle = None
        self.connecting = False
        self._hadError = False
        self._host = None
        self._peername = None
        self._peer_raw = None
        self._sockname = None
        self._pipe = False
        self._reading = False
        self._out = None               # unsent rest of the chunk being written
        self._out_cb = None            # its Writable callback
        self._writer_on = False        # a writer callback is registered
        self._bytes_read = 0
        self._bytes_dispatched = 0
        self._pending_data = None      # a write waiting for 'connect'
        self._pending_encoding = ''
        self.timeout = None            # socket.timeout: undefined until setTimeout()
        self._timeout_ms = 0
        self._timer = None
        self._timer_due = 0.0
        self._last_active = 0.0
        self._last_fire = 0.0
        self._refed = True
        self._set_nodelay = False
        self._set_keepalive = False
        self._keepalive_delay = 0
        self.server = None
        self._server = None
        self._on_data = None
        self.resetAndClosing = False
        self._connect_req = None
        self._attempt = None
        self._parent = None
        self.blockList = None
        self._onread = None

    def _init_accepted(self, options, handle, pipe, loop):
        """`_init(dict(options), handle)` for a socket a Server accepted.

        `options` are the server's socket options with the four that
        `_init` forces already in (see Server._on_connection), so no hook,
        signal, onread, blockList or fd: what is left of `Duplex.__init__`
        is the two states and the emitter, and the first read(0) of a fresh
        socket is known to start reading."""
        hwm = options['readableHighWaterMark']
        if hwm.__class__ is int and hwm >= 0 and hwm == options['writableHighWaterMark']:
            # The states of options=None, then what the socket's options
            # change in them: what ReadableState/WritableState(options)
            # build, without reading the options one by one.
            r = self._readableState = ReadableState(None, self, True)
            r.highWaterMark = hwm
            r.emitClose = False
            w = self._writableState = WritableState(None, self, True)
            w.highWaterMark = hwm
            w.decodeStrings = False
            w.emitClose = False
        else:
            self._readableState = ReadableState(options, self, True)
            self._writableState = WritableState(options, self, True)
        self.allowHalfOpen = options['allowHalfOpen']
        EventEmitter.__init__(self)
        self._init_fields(loop)
        self._handle = handle
        self._pipe = pipe
        loop.ref_handle(self)
        if options['pauseOnCreate']:
            self.readableFlowing = False
            return
        state = self._readableState
        state.reading = True
        state.sync = True
        state.needReadable = True
        try:
            # _read_start() of a new connected socket without onread
            self._reading = True
            loop.add_reader(handle, self._on_readable)
        except Exception as e:
            from .stream import destroy as _destroy_mod
            _destroy_mod.error_or_destroy(self, e)
        state.sync = False

    def _add_abort_signal(self, signal):
        # new net.Socket({signal}): abort() destroys the socket with an
        # AbortError whose cause is the signal's reason (listener added on
        # the next tick, as Node does).
        from .events import AbortSignal, addAbortListener
        if not isinstance(signal, AbortSignal):
            raise _errors.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal)
        box = [None]

        def on_abort(*_):
            if box[0] is not None:
                box[0].dispose()
            self.destroy(_errors.AbortError(None, cause=signal.reason))

        if signal.aborted:
            _process.nextTick(on_abort)
        else:
            _process.nextTick(lambda: box.__setitem__(0, addAbortListener(signal, on_abort)))

    def _adopt(self, sock, pipe):
        """Take a connected, non-blocking socket (accepted, or given as fd)."""
        self._handle = sock
        self._pipe = bool(pipe)
        if self._refed:
            self._loop.ref_handle(self)
        else:
            self._loop.unref_handle(self)

    def _setup_onread(self, onread):
        if not isinstance(onread, dict):
            raise _errors.ERR_INVALID_ARG_TYPE('options.onread', 'Object', onread)
        buf = onread.get('buffer')
        cb = onread.get('callback')
        if not callable(cb):
            raise _errors.ERR_INVALID_ARG_TYPE('options.onread.callback', 'Function', cb)
        if buf is None or not (callable(buf) or isinstance(buf, (bytearray, memoryview))):
            raise _errors.ERR_INVALID_ARG_TYPE('options.onread.buffer',
                                               ['Buffer', 'TypedArray', 'DataView', 'Function'], buf)
        self._onread = (buf, _fit(cb))
        # like a hook: no 'data' events, pause()/resume() stop/start reading
        self._on_data = _onread_marker

    def _on_readable_onread(self):
        # onread: read straight into the user's buffer, at most its size
        h = self._handle
        buf, cb = self._onread
        target = buf() if callable(buf) else buf
        try:
            n = h.recv_into(target)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as e:
            self.destroy(_errors.from_oserror(e, 'read'))
            return
        if not n:
            self._on_eof()
            return
        self._bytes_read += n
        if self._timeout_ms:
            self._last_active = self._loop._now
        if cb(n, target) is False:
            self.pause()

    # -- properties (net.md) ---------------------------------------------------
    @property
    def pending(self):
        """net.md "socket.pending"."""
        return self._handle is None or self.connecting

    @property
    def _connecting(self):
        return self.connecting

    @property
    def readyState(self):
        """net.md "socket.readyState"."""
        if self.connecting:
            return 'opening'
        r = self.readable
        w = self.writable
        if r and w:
            return 'open'
        if r:
            return 'readOnly'
        if w:
            return 'writeOnly'
        return 'closed'

    @property
    def bufferSize(self):
        """net.md "socket.bufferSize" (deprecated: writableLength)."""
        if self._handle is not None:
            return self.writableLength
        return None

    @property
    def bytesRead(self):
        """net.md "socket.bytesRead"."""
        return self._bytes_read

    @property
    def bytesWritten(self):
        """net.md "socket.bytesWritten": bytes sent plus those still queued."""
        n = self._bytes_dispatched
        w = self._writableState
        buffered = w.buffered
        for i in range(w.bufferedIndex, len(buffered)):
            chunk, enc = buffered[i][0], buffered[i][1]
            n += len(chunk) if not isinstance(chunk, str) else len(_encode(chunk, enc))
        data = self._pending_data
        if data is not None:
            if isinstance(data, list):
                for el in data:
                    c = el['chunk']
                    n += len(c) if not isinstance(c, str) else len(_encode(c, el['encoding']))
            elif isinstance(data, str):
                n += len(_encode(data, self._pending_encoding))
            else:
                n += len(data)
        return n

    def _getpeername(self):
        if self._peername is None:
            if self._handle is None:
                return {}
            if self._peer_raw is not None:
                raw = self._peer_raw     # from accept(): 4-tuple for IPv6
                self._peername = _addr_dict(_AF_INET6 if len(raw) == 4 else _AF_INET, raw)
                return self._peername
            h = self._handle
            if h is None or h is _UNOPENED or self.connecting or self._pipe:
                return {}
            try:
                self._peername = _addr_dict(h.family, h.getpeername())
            except OSError:
                return {}
        return self._peername

    def _getsockname(self):
        h = self._handle
        if h is None or h is _UNOPENED or self._pipe:
            return {}
        if self._sockname is None:
            try:
                self._sockname = _addr_dict(h.family, h.getsockname())
            except OSError:
                return {}
        return self._sockname

    @property
    def remoteAddress(self):
        return self._getpeername().get('address')

    @property
    def remoteFamily(self):
        return self._getpeername().get('family')

    @property
    def remotePort(self):
        return self._getpeername().get('port')

    @property
    def localAddress(self):
        return self._getsockname().get('address')

    @property
    def localPort(self):
        return self._getsockname().get('port')

    @property
    def localFamily(self):
        return self._getsockname().get('family')

    def address(self):
        """net.md "socket.address()"."""
        return self._getsockname()

    # -- reading ---------------------------------------------------------------
    def _read(self, n):
        if self.connecting or self._handle is None:
            self.once('connect', lambda: self._read(n))
        elif not self._reading:
            self._read_start()

    def _read_start(self):
        h = self._handle
        if self._reading or h is None or h is _UNOPENED or self.connecting:
            return
        self._reading = True
        self._loop.add_reader(h, self._on_readable if self._onread is None else self._on_readable_onread)

    def _read_stop(self):
        if self._reading:
            self._reading = False
            h = self._handle
            if h is not None:
                self._loop.remove_reader(h)

    def _on_readable(self):
        h = self._handle
        loops = _READ_LOOPS
        while True:
            try:
                data = h.recv(_RECV_SIZE)
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                self.destroy(_errors.from_oserror(e, 'read'))
                return
            if not data:
                self._on_eof()
                return
            self._bytes_read += len(data)
            if self._timeout_ms:
                self._last_active = self._loop._now
            hook = self._on_data
            if hook is not None:
                hook(data)
            elif not self.push(data):
                self._read_stop()
                return
            loops -= 1
            if len(data) < _RECV_SIZE or not loops or not self._reading or self._handle is not h:
                return

    def _on_eof(self):
        self._read_stop()
        r = self._readableState
        if not r.endEmitted:
            # push(None) before any destroy so that 'end' comes before 'close'
            self.push(None)
            self.read(0)

    def pause(self):
        """net.md "socket.pause()"."""
        if self._on_data is not None and not self.connecting:
            self._read_stop()
        return Duplex.pause(self)

    def resume(self):
        """net.md "socket.resume()"."""
        if self._on_data is not None and not self.connecting and not self.destroyed:
            self._read_start()
        return Duplex.resume(self)

    # -- writing ---------------------------------------------------------------
    def write(self, chunk, encoding=None, cb=None):
        """net.md "socket.write(data[, encoding][, callback])"."""
        if cb is None and encoding is not None and encoding.__class__ is not str \
                and callable(encoding):
            cb, encoding = encoding, None          # write(data, callback)
        ws = self._writableState
        if (chunk.__class__ is bytes and encoding is None and chunk and not ws.writing
                and not ws.corked and not ws.ending and not ws.destroyed and ws.errored is None
                and ws.constructed and not self.connecting and not ws.objectMode
                and not self._write_hooked and type(self)._write is _SOCKET_WRITE):
            h = self._handle
            if h is not None and h is not _UNOPENED:
                if cb is None:
                    cb = _w_nop
                elif cb.__class__ is not _MethodType or cb.__func__ not in _FITS_ONE:
                    cb = _fit_n(cb, 1)
                # The hot path of write(bytes) on an idle, open socket: the
                # steps of Writable.write -> _do_write_call -> _write -> _send
                # -> _onwrite, fused.  Nothing runs user code between them,
                # so the intermediate states (writing, length, writecb) need
                # not be set when the kernel takes the whole chunk; otherwise
                # _write_rest sets them as the general path has them there.
                n = len(chunk)
                self._pending_data = None
                self._bytes_dispatched += n
                if self._timeout_ms:
                    self._last_active = self._loop._now
                try:
                    sent = h.send(chunk)
                except (BlockingIOError, InterruptedError):
                    sent = 0
                except OSError as e:
                    sent = e
                ws.pendingcb += 1
                if sent.__class__ is not int or sent != n:
                    return self._write_rest(h, chunk, cb, sent)
                # _onwrite, synchronous success (see there): defer the callback
                if cb is _w_nop:
                    if not ws.afterWritePending and ws.needDrain and ws.length == 0:
                        ws.afterWritePending = True
                        _ticks.append(_partial(_after_write, self, ws, 1, cb))
                    else:
                        ws.pendingcb -= 1
                else:
                    info = ws.afterWriteTickInfo
                    if info is not None and info[3] is cb:
                        info[2] += 1
                    else:
                        info = [self, ws, 1, cb]
                        ws.afterWriteTickInfo = info
                        ws.afterWritePending = True
                        _ticks.append(_partial(_after_write_tick, info))
                # (the write is done: length unchanged, below the mark)
                return (ws.length < ws.highWaterMark or ws.length == 0) \
                    and ws.errored is None and not ws.destroyed
        r = self._readableState
        if r.endEmitted and not self.allowHalfOpen and self._writableState.ending:
            return self._write_after_fin(chunk, encoding, cb)
        return Duplex.write(self, chunk, encoding, cb)

    def _write_rest(self, h, data, cb, sent):
        # write()'s fast path when the kernel took only part of the chunk
        # (sent bytes) or failed (sent is the OSError): the states of the
        # general path at that point, then its machinery.
        ws = self._writableState
        n = len(data)
        ws.length += n
        ws.writelen = n
        ws.writecb = cb
        ws.writing = True
        ws.sync = True
        onwrite = _partial(_w_onwrite, self)
        if sent.__class__ is int:
            self._send_later(h, data, sent, onwrite)
        else:
            onwrite(_errors.from_oserror(sent, 'write'))
        ws.sync = False
        ret = ws.length < ws.highWaterMark or ws.length == 0
        if not ret:
            ws.needDrain = True
        return ret and ws.errored is None and not ws.destroyed

    def _write_after_fin(self, chunk, encoding, cb):
        # The peer ended and so did we: Node's writeAfterFIN.
        if callable(encoding):
            cb = encoding
        er = _errors.epipe_ended()
        if callable(cb):
            _process.nextTick(_fit(cb), er)
        self.destroy(er)
        return False

    def _write(self, data, encoding, cb):
        if self.connecting:
            self._defer_write(False, data, encoding, cb)
            return
        self._pending_data = None
        h = self._handle
        if h is None or h is _UNOPENED:
            cb(_errors.ERR_SOCKET_CLOSED())
            return
        if type(data) is str:
            data = _encode(data, encoding)
        self._send(h, data, cb)

    def _writev(self, chunks, cb):
        if self.connecting:
            self._defer_write(True, chunks, '', cb)
            return
        self._pending_data = None
        h = self._handle
        if h is None or h is _UNOPENED:
            cb(_errors.ERR_SOCKET_CLOSED())
            return
        parts = []
        for el in chunks:
            c = el['chunk']
            parts.append(_encode(c, el['encoding']) if type(c) is str else c)
        self._send(h, b''.join(parts), cb)

    def _send(self, h, data, cb):
        n = len(data)
        self._bytes_dispatched += n
        if self._timeout_ms:
            self._last_active = self._loop._now
        try:
            sent = h.send(data)
        except (BlockingIOError, InterruptedError):
            sent = 0
        except OSError as e:
            cb(_errors.from_oserror(e, 'write'))
            return
        if sent == n:
            cb(None)
            return
        self._send_later(h, data, sent, cb)

    def _send_later(self, h, data, sent, cb):
        # The kernel took `sent` bytes: the rest goes out when the socket is
        # writable (_on_writable), then cb(None).
        self._out = memoryview(data)[sent:]
        self._out_cb = cb
        if not self._writer_on:
            self._writer_on = True
            self._loop.add_writer(h, self._on_writable)

    def _on_writable(self):
        h = self._handle
        out = self._out
        if out is None:
            self._writer_on = False
            if h is not None:
                self._loop.remove_writer(h)
            return
        try:
            sent = h.send(out)
        except (BlockingIOError, InterruptedError):
            return
        except OSError as e:
            cb = self._out_cb
            self._out = self._out_cb = None
            self._writer_on = False
            self._loop.remove_writer(h)
            cb(_errors.from_oserror(e, 'write'))
            return
        if self._timeout_ms:
            self._last_active = self._loop._now
        if sent < len(out):
            self._out = out[sent:]
            return
        cb = self._out_cb
        self._out = self._out_cb = None
        cb(None)
        # the callback may have started the next write (still registered then)
        if self._out is None and self._writer_on:
            self._writer_on = False
            h = self._handle
            if h is not None:
                self._loop.remove_writer(h)

    def _defer_write(self, writev, data, encoding, cb):
        # Node's _writeGeneric while connecting: park the chunk until 'connect'.
        self._pending_data = data
        self._pending_encoding = encoding

        def on_close(*_):
            cb(_errors.ERR_SOCKET_CLOSED_BEFORE_CONNECTION())

        def on_connect():
            self.removeListener('close', on_close)
            if writev:
                self._writev(data, cb)
            else:
                self._write(data, encoding, cb)

        self.once('connect', on_connect)
        self.once('close', on_close)

    def _final(self, cb):
        h = self._handle
        if h is None or self.connecting:        # self.pending
            # still connecting: shut down once connected
            self.once('connect', lambda: self._final(cb))
            return
        if h is _UNOPENED:
            cb(None)
            return
        # libuv finishes uv_shutdown from the loop once the write queue is
        # empty; the Writable only calls _final after every write completed.
        self._loop.call_pending(self._after_shutdown, h, cb)

    def _after_shutdown(self, h, cb):
        if self._handle is h:
            try:
                h.shutdown(_socket.SHUT_WR)
            except OSError as e:
                if e.errno != _errno.ENOTCONN:
                    cb(_errors.from_oserror(e, 'shutdown'))
                    return
        cb(None)

    def end(self, data=None, encoding=None, callback=None):
        """net.md "socket.end([data[, encoding]][, callback])": half-close."""
        Duplex.end(self, data, encoding, callback)
        return self

    def destroySoon(self):
        """net.md "socket.destroySoon()"."""
        if self.writable:
            self.end()
        if self.writableFinished:
            self.destroy()
        else:
            self.once('finish', self.destroy)

    # -- destroying -------------------------------------------------------------
    def _destroy(self, exception, cb):
        self.connecting = False
        if self._timer is not None:
            self._clear_timer()
        att = self._attempt
        if att is not None:
            self._attempt = None
            att.abort()
        h = self._handle
        if h is not None:
            is_exception = exception is not None
            loop = self._loop
            self._reading = False
            self._writer_on = False
            if h is not _UNOPENED:
                try:
                    loop.remove_fd(h)
                except (OSError, ValueError):
                    pass
                if self.resetAndClosing:
                    self.resetAndClosing = False
                    try:
                        # SO_LINGER {on, 0}: close() sends RST (uv_tcp_close_reset)
                        h.setsockopt(_socket.SOL_SOCKET, _socket.SO_LINGER,
                                     b'\x01\x00\x00\x00\x00\x00\x00\x00')
                    except OSError:
                        pass
                h.close()
            loop.forget_handle(self)
            out_cb = self._out_cb
            self._out = self._out_cb = None
            self._handle = None
            self._sockname = None
            cb(exception)
            # uv_close: the loop runs the close callbacks of one iteration
            # newest first, as libuv (sockets destroyed together close in reverse)
            loop.call_close(self._finish_close, out_cb, is_exception)
        else:
            cb(exception)
            _process.nextTick(self.emit, 'close')
        server = self._server
        if server is not None:
            server._nconn -= 1
            if not server._nconn and server._handle is None:
                server._emit_close_if_drained()

    def _finish_close(self, out_cb, had_error):
        # uv_close: a write still queued is cancelled first (its callback gets
        # `write ECANCELED`, which the Writable hands to every buffered write
        # too; no 'error' since the stream is already destroyed), then 'close'.
        if out_cb is not None:
            out_cb(_errors.uv_exception('ECANCELED', 'write'))
        self.emit('close', had_error)

    def resetAndDestroy(self):
        """net.md "socket.resetAndDestroy()": close with RST."""
        h = self._handle
        if h is not None:
            if self._pipe:
                raise _errors.ERR_INVALID_HANDLE_TYPE()
            if self.connecting:
                self.once('connect', self._reset)
            else:
                self._reset()
        else:
            self.destroy(_errors.ERR_SOCKET_CLOSED())
        return self

    def _reset(self):
        self.resetAndClosing = True
        return self.destroy()

    def _loop_shutdown(self):
        self.destroy()

    # -- options ---------------------------------------------------------------
    def setNoDelay(self, noDelay=True):
        """net.md "socket.setNoDelay([noDelay])"."""
        enable = bool(noDelay)
        h = self._handle
        if h is None or h is _UNOPENED:
            self._set_nodelay = enable
            return self
        if not self._pipe and enable != self._set_nodelay:
            self._set_nodelay = enable
            try:
                h.setsockopt(_IPPROTO_TCP, _TCP_NODELAY, 1 if enable else 0)
            except OSError:
                pass
        return self

    def setKeepAlive(self, enable=False, initialDelay=0):
        """net.md "socket.setKeepAlive([enable][, initialDelay])"."""
        enable = bool(enable)
        try:
            delay = int((initialDelay or 0) / 1000)
        except TypeError:
            delay = 0
        h = self._handle
        if h is None or h is _UNOPENED:
            self._set_keepalive = enable
            self._keepalive_delay = delay
            return self
        if self._pipe:
            return self
        if enable != self._set_keepalive or (enable and self._keepalive_delay != delay):
            self._set_keepalive = enable
            self._keepalive_delay = delay
            _apply_keepalive(h, enable, delay)
        return self

    def setTimeout(self, timeout, callback=None):
        """net.md "socket.setTimeout(timeout[, callback])"."""
        if self.destroyed:
            return self
        self.timeout = timeout
        ms = _timer_duration(timeout, 'msecs')
        if callback is not None and not callable(callback):
            raise _errors.ERR_INVALID_ARG_TYPE('callback', 'Function', callback)
        now = self._loop._now
        self._last_active = now
        if ms == 0:
            # An armed timer is left to lapse (it sees _timeout_ms == 0 and
            # stops): http turns the idle timeout off and on for every request.
            self._timeout_ms = 0
            if callback is not None:
                self.removeListener('timeout', callback)
            return self
        self._timeout_ms = ms
        # Re-arm only when the new deadline is earlier than the armed one: an
        # armed timer re-checks the idle time when it fires (cheap refresh).
        if self._timer is None or self._timer_due > now + ms:
            self._arm_timer(ms)
        if callback is not None:
            self.once('timeout', callback)
        return self

    def _arm_timer(self, ms):
        if self._timer is not None:
            _timers.clearTimeout(self._timer)
        t = self._timer = _timers.setTimeout(self._on_timer, ms)
        t.unref()
        self._timer_due = self._loop._now + ms

    def _clear_timer(self):
        t = self._timer
        if t is not None:
            self._timer = None
            _timers.clearTimeout(t)

    def _unrefTimer(self):
        # Node's name: the socket was active (read, write, connect)
        self._last_active = self._loop._now

    def _on_timer(self):
        self._timer = None
        ms = self._timeout_ms
        if not ms or self.destroyed:
            return
        now = self._loop._now
        due = self._last_active + ms
        if due - now >= 1:
            self._arm_timer(due - now)
            return
        if self._last_active < self._last_fire:
            # idle since the last 'timeout': keep watching for new activity
            self._arm_timer(ms)
            return
        self._last_fire = now
        # keep a timer armed so that activity after 'timeout' re-arms it, as
        # Node's refresh() of a fired timer does
        self._arm_timer(ms)
        self.emit('timeout')

    def ref(self):
        """net.md "socket.ref()"."""
        if self._handle is None:
            self.once('connect', self.ref)
            return self
        self._refed = True
        self._loop.ref_handle(self)
        return self

    def unref(self):
        """net.md "socket.unref()"."""
        if self._handle is None:
            self.once('connect', self.unref)
            return self
        self._refed = False
        self._loop.unref_handle(self)
        return self

    # -- connecting --------------------------------------------------------------
    def connect(self, *args, **kwargs):
        """net.md "socket.connect()": (options[, cb]), (path[, cb]), (port[, host][, cb])."""
        options, cb = _normalize_args(args, kwargs)
        if options.get('port') is None and options.get('path') is None:
            raise _errors.ERR_MISSING_ARGS(['options', 'port', 'path'])
        if cb is not None:
            self.once('connect', cb)
        if self.connecting:
            return self
        if self.destroyed:
            self._handle = None
            self._peername = None
            self._peer_raw = None
            self._sockname = None
            self._undestroy()
        if self._handle is None:
            # the byte counters belong to the handle (a reconnect starts at 0)
            self._bytes_read = 0
            self._bytes_dispatched = 0
        path = options.get('path')
        pipe = bool(path)
        if self._handle is None:
            self._handle = _UNOPENED
            self._pipe = pipe
        self._last_active = self._loop._now
        self.connecting = True
        # referenced once the arguments are valid (a TCP handle that never
        # connects does not keep libuv's loop alive)
        if pipe:
            if not isinstance(path, str):
                raise _errors.ERR_INVALID_ARG_TYPE('options.path', 'string', path)
            self._ref_if_wanted()
            self._internal_connect(path, None, None, None, None)
        else:
            self._lookup_and_connect(options)
        return self

    def _ref_if_wanted(self):
        if self._refed:
            self._loop.ref_handle(self)
        else:
            self._loop.unref_handle(self)

    def _lookup_and_connect(self, options):
        local_address = options.get('localAddress')
        local_port = options.get('localPort')
        host = options.get('host') or 'localhost'
        port = options.get('port')
        if local_address and not isIP(local_address):
            raise _errors.ERR_INVALID_IP_ADDRESS(local_address)
        if local_port:
            if not _is_number(local_port):
                raise _errors.ERR_INVALID_ARG_TYPE('options.localPort', 'number', local_port)
        if port is not None:
            if isinstance(port, bool) or not isinstance(port, (int, float, str)):
                raise _errors.ERR_INVALID_ARG_TYPE('options.port', ['number', 'string'], port)
            port = _validate_port(port)
        port = int(port or 0)
        family = _lookup_family(options.get('family'))
        auto = options.get('autoSelectFamily')
        if auto is None:
            auto = _default_auto_select_family[0]
        attempt_timeout = options.get('autoSelectFamilyAttemptTimeout')
        if attempt_timeout is None:
            attempt_timeout = _default_attempt_timeout[0]
        else:
            attempt_timeout = max(10, attempt_timeout)

        address_type = isIP(host)
        if address_type:
            # An IP needs no lookup: connect on the next tick.
            self._ref_if_wanted()
            _process.nextTick(self._connect_if_connecting, host, port, address_type,
                              local_address, local_port)
            return
        lookup = options.get('lookup')
        if lookup is not None and not callable(lookup):
            raise _errors.ERR_INVALID_ARG_TYPE('options.lookup', 'Function', lookup)
        self._ref_if_wanted()
        dnsopts = {'family': family, 'hints': options.get('hints') or 0}
        if family not in (4, 6) and dnsopts['hints'] == 0:
            dnsopts['hints'] = getattr(_socket, 'AI_ADDRCONFIG', 0)
        self._host = host
        if lookup is None:
            lookup = _dns_lookup
        if family not in (4, 6) and not local_address and auto:
            dnsopts['all'] = True
            lookup(host, dnsopts, lambda err, addresses=None, *_: self._after_lookup_all(
                err, addresses, host, port, local_address, local_port, attempt_timeout,
                options))
            return

        def emit_lookup(err, ip=None, address_type=None, *_):
            self.emit('lookup', err, ip, address_type, host)
            if not self.connecting:
                return
            if err:
                _process.nextTick(self._connect_error_nt, err)
            elif not isinstance(ip, str) or not isIP(ip):
                _process.nextTick(self._connect_error_nt, _errors.ERR_INVALID_IP_ADDRESS(ip))
            elif address_type not in (4, 6):
                _process.nextTick(self._connect_error_nt, _errors.ERR_INVALID_ADDRESS_FAMILY(
                    address_type, options.get('host'), options.get('port')))
            else:
                self._last_active = self._loop._now
                self._internal_connect(ip, port, address_type, local_address, local_port)

        lookup(host, dnsopts, emit_lookup)

    def _after_lookup_all(self, err, addresses, host, port, local_address, local_port,
                          attempt_timeout, options):
        if not self.connecting:
            return
        if err:
            self.emit('lookup', err, None, None, host)
            _process.nextTick(self._connect_error_nt, err)
            return
        if isinstance(addresses, str):
            # a custom lookup that answered (err, address, family)
            addresses = [{'address': addresses, 'family': None}]
        valid = ([], [])
        seen = (set(), set())
        order = None
        for a in addresses:
            ip = a.get('address')
            fam = a.get('family')
            self.emit('lookup', err, ip, fam, host)
            if not self.connecting:
                return
            if isIP(ip) and fam in (4, 6):
                if order is None:
                    order = {6: 0, 4: 1} if fam == 6 else {4: 0, 6: 1}
                d = order[fam]
                if ip not in seen[d]:
                    seen[d].add(ip)
                    valid[d].append((ip, fam))
        if not valid[0] and not valid[1]:
            first = addresses[0] if addresses else {}
            ip = first.get('address')
            if not isIP(ip):
                e = _errors.ERR_INVALID_IP_ADDRESS(ip)
            else:
                e = _errors.ERR_INVALID_ADDRESS_FAMILY(first.get('family'), options.get('host'),
                                                       options.get('port'))
            _process.nextTick(self._connect_error_nt, e)
            return
        to_attempt = []
        for i in range(max(len(valid[0]), len(valid[1]))):
            if i < len(valid[0]):
                to_attempt.append(valid[0][i])
            if i < len(valid[1]):
                to_attempt.append(valid[1][i])
        self._last_active = self._loop._now
        if len(to_attempt) == 1:
            ip, fam = to_attempt[0]
            self._internal_connect(ip, port, fam, local_address, local_port)
            return
        self.autoSelectFamilyAttemptedAddresses = []
        _MultiConnect(self, to_attempt, port, local_port, attempt_timeout).next()

    def _connect_if_connecting(self, host, port, address_type, local_address, local_port):
        if self.connecting:
            self._internal_connect(host, port, address_type, local_address, local_port)

    def _connect_error_nt(self, err):
        self.destroy(err)

    def _internal_connect(self, address, port, address_type, local_address, local_port):
        if address_type == 4:
            family = _AF_INET
        elif address_type == 6:
            family = _AF_INET6
        else:
            family = _AF_UNIX
        try:
            sock = _socket.socket(family, _SOCK_STREAM)
        except OSError as e:
            self.destroy(_errors.from_oserror(e, 'connect', address, port))
            return
        sock.setblocking(False)
        self._handle = sock
        if local_address or local_port:
            if not local_address:
                local_address = '0.0.0.0' if address_type == 4 else '::'
            try:
                if family == _AF_INET6:
                    sock.bind((local_address, local_port or 0, 0, 0))
                else:
                    sock.bind((local_address, local_port or 0))
            except OSError as e:
                self.destroy(_errors.from_oserror(e, 'bind', local_address, local_port))
                return
        self.emit('connectionAttempt', address, port, address_type)
        if self._handle is not sock:     # destroyed by a listener
            return
        bl = self.blockList
        if bl is not None and family != _AF_UNIX and bl.check(address, 'ipv%d' % address_type):
            self.destroy(_errors.ERR_IP_BLOCKED(address))
            return
        self._connect_req = (address, port, address_type, local_address, local_port)
        try:
            if family == _AF_UNIX:
                err = sock.connect_ex(address)
            else:
                err = sock.connect_ex((address, port))
        except OSError as e:
            err = e.errno or _errno.EINVAL
        if err in _NOT_YET or err == 0:
            # (a Unix socket may connect at once: libuv still waits for POLLOUT)
            self._loop.add_writer(sock, self._on_connect_writable)
        elif err in (_errno.ECONNREFUSED, _errno.ENOENT) or family == _AF_UNIX:
            # libuv delays these (delayed_error / pipe connect) to the loop
            self._loop.call_pending(self._after_connect_status, sock, err)
        else:
            details = None
            try:
                sn = sock.getsockname()
                details = (sn[0], sn[1])
            except OSError:
                pass
            self.destroy(_errors.uv_exception(err, 'connect', address, port, details))

    def _on_connect_writable(self):
        sock = self._handle
        if sock is None or sock is _UNOPENED:
            return
        self._loop.remove_writer(sock)
        status = sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR)
        self._after_connect(status)

    def _after_connect_status(self, sock, status):
        if self._handle is sock:
            self._after_connect(status)

    def _after_connect(self, status):
        if self.destroyed:
            return
        self.connecting = False
        self._sockname = None
        address, port, address_type, local_address, local_port = self._connect_req
        self._connect_req = None
        if status == 0:
            self._last_active = self._loop._now
            h = self._handle
            if not self._pipe:
                if self._set_nodelay:
                    try:
                        h.setsockopt(_IPPROTO_TCP, _TCP_NODELAY, 1)
                    except OSError:
                        pass
                if self._set_keepalive:
                    _apply_keepalive(h, True, self._keepalive_delay)
            self.emit('connect')
            self.emit('ready')
            # start the first read (or get an immediate EOF)
            if not self.isPaused():
                self.read(0)
        else:
            local = (local_address, local_port) if local_address and local_port else None
            ex = _errors.uv_exception(status, 'connect', address, port, local)
            self.emit('connectionAttemptFailed', address, port, address_type, ex)
            self.destroy(ex)


_SOCKET_WRITE = Socket._write  # (Socket.write's fast path: _write not overridden)

Stream = Socket  # net.Stream: Node's legacy alias


def _apply_keepalive(h, enable, delay):
    try:
        h.setsockopt(_socket.SOL_SOCKET, _socket.SO_KEEPALIVE, 1 if enable else 0)
        if enable:
            if delay > 0 and hasattr(_socket, 'TCP_KEEPIDLE'):
                h.setsockopt(_IPPROTO_TCP, _socket.TCP_KEEPIDLE, delay)
            if hasattr(_socket, 'TCP_KEEPINTVL'):
                h.setsockopt(_IPPROTO_TCP, _socket.TCP_KEEPINTVL, 1)
            if hasattr(_socket, 'TCP_KEEPCNT'):
                h.setsockopt(_IPPROTO_TCP, _socket.TCP_KEEPCNT, 10)
    except OSError:
        pass


class _MultiConnect:
    """autoSelectFamily (net.md "socket.connect(options[, connectListener])"):
    try each address in turn, each attempt but the last limited to
    autoSelectFamilyAttemptTimeout ms; one AggregateError when all fail."""

    __slots__ = ('socket', 'addresses', 'current', 'port', 'local_port', 'timeout',
                 'errors', 'sock', 'timer', 'req')

    def __init__(self, socket, addresses, port, local_port, timeout):
        self.socket = socket
        self.addresses = addresses
        self.current = 0
        self.port = port
        self.local_port = local_port
        self.timeout = timeout
        self.errors = []
        self.sock = None
        self.timer = None
        self.req = None

    def next(self):
        s = self.socket
        if self.current >= len(self.addresses):
            s._attempt = None
            s.destroy(_AggregateError(self.errors))
            return
        ip, fam = self.addresses[self.current]
        self.current += 1
        bl = s.blockList
        if bl is not None and bl.check(ip, 'ipv%d' % fam):
            self.errors.append(_errors.ERR_IP_BLOCKED(ip))
            self.next()
            return
        s._attempt = self
        s.autoSelectFamilyAttemptedAddresses.append('%s:%s' % (ip, self.port))
        family = _AF_INET6 if fam == 6 else _AF_INET
        sock = _socket.socket(family, _SOCK_STREAM)
        sock.setblocking(False)
        self.sock = sock
        self.req = (ip, self.port, fam)
        if self.local_port:
            try:
                sock.bind(('::' if fam == 6 else '0.0.0.0', self.local_port))
            except OSError as e:
                sock.close()
                self.sock = None
                s.destroy(_errors.from_oserror(e, 'bind', '::' if fam == 6 else '0.0.0.0',
                                               self.local_port))
                return
        s.emit('connectionAttempt', ip, self.port, fam)
        if self.sock is not sock:
            return
        err = sock.connect_ex((ip, self.port))
        loop = s._loop
        if err in _NOT_YET or err == 0:
            loop.add_writer(sock, self.on_writable)
        else:
            loop.call_pending(self.finish, sock, err)
        if self.current < len(self.addresses):
            t = self.timer = _timers.setTimeout(self.on_timeout, self.timeout)
            t.unref()

    def on_writable(self):
        sock = self.sock
        if sock is None:
            return
        self.socket._loop.remove_writer(sock)
        self.finish(sock, sock.getsockopt(_socket.SOL_SOCKET, _socket.SO_ERROR))

    def finish(self, sock, status):
        if sock is not self.sock:
            return
        s = self.socket
        if self.timer is not None:
            _timers.clearTimeout(self.timer)
            self.timer = None
        if s.destroyed:
            return
        ip, port, fam = self.req
        if status == 0:
            s._attempt = None
            self.sock = None
            s._handle = sock
            s._connect_req = (ip, port, fam, None, None)
            s._after_connect(0)
            return
        self._close_sock()
        ex = _errors.uv_exception(status, 'connect', ip, port)
        s.emit('connectionAttemptFailed', ip, port, fam, ex)
        self.errors.append(ex)
        self.next()

    def on_timeout(self):
        self.timer = None
        s = self.socket
        if self.sock is None or s.destroyed:
            return
        ip, port, fam = self.req
        self._close_sock()
        s.emit('connectionAttemptTimeout', ip, port, fam)
        self.next()

    def _close_sock(self):
        sock = self.sock
        self.sock = None
        if sock is not None:
            loop = self.socket._loop
            try:
                loop.remove_fd(sock)
            except (OSError, ValueError):
                pass
            sock.close()

    def abort(self):
        if self.timer is not None:
            _timers.clearTimeout(self.timer)
            self.timer = None
        self._close_sock()


# -- Server ---------------------------------------------------------------------

class Server(EventEmitter):
    """net.md "Class: net.Server"."""

    def __init__(self, options=None, connectionListener=None, **kwargs):
        EventEmitter.__init__(self)
        if callable(options):
            connectionListener, options = options, None
            self.on('connection', connectionListener)
            options = _opts(None, kwargs)
        elif options is None or isinstance(options, dict):
            options = _opts(options, kwargs)
            if callable(connectionListener):
                self.on('connection', connectionListener)
        else:
            raise _errors.ERR_INVALID_ARG_TYPE('options', 'Object', options)
        kaid = options.get('keepAliveInitialDelay')
        if kaid is not None and not _is_number(kaid):
            raise _errors.ERR_INVALID_ARG_TYPE('options.keepAliveInitialDelay', 'number', kaid)
        hwm = options.get('highWaterMark')
        if hwm is not None and not _is_number(hwm):
            raise _errors.ERR_INVALID_ARG_TYPE('options.highWaterMark', 'number', hwm)
        self._nconn = 0                 # Node's server._connections
        self._handle = None
        self._unref = False
        self._listening_id = 1
        self._pipeName = None
        self._unlink_path = None
        self.allowHalfOpen = bool(options.get('allowHalfOpen'))
        self.pauseOnConnect = bool(options.get('pauseOnConnect'))
        self.noDelay = bool(options.get('noDelay'))
        self.keepAlive = bool(options.get('keepAlive'))
        self.keepAliveInitialDelay = int((kaid or 0) / 1000)
        self.highWaterMark = hwm if hwm is not None else getDefaultHighWaterMark()
        bl = options.get('blockList')
        if bl is not None and not isinstance(bl, BlockList):
            raise _errors.ERR_INVALID_ARG_TYPE('options.blockList', 'net.BlockList', bl)
        self.blockList = bl
        self.maxConnections = None
        self.dropMaxConnection = None   # cluster mode only (net.md "server.dropMaxConnection")
        self._socket_opts = None
        self._family = _AF_INET

    @property
    def listening(self):
        """net.md "server.listening"."""
        return self._handle is not None

    def listen(self, *args, **kwargs):
        """net.md "server.listen()": (port[, host[, backlog]][, cb]), (path[, backlog][, cb]),
        (options[, cb]), (handle[, backlog][, cb])."""
        if kwargs and not args:
            # listen(port=0, host=...): the options form
            args = (dict(kwargs),)
            kwargs = None
        options, cb = _normalize_args(args, kwargs)
        if self._handle is not None:
            raise _errors.ERR_SERVER_ALREADY_LISTEN()
        if cb is not None:
            self.once('listening', cb)
        backlog_from_args = (_to_number(args[1]) if len(args) > 1 else False) or \
            (_to_number(args[2]) if len(args) > 2 else False)
        arg0 = args[0] if args else None
        if isinstance(arg0, dict):
            raw = arg0
        else:
            raw = options
        # a handle: a server, a socket, or an object with an fd
        handle = options.get('_handle') or options.get('handle')
        if handle is not None or (isinstance(arg0, (Server, Socket))):
            target = arg0 if isinstance(arg0, (Server, Socket)) else handle
            return self._listen_handle(target, options.get('backlog') or backlog_from_args)
        self._listening_id += 1
        signal = options.get('signal')
        if signal is not None:
            self._add_abort_signal(signal)
        fd = options.get('fd')
        if _is_number(fd) and fd >= 0:
            return self._listen_fd(int(fd), options.get('backlog') or backlog_from_args)
        if not args or callable(arg0) or ('port' in raw and raw.get('port') is None):
            options['port'] = 0
        port = options.get('port')
        if _is_number(port) or isinstance(port, str):
            port = _validate_port(port, 'options.port')
            backlog = options.get('backlog') or backlog_from_args
            # 'exclusive' only matters with cluster workers (not modelled here)
            flags = (bool(options.get('ipv6Only')), bool(options.get('reusePort')))
            host = options.get('host')
            if host:
                self._lookup_and_listen(port, host, backlog, flags)
            else:
                self._setup_listen_handle(None, port, 4, backlog, flags)
            return self
        path = options.get('path')
        if path and _is_pipe_name(path):
            self._pipeName = path
            backlog = options.get('backlog') or backlog_from_args
            self._setup_listen_handle(path, -1, -1, backlog, (False, False))
            if self._handle is None:
                return self
            mode = 0
            if options.get('readableAll') is True:
                mode |= 0o444
            if options.get('writableAll') is True:
                mode |= 0o222
            if mode and not path.startswith('\0'):
                try:
                    _os.chmod(path, _os.stat(path).st_mode | mode)
                except OSError as e:
                    self._close_handle()
                    raise _errors.from_oserror(e, 'uv_pipe_chmod')
            return self
        if 'port' not in raw and 'path' not in raw:
            raise _errors.ERR_INVALID_ARG_VALUE(
                'options', raw, 'must have the property "port" or "path"')
        raise _errors.ERR_INVALID_ARG_VALUE('options', raw)

    def _add_abort_signal(self, signal):
        # listen({signal}): abort() is close()
        from .events import AbortSignal, addAbortListener
        if not isinstance(signal, AbortSignal):
            raise _errors.ERR_INVALID_ARG_TYPE('signal', 'AbortSignal', signal)

        def on_abort(*_):
            self.close()

        if signal.aborted:
            _process.nextTick(on_abort)
        else:
            disposable = addAbortListener(signal, on_abort)
            self.once('close', lambda *_: disposable.dispose())

    def _lookup_and_listen(self, port, host, backlog, flags):
        listening_id = self._listening_id

        def do_listen(err, ip=None, address_type=None):
            if listening_id != self._listening_id:
                return
            if err:
                self.emit('error', err)
            else:
                self._setup_listen_handle(ip, port, address_type if ip else 4, backlog, flags)

        _dns_lookup(host, {}, do_listen)

    def _create_handle(self, address, port, address_type, flags):
        """Node's createServerHandle(): a bound socket, or an errno."""
        ipv6_only, reuse_port = flags
        if port == -1 and address_type == -1:
            sock = _socket.socket(_AF_UNIX, _SOCK_STREAM)
            try:
                sock.bind(address)
            except OSError as e:
                sock.close()
                return e.errno or _errno.EINVAL
            return sock
        if not address:
            # Try the unspecified IPv6 address (dual-stack) first, then IPv4.
            sock = self._bind_tcp(_AF_INET6, '::', port, ipv6_only, reuse_port)
            if not isinstance(sock, int) or sock == _errno.EADDRINUSE:
                return sock
            return self._create_handle('0.0.0.0', port, 4, (False, False))
        family = _AF_INET6 if address_type == 6 else _AF_INET
        return self._bind_tcp(family, address, port, ipv6_only, reuse_port)

    @staticmethod
    def _bind_tcp(family, address, port, ipv6_only, reuse_port):
        try:
            sock = _socket.socket(family, _SOCK_STREAM)
        except OSError as e:
            return e.errno or _errno.EAFNOSUPPORT
        try:
            # "All net.Socket are set to SO_REUSEADDR" (libuv does it on bind)
            sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEADDR, 1)
            if reuse_port:
                sock.setsockopt(_socket.SOL_SOCKET, _socket.SO_REUSEPORT, 1)
            if family == _AF_INET6:
                sock.setsockopt(_socket.IPPROTO_IPV6, _socket.IPV6_V6ONLY, 1 if ipv6_only else 0)
                sock.bind((address, port, 0, 0))
            else:
                sock.bind((address, port))
        except OSError as e:
            sock.close()
            return e.errno or _errno.EINVAL
        return sock

    def _setup_listen_handle(self, address, port, address_type, backlog, flags):
        """Node's setupListenHandle(): bind, listen, then 'listening' on the next tick."""
        if self._handle is None:
            rval = self._create_handle(address, port, address_type, flags)
            if address is None and not isinstance(rval, int):
                address = '::' if rval.family == _AF_INET6 else '0.0.0.0'
            elif address is None:
                address = '::'
            if isinstance(rval, int):
                err = _errors.uv_exception(rval, 'listen', address, port)
                _process.nextTick(self._emit_error_nt, err)
                return
            sock = rval
            try:
                sock.listen(backlog or _DEFAULT_BACKLOG)
            except OSError as e:
                sock.close()
                err = _errors.uv_exception(e.errno or _errno.EINVAL, 'listen', address, port)
                _process.nextTick(self._emit_error_nt, err)
                return
            sock.setblocking(False)
            self._handle = sock
            if sock.family == _AF_UNIX and isinstance(address, str) and not address.startswith('\0'):
                # libuv unlinks the socket file when the server closes
                self._unlink_path = address
        self._family = int(self._handle.family)
        loop = get_loop()
        loop.add_reader(self._handle, self._on_acceptable)
        if self._unref:
            loop.unref_handle(self)
        else:
            loop.ref_handle(self)
        _process.nextTick(self._emit_listening_nt)

    def _listen_handle(self, target, backlog):
        h = getattr(target, '_handle', None)
        if isinstance(target, dict):
            h = target.get('_handle') or target.get('handle')
            fd = target.get('fd')
            if h is None and _is_number(fd):
                return self._listen_fd(int(fd), backlog)
        if h is None or not hasattr(h, 'fileno'):
            raise _errors.ERR_INVALID_ARG_VALUE('options', target)
        sock = h.dup() if isinstance(target, Server) else h
        try:
            sock.listen(backlog or _DEFAULT_BACKLOG)
        except OSError as e:
            _process.nextTick(self._emit_error_nt, _errors.from_oserror(e, 'listen'))
            return self
        sock.setblocking(False)
        self._handle = sock
        self._setup_listen_handle(None, 0, 4, backlog, (False, False))
        return self

    def _listen_fd(self, fd, backlog):
        try:
            sock = _socket.socket(fileno=fd)
            sock.listen(backlog or _DEFAULT_BACKLOG)
        except OSError as e:
            _process.nextTick(self._emit_error_nt, _errors.from_oserror(e, 'listen'))
            return self
        sock.setblocking(False)
        self._handle = sock
        self._setup_listen_handle(None, 0, 4, backlog, (False, False))
        return self

    def _emit_error_nt(self, err):
        self.emit('error', err)

    def _emit_listening_nt(self):
        # 'listening' only if still listening (a close() on the same tick wins)
        if self._handle is not None:
            self.emit('listening')

    def _on_acceptable(self):
        # libuv's uv__server_io: accept until EAGAIN (bounded here so that one
        # busy listener cannot starve the rest of the loop)
        lsock = self._handle
        accept = lsock._accept          # (fd, address): no socket object churn
        family = self._family
        new_socket = _socket.socket
        for _ in range(_ACCEPT_LOOPS):
            if self._handle is not lsock:
                return
            try:
                fd, addr = accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError as e:
                if e.errno in (_errno.ECONNABORTED, _errno.EPROTO):
                    continue
                if e.errno in (_errno.EMFILE, _errno.ENFILE):
                    # Out of descriptors: the pending connection stays queued
                    # and the listener stays readable; stop polling it for a
                    # moment instead of spinning (libuv has its EMFILE trick).
                    loop = get_loop()
                    loop.remove_reader(lsock)
                    t = _timers.setTimeout(self._resume_accepting, 50, lsock)
                    t.unref()
                self.emit('error', _errors.from_oserror(e, 'accept'))
                return
            conn = new_socket(family, _SOCK_STREAM, 0, fd)
            conn.setblocking(False)
            self._on_connection(conn, addr, family)

    def _resume_accepting(self, lsock):
        if self._handle is lsock:
            get_loop().add_reader(lsock, self._on_acceptable)

    def _on_connection(self, conn, addr, family):
        """Node's onconnection(): drop over maxConnections, else 'connection'."""
        mc = self.maxConnections
        if mc is not None and self._nconn >= mc:
            if family != _AF_UNIX:
                data = {}
                try:
                    local = _addr_dict(family, conn.getsockname())
                    data['localAddress'] = local['address']
                    data['localPort'] = local['port']
                    data['localFamily'] = local['family']
                except OSError:
                    pass
                remote = _addr_dict(family, addr)
                data['remoteAddress'] = remote['address']
                data['remotePort'] = remote['port']
                data['remoteFamily'] = remote['family']
                self.emit('drop', data)
            else:
                self.emit('drop')
            conn.close()
            return
        pipe = family == _AF_UNIX
        bl = self.blockList
        if bl is not None and not pipe:
            ip = addr[0]
            if bl.check(ip, 'ipv6' if family == _AF_INET6 else 'ipv4'):
                conn.close()            # Node closes blocked peers silently
                return
        opts = self._socket_opts
        if opts is None or opts['readableHighWaterMark'] != self.highWaterMark \
                or opts['allowHalfOpen'] != self.allowHalfOpen \
                or opts['pauseOnCreate'] != self.pauseOnConnect or opts['_pipe'] != pipe:
            opts = self._socket_opts = {
                'allowHalfOpen': self.allowHalfOpen, 'pauseOnCreate': self.pauseOnConnect,
                'readable': True, 'writable': True,
                'readableHighWaterMark': self.highWaterMark,
                'writableHighWaterMark': self.highWaterMark, '_pipe': pipe,
                # what Socket._init adds
                'emitClose': False, 'autoDestroy': True, 'decodeStrings': False,
            }
        socket = Socket.__new__(Socket)
        if Socket._construct is None:
            socket._init_accepted(opts, conn, pipe, get_loop())
        else:
            socket._init(dict(opts), conn)
        if not pipe:
            socket._peer_raw = addr
            if self.noDelay:
                socket._set_nodelay = True
                try:
                    conn.setsockopt(_IPPROTO_TCP, _TCP_NODELAY, 1)
                except OSError:
                    pass
            if self.keepAlive:
                socket._set_keepalive = True
                socket._keepalive_delay = self.keepAliveInitialDelay
                _apply_keepalive(conn, True, self.keepAliveInitialDelay)
        self._nconn += 1
        socket.server = self
        socket._server = self
        self.emit('connection', socket)

    def address(self):
        """net.md "server.address()"."""
        h = self._handle
        if h is not None and h.family != _AF_UNIX:
            try:
                return _addr_dict(h.family, h.getsockname())
            except OSError as e:
                raise _errors.from_oserror(e, 'address')
        if self._pipeName is not None:
            return self._pipeName
        return None

    def close(self, cb=None):
        """net.md "server.close([callback])"."""
        if callable(cb):
            if self._handle is None:
                fitted = _fit(cb)
                self.once('close', lambda *_: fitted(_errors.ERR_SERVER_NOT_RUNNING()))
            else:
                self.once('close', cb)
        if self._handle is not None:
            self._close_handle()
        self._emit_close_if_drained()
        return self

    def _close_handle(self):
        h = self._handle
        self._handle = None
        loop = get_loop()
        try:
            loop.remove_fd(h)
        except (OSError, ValueError):
            pass
        h.close()
        loop.forget_handle(self)
        path = self._unlink_path
        if path is not None:
            self._unlink_path = None
            try:
                _os.unlink(path)
            except OSError:
                pass

    def _emit_close_if_drained(self):
        if self._handle is not None or self._nconn:
            return
        _process.nextTick(self._emit_close_nt)

    def _emit_close_nt(self):
        self.emit('close')

    def getConnections(self, cb):
        """net.md "server.getConnections(callback)"."""
        _process.nextTick(_fit(cb), None, self._nconn)
        return self

    def ref(self):
        """net.md "server.ref()"."""
        self._unref = False
        if self._handle is not None:
            get_loop().ref_handle(self)
        return self

    def unref(self):
        """net.md "server.unref()"."""
        self._unref = True
        if self._handle is not None:
            get_loop().unref_handle(self)
        return self

    def asyncDispose(self):
        """net.md "server[Symbol.asyncDispose]()": close(); `.then(cb)` once closed."""
        from ._util import Thenable
        p = Thenable()
        if self._handle is None:
            p._resolve(None)
            return p
        self.close(lambda err=None: p._reject(err) if err else p._resolve(None))
        return p

    def _loop_shutdown(self):
        if self._handle is not None:
            self.close()


# -- factories --------------------------------------------------------------------

def createServer(options=None, connectionListener=None, **kwargs):
    """net.md "net.createServer([options][, connectionListener])"."""
    return Server(options, connectionListener, **kwargs)


def connect(*args, **kwargs):
    """net.md "net.createConnection()": a new Socket that starts connecting."""
    options, cb = _normalize_args(args, kwargs)
    socket = Socket(options)
    if options.get('timeout'):
        socket.setTimeout(options['timeout'])
    return socket.connect(_Normalized((options, cb)))


createConnection = connect
