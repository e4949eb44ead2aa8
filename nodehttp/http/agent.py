"""http.Agent and http.globalAgent (http.md "Class: http.Agent",
"http.globalAgent"; Node: lib/_http_agent.js).

Theory of operation
-------------------
An Agent keeps, per pool name (``getName(options)``: ``host:port:localAddress``
plus ``:family`` and ``:socketPath``), three lists:

- ``sockets[name]``: sockets attached to a request (or being created);
- ``freeSockets[name]``: idle kept-alive sockets (``keepAlive: True``);
- ``requests[name]``: requests waiting because ``maxSockets`` or
  ``maxTotalSockets`` is reached.

``addRequest(req, options)`` takes a free socket (``lifo``: the most recently
freed, ``fifo``: the oldest), or creates one when under the limits, or queues
the request.  When a response is done and the connection may be kept, the
ClientRequest makes the socket emit ``'free'``; the socket's listener
re-emits it on the agent, whose own ``'free'`` listener (installed in the
constructor, as Node does) hands the socket to the next queued request, or
pools it (``keepSocketAlive``), or destroys it.  A socket leaves the agent
only on ``'close'`` or ``'agentRemove'`` (``removeSocket``), which is also
when a queued request gets a new connection.

The server's ``Keep-Alive: timeout=N`` hint lowers the pooled socket's timeout
to ``N*1000 - agentKeepAliveTimeoutBuffer`` (when the agent has a ``timeout``);
a pooled socket that times out is destroyed.
"""

import math
import os
from functools import partial as _partial

from nodehttp import errors
from nodehttp._util import PerClass, fit
from nodehttp.events import EventEmitter
from nodehttp.http.client import ClientRequest as _ClientRequest
from nodehttp.http.proxy import env_wants_proxy, parse_proxy_config
from nodehttp.loop import _ticks
from nodehttp.net import Socket as _Socket

_ee_emit = EventEmitter.emit

__all__ = ['Agent', 'globalAgent']


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _calculate_server_name(options, req):
    """Node: calculateServerName() -- the TLS SNI name; '' for IP literals."""
    servername = options.get('host') or ''
    host_header = req.getHeader('host') if req is not None else None
    if isinstance(host_header, str) and host_header:
        if host_header.startswith('['):
            end = host_header.find(']')
            servername = host_header[1:end] if end != -1 else host_header
        else:
            servername = host_header.split(':', 1)[0]
    if _is_ip(servername):
        return ''
    return servername


def _js(v):
    # String concatenation as JS does it (numbers, booleans).
    if isinstance(v, str):
        return v
    from nodehttp.http.common import js_str
    return js_str(v)


def _net_connect(options):
    """net.createConnection(options), with the checks Node's net.connect makes first."""
    from nodehttp import net
    path = options.get('path')
    if path is not None and not isinstance(path, str):
        raise errors.ERR_INVALID_ARG_TYPE('options.path', 'string', path)
    return net.createConnection({k: v for k, v in options.items() if v is not None})


_ip_cache = {}


def _is_ip(s):
    r = _ip_cache.get(s)
    if r is None:
        import ipaddress
        try:
            ipaddress.ip_address(s)
            r = True
        except ValueError:
            r = False
        if len(_ip_cache) < 1024:
            _ip_cache[s] = r
    return r


def _normalize_server_name(options, req):
    if not options.get('servername') and options.get('servername') != '':
        options['servername'] = _calculate_server_name(options, req)


def _count(mapping):
    return sum(len(v) for v in mapping.values())


class Agent(EventEmitter):
    """http.Agent -- http.md "Class: http.Agent"."""

    defaultMaxSockets = math.inf

    def __init__(self, options=None, **kwargs):
        EventEmitter.__init__(self)
        if isinstance(options, dict) or options is None:
            options = dict(options or ())
        else:
            options = dict(getattr(options, '__dict__', {}))
        options.update(kwargs)
        # JS undefined: a None option is an option left out.
        options = {k: v for k, v in options.items() if v is not None}
        if options.get('noDelay') is None:
            options['noDelay'] = True
        # Don't let net think this is a Unix socket (Node: options.path = null).
        options['path'] = None
        self.options = options
        self.defaultPort = options.get('defaultPort') or 80
        self.protocol = options.get('protocol') or 'http:'
        self.requests = {}
        self.sockets = {}
        self.freeSockets = {}
        self.keepAliveMsecs = options.get('keepAliveMsecs') or 1000
        self.keepAlive = options.get('keepAlive') or False
        self.maxSockets = options.get('maxSockets') or Agent.defaultMaxSockets
        self.maxFreeSockets = options.get('maxFreeSockets') or 256
        self.scheduling = options.get('scheduling') or 'lifo'
        self.maxTotalSockets = options.get('maxTotalSockets')
        self.totalSocketCount = 0
        buf = options.get('agentKeepAliveTimeoutBuffer')
        self.agentKeepAliveTimeoutBuffer = buf if (
            _is_number(buf) and buf >= 0 and math.isfinite(buf)) else 1000

        if self.scheduling not in ('fifo', 'lifo'):
            raise errors.ERR_INVALID_ARG_VALUE(
                'scheduling', self.scheduling, "must be one of: 'fifo', 'lifo'")
        if self.maxTotalSockets is not None:
            if not _is_number(self.maxTotalSockets):
                raise errors.ERR_INVALID_ARG_TYPE('maxTotalSockets', 'number', self.maxTotalSockets)
            if not self.maxTotalSockets >= 1:
                raise errors.ERR_OUT_OF_RANGE('maxTotalSockets', '>= 1', self.maxTotalSockets)
        else:
            self.maxTotalSockets = math.inf

        # http.md "Built-in Proxy Support"
        proxy_env = options.get('proxyEnv')
        self._proxy = parse_proxy_config(proxy_env, self.protocol, bool(self.keepAlive)) \
            if proxy_env else None

        # Node installs its pool logic as the agent's first 'free' listener.
        self.on('free', self._on_free)

    # -- pool logic ------------------------------------------------------
    def _on_free(self, socket, options):
        # The options are the ones the socket was created with; their pool
        # name was computed then (Node recomputes getName(options): same value).
        name = options.get('_agentKey') or self.getName(options)
        if socket.__class__ is _Socket:
            # socket.writable (Writable.writable), inlined for a net.Socket
            w = socket._writableState
            writable = (w is not None and w.writable is not False and not w.destroyed
                        and not w.errored and not w.ending and not w.ended)
        else:
            writable = socket.writable
        if not writable:
            socket.destroy()
            return
        requests = self.requests.get(name)
        if requests:
            req = requests.pop(0)
            self._set_request_socket(req, socket)
            if not requests:
                del self.requests[name]
            return
        # No one waits: pool the socket if this request and agent allow it.
        req = getattr(socket, '_httpMessage', None)
        if req is None or not req.shouldKeepAlive or not self.keepAlive:
            socket.destroy()
            return
        free = self.freeSockets.get(name) or []
        free_len = len(free)
        count = free_len
        busy = self.sockets.get(name)
        if busy:
            count += len(busy)
        if (self.totalSocketCount > self.maxTotalSockets or count > self.maxSockets
                or free_len >= self.maxFreeSockets or not self.keepSocketAlive(socket)):
            socket.destroy()
            return
        self.freeSockets[name] = free
        socket._httpMessage = None
        if self.requests or not _PLAIN_AGENT_CLASSES[type(self)]:
            self.removeSocket(socket, options)
        else:
            # removeSocket(), inlined for the usual case: the socket is
            # writable (checked above), so only sockets[name] (`busy`, looked
            # up above) holds it, and no request waits for a socket of any
            # origin.
            if busy:
                try:
                    busy.remove(socket)
                except ValueError:
                    pass
                else:
                    if not busy:
                        del self.sockets[name]
        # Node: socket.once('error', freeSocketErrorListener) -- here a flag read
        # by the 'error' listener the agent put on the socket when it was made.
        socket._agent_pooled = True
        free.append(socket)

    def _set_request_socket(self, req, socket):
        # Node: setRequestSocket() -- the request's own timeout wins over the agent's.
        req.onSocket(socket)
        self._request_timeout(req, socket)

    def _request_timeout(self, req, socket):
        agent_timeout = self.options.get('timeout') or 0
        timeout = getattr(req, 'timeout', None)
        if timeout is None or timeout == agent_timeout:
            return
        socket.setTimeout(timeout)

    def addRequest(self, req, options, port=None, localAddress=None):
        """Give req a socket now, or queue it (Node: Agent.prototype.addRequest)."""
        if isinstance(options, str):  # legacy addRequest(req, host, port, localAddress)
            options = {'host': options, 'port': port, 'localAddress': localAddress}
        own = self.options
        plain = _PLAIN_AGENT_CLASSES[type(self)]
        if plain and _NAME_KEYS.isdisjoint(own):
            # The pool name of {**options, **own} is that of options when the
            # agent's own options hold none of its fields: the merged copy is
            # only made below when a socket must be created or the request
            # must wait.
            host = options.get('host')
            port = options.get('port')
            if host.__class__ is str and host and port.__class__ is int and port \
                    and _NAME_EXTRA_KEYS.isdisjoint(options):
                # getName() for a host string and a port number (what
                # ClientRequest passes) without the other fields
                name = f'{host}:{port}:'   # (str and int: one build)
            else:
                name = _get_name(self, options)
            merged = False
        else:
            options = {**options, **own}
            if options.get('socketPath'):
                options['path'] = options['socketPath']
            # (Node normalizes servername here too; for http it only reaches
            # createConnection, and createSocket() does it again.)
            name = self.getName(options)
            merged = True
        sockets = self.sockets.get(name)
        if sockets is None:
            sockets = self.sockets[name] = []
        free = self.freeSockets.get(name)
        socket = None
        if free:
            while free:
                first = free[0]
                if first.__class__ is _Socket:
                    # first.destroyed (Duplex.destroyed), inlined for a net.Socket
                    r = first._readableState
                    w = first._writableState
                    if r is None or w is None or not r.destroyed or not w.destroyed:
                        break
                elif not first.destroyed:
                    break
                free.pop(0)
            if free:
                socket = free.pop(0) if self.scheduling == 'fifo' else free.pop()
            if not free:
                del self.freeSockets[name]
        if socket is not None:
            if plain:
                # reuseSocket(), inlined
                socket._agent_pooled = False
                req.reusedSocket = True
                if socket.__class__ is _Socket and socket._handle is not None:
                    # socket.ref() of a net.Socket with its handle, inlined
                    socket._refed = True
                    socket._loop.ref_handle(socket)
                else:
                    socket.ref()
            else:
                self.reuseSocket(socket, req)
            # _set_request_socket(), inlined for a request without its own
            # timeout (nothing to do after onSocket).
            if type(req).onSocket is _client_on_socket:
                # ClientRequest.onSocket(socket), inlined: _on_socket_nt
                # on the next tick
                _ticks.append(_partial(req._on_socket_nt, socket, None))
            else:
                req.onSocket(socket)
            if getattr(req, 'timeout', None) is not None:
                self._request_timeout(req, socket)
            sockets.append(socket)
            return
        sock_len = (len(free) if free else 0) + len(sockets)
        if not merged:
            options = {**options, **own}
            if options.get('socketPath'):
                options['path'] = options['socketPath']
        if sock_len < self.maxSockets and self.totalSocketCount < self.maxTotalSockets:
            def created(err, socket=None):
                if err is not None:
                    req.onSocket(socket, err)
                else:
                    self._set_request_socket(req, socket)
            self.createSocket(req, options, created)
        else:
            # Over a limit: wait in the queue (Node keeps the options for
            # requests that get a socket of another origin later).
            req._agent_options = options
            self.requests.setdefault(name, []).append(req)

    def createSocket(self, req, options, cb):
        """Open a connection for req and register it (Node: Agent.prototype.createSocket)."""
        options = {**options, **self.options}
        if options.get('socketPath'):
            options['path'] = options['socketPath']
        _normalize_server_name(options, req)
        name = self.getName(options)
        options['_agentKey'] = name
        options['encoding'] = None
        done = [False]

        def oncreate(err=None, s=None):
            if done[0]:
                return
            done[0] = True
            if err is not None:
                cb(err)
                return
            self.sockets.setdefault(name, []).append(s)
            self.totalSocketCount += 1
            _install_listeners(self, s, options)
            cb(None, s)

        if self.keepAlive:
            options['keepAlive'] = self.keepAlive
            options['keepAliveInitialDelay'] = self.keepAliveMsecs
        conn_options = options
        proxy = self._proxy
        if proxy is not None and getattr(req, '_proxied', False):
            # Connect to the proxy; the pool name stays the origin's.
            conn_options = dict(options)
            conn_options['host'] = proxy.hostname
            conn_options['port'] = proxy.port
        create = self.createConnection
        if type(self).createConnection is not Agent.createConnection:
            create = fit(create)   # a subclass may take (options) only
        new_socket = create(conn_options, oncreate)
        if new_socket is not None:
            oncreate(None, new_socket)

    def createConnection(self, options, callback=None):
        """http.md agent.createConnection(options[, callback]): net.createConnection()
        (the callback is the socket's 'connect' listener, called with no argument)."""
        socket = _net_connect(options)
        if callback is not None:
            socket.once('connect', callback)
        return socket

    def removeSocket(self, s, options):
        """Forget s; if requests wait, open a socket for one (Node: removeSocket)."""
        name = options.get('_agentKey') or self.getName(options)
        sets = [self.sockets]
        # A destroyed socket may still be in the free lists.
        if not s.writable:
            sets.append(self.freeSockets)
        for sockets in sets:
            lst = sockets.get(name)
            if lst:
                try:
                    lst.remove(s)
                except ValueError:
                    pass
                else:
                    if not lst:
                        del sockets[name]
        req = None
        waiting = self.requests.get(name)
        if waiting:
            req = waiting[0]
        else:
            # Node: not FIFO across origins; the first origin not at its limit.
            for prop in list(self.requests):
                if self.sockets.get(prop):
                    break
                req = self.requests[prop][0]
                options = req._agent_options
                break
        if req is not None and options:
            req._agent_options = None

            def created(err, socket=None):
                if err is not None:
                    req.onSocket(socket, err)
                else:
                    socket.emit('free')
            self.createSocket(req, options, created)

    def keepSocketAlive(self, socket):
        """http.md agent.keepSocketAlive(socket)."""
        if socket.__class__ is _Socket and socket._handle is not None:
            # socket.setKeepAlive(True, keepAliveMsecs) and socket.unref() of a
            # net.Socket with its handle, inlined: setKeepAlive changes nothing
            # when keep-alive is already on with that delay (a pooled socket
            # from the second time on), else it is called.
            try:
                delay = int((self.keepAliveMsecs or 0) / 1000)
            except TypeError:
                delay = 0
            if socket._set_keepalive is not True or socket._keepalive_delay != delay:
                socket.setKeepAlive(True, self.keepAliveMsecs)
            socket._refed = False
            socket._loop.unref_handle(socket)
        else:
            socket.setKeepAlive(True, self.keepAliveMsecs)
            socket.unref()
        agent_timeout = self.options.get('timeout') or 0
        can_keep = True
        req = getattr(socket, '_httpMessage', None)
        res = getattr(req, 'res', None) if req is not None else None
        if res is not None:
            # res.headers['keep-alive'] (its first value) without making
            # res.headers (no __dict__: CPython 3.11 would build it)
            h = getattr(res, '_headers', None)
            if h is not None:
                hint = h.get('keep-alive')
            else:
                hint = None
                raw = res.rawHeaders
                for i in range(0, len(raw) - 1, 2):
                    name = raw[i]
                    if len(name) == 10 and name.lower() == 'keep-alive':
                        hint = raw[i + 1]
                        break
            if hint:
                seconds = _hint_seconds.get(hint)
                if seconds is None:
                    m = _KEEP_ALIVE_HINT.match(hint)
                    seconds = int(m.group(1)) if m else -1
                    if len(_hint_seconds) < 64:
                        _hint_seconds[hint] = seconds
                if seconds >= 0:
                    # Expire a little before the server does (agentKeepAliveTimeoutBuffer).
                    server_timeout = seconds * 1000 - self.agentKeepAliveTimeoutBuffer
                    if server_timeout <= 0:
                        can_keep = False
                    elif server_timeout < agent_timeout:
                        agent_timeout = server_timeout
        if socket.timeout != agent_timeout:
            socket.setTimeout(agent_timeout)
        return can_keep

    def reuseSocket(self, socket, request):
        """http.md agent.reuseSocket(socket, request)."""
        socket._agent_pooled = False
        request.reusedSocket = True
        socket.ref()

    def destroy(self):
        """http.md agent.destroy(): destroy free and in-use sockets."""
        for group in (self.freeSockets, self.sockets):
            for name in list(group):
                for s in list(group.get(name, ())):
                    s.destroy()

    def getName(self, options=None):
        """http.md agent.getName([options]): host:port:localAddress[:family][:socketPath]."""
        if options is None:
            return 'localhost::'
        get = options.get
        host = get('host') or 'localhost'
        port = get('port')
        local = get('localAddress')
        name = (host if type(host) is str else _js(host)) + ':'
        if port:
            name += str(port) if type(port) is int else _js(port)
        name += ':'
        if local:
            name += _js(local)
        family = get('family')
        if family == 4 or family == 6:
            if type(family) is int:
                name += ':%d' % family
        socket_path = get('socketPath')
        if socket_path:
            name += ':' + _js(socket_path)
        return name

    def __repr__(self):
        return '<Agent keepAlive=%r sockets=%d free=%d requests=%d>' % (
            self.keepAlive, _count(self.sockets), _count(self.freeSockets), _count(self.requests))


import re as _re  # noqa: E402
_KEEP_ALIVE_HINT = _re.compile(r'^timeout=(\d+)')
_hint_seconds = {}     # Keep-Alive header value -> its timeout=N, -1 if none
_get_name = Agent.getName
_client_on_socket = _ClientRequest.onSocket


# type -> True for Agent subclasses that override none of getName, reuseSocket,
# removeSocket, keepSocketAlive and emit, which the pool's shortcuts
# (addRequest, _on_free, the socket's 'free' listener) inline or assume
_PLAIN_AGENT_CLASSES = PerClass(
    lambda cls: (cls.getName is _get_name and cls.reuseSocket is Agent.reuseSocket
                 and cls.removeSocket is Agent.removeSocket
                 and cls.keepSocketAlive is Agent.keepSocketAlive and cls.emit is _ee_emit))
# The options getName() reads.
_NAME_KEYS = frozenset(('host', 'port', 'localAddress', 'family', 'socketPath'))
_NAME_EXTRA_KEYS = _NAME_KEYS - {'host', 'port'}


def _install_listeners(agent, s, options):
    """The socket-side listeners that keep the agent's lists right."""

    def on_free(*_):
        if _PLAIN_AGENT_CLASSES[type(agent)]:   # (emit among the methods it checks)
            # agent.emit('free', s, options) inlined: the slot for two
            # arguments (the Agent's _on_free first), nothing when none.
            try:
                h = agent._events.get('free')
            except AttributeError:      # (as emit: an Agent without __init__)
                h = None
            if h is not None:
                h[2](s, options)
        else:
            agent.emit('free', s, options)

    def on_close(*_):
        # The only place sockets leave the agent (besides 'agentRemove').
        agent.totalSocketCount -= 1
        agent.removeSocket(s, options)

    def on_timeout(*_):
        # A free socket that times out is destroyed.
        for lst in agent.freeSockets.values():
            if s in lst:
                s.destroy()
                return

    def on_error(*_):
        # Node: freeSocketErrorListener -- a pooled socket that errors is dropped.
        if getattr(s, '_agent_pooled', False):
            s._agent_pooled = False
            s.destroy()
            s.emit('agentRemove')

    def on_remove(*_):
        agent.totalSocketCount -= 1
        agent.removeSocket(s, options)
        s.removeListener('close', on_close)
        s.removeListener('free', on_free)
        s.removeListener('timeout', on_timeout)
        s.removeListener('agentRemove', on_remove)
        s.removeListener('error', on_error)

    s.on('free', on_free)
    s.on('close', on_close)
    s.on('timeout', on_timeout)
    s.on('agentRemove', on_remove)
    s.on('error', on_error)


def _global_agent():
    env = os.environ
    return Agent({
        'keepAlive': True, 'scheduling': 'lifo', 'timeout': 5000,
        'proxyEnv': dict(env) if env_wants_proxy(env) else None,
    })


# http.md http.globalAgent: keepAlive and a 5 s timeout (Node >= 19).
globalAgent = _global_agent()
Agent.globalAgent = globalAgent
