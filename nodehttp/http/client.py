"""http.ClientRequest, http.request() and http.get() (http.md "Class:
http.ClientRequest", "http.request()", "http.get()"; Node: lib/_http_client.js),
plus Node 0.8's ``http.createClient()`` and the old class names.

Theory of operation
-------------------
``ClientRequest(url, options, cb)`` validates everything synchronously (bad
arguments raise at the call, as Node throws), stores the headers, and asks
its Agent for a socket (``agent.addRequest``) -- or, with ``agent=None`` and a
``createConnection`` option, makes its own.  Whoever produces the socket calls
``req.onSocket(socket)``, which always continues on the next tick
(``_on_socket_nt``): a request destroyed in between gives up there
('error' socket hang up unless aborted, then 'close'); otherwise the request
attaches its listeners to the socket (Node's tickOnSocket), emits
``'socket'`` and flushes what ``write()``/``end()`` parked in ``outputData``.

Responses are parsed by a sans-IO ``ResponseParser`` fed from the socket's
``'data'``.  Its ``on_headers_complete`` hook runs while parsing (llhttp's
callback), so the answer that decides how the body is parsed -- skip it for
HEAD and 1xx, stop for CONNECT/101 -- is given exactly where Node gives it:

  1xx (not 101)     'continue' (100) + 'information', body skipped, parse on
  CONNECT / 101     'connect' / 'upgrade' with the socket and the bytes after
                    the head, or the socket is destroyed if nobody listens
  otherwise         'response' (or the body is dumped), body -> res.push(),
                    end -> res 'end' -> keep-alive or close

Keep-alive: when the response has ended and the request has finished, the
socket is detached (listeners off) and, on the next tick, the request emits
'close' and the socket emits 'free' for the Agent to pool or reuse it
(``_response_keep_alive``).  Otherwise the socket is closed after the
response, and 'close' follows the socket's own 'close'.

Errors: a socket error goes to the request's 'error'; a socket that ends or
closes before any response gives 'socket hang up' (ECONNRESET); one that
closes mid-body destroys the response with 'aborted' (ECONNRESET).

Per-request costs kept low (the keep-alive path is the hot one):

- the socket's listeners ('error', 'end', 'close', 'drain', 'timeout') are
  added once per socket (``_SocketHooks``) and forward to the request that owns
  the socket; flags on the request (``_l_*``) say which of Node's per-request
  listeners would be attached at that moment;
- bytes reach the parser through net's ``_on_data`` hook, not 'data' events
  (DEVIATION: the socket emits no 'data' while a request owns it);
- a socket keeps its parser between responses (Node keeps a parser pool);
- the Agent's pool name is computed once per socket (``options._agentKey``);
- shortcuts with exact guards (tests/unit/test_client_fast_paths.py compares
  each with the general code): the constructor skips the lookups of the
  rarely used options (``_RARE_OPTIONS``) when none is given; ``end()``
  before the socket parks the rendered head directly and ``_on_socket_nt``
  writes it without ``_flush``; the response is made by
  ``IncomingMessage._fast_new``; the Agent names the pool without its merged
  options copy when reusing a free socket; ``end()`` renders the usual head
  (Host alone, a method without a body) itself; the response callback's
  once slot and the response's own 'end' slot are stored directly; a whole
  response in one read is parsed by ``ResponseParser._simple_response``
  (through ``_feed_split``: head and body, delivered without ``_deliver``);
  the request's own emits ('socket', 'prefinish', 'finish', 'close') and
  the socket's 'free' are EventEmitter.emit inlined for a class that keeps
  it (``_PLAIN_SEND_CLASSES``); the usual Host header is remembered per
  (host, port, default port) once validated;
- a request stays within 29 instance attributes (defaults live on the
  class): beyond that CPython 3.11 gives every instance a dict of its own.
  The names are made known to the class at import (``_REQUEST_ATTRIBUTES``):
  CPython stops taking new names as instances are made, so names first set
  once several requests exist would give each request a dict as well.
"""

import base64
import math
import re
from functools import partial as _partial

from nodehttp import errors, process
from nodehttp._util import PerClass, fit
from nodehttp.events import EventEmitter, _ANY, _CO_VARARGS, _FunctionType, _Once
from nodehttp.http import common
from nodehttp.http.common import check_is_http_token
from nodehttp.http.incoming import IncomingMessage
from nodehttp.http.outgoing import OutgoingMessage, _parse_unique_headers
from nodehttp.http.parser import (
    Body, HeadersComplete, MessageComplete, ParseError, ResponseParser, Upgrade,
)
from nodehttp.loop import _ticks
from nodehttp.net import Socket as _Socket

__all__ = ['ClientRequest', 'request', 'get', 'createClient',
           'ClientResponse', 'ServerRequest']

# Node: INVALID_PATH_REGEX -- anything outside \u0021-\u00ff.
_INVALID_PATH = re.compile('[^\u0021-\u00ff]')
_NO_BODY_METHODS = frozenset(('GET', 'HEAD', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT'))
_tick = _ticks.append  # process.nextTick without the argument check
_ee_emit = EventEmitter.emit
_TIMEOUT_MAX = 2 ** 31 - 1
_MAX_SAFE_INTEGER = 2 ** 53 - 1
_INF = float('inf')


def _is_number(v):
    return isinstance(v, (int, float)) and not isinstance(v, bool)


def _informational(status):
    # 1xx except 101 Switching Protocols (Node: statusIsInformational).
    return status != 101 and 100 <= status < 200


# Options the constructor reads besides the usual ones (host, hostname, port,
# path, agent, method, headers, protocol): when none is given, their lookups
# are skipped.
_RARE_OPTIONS = frozenset((
    '_defaultAgent', 'createConnection', 'defaultPort', 'setHost', 'setDefaultHeaders',
    'socketPath', 'timeout', 'maxHeaderSize', 'insecureHTTPParser', 'joinDuplicateHeaders',
    'uniqueHeaders', 'auth', 'signal',
))
_invalid_value_search = common._invalid_header_char_re.search
_method_names = {}
_host_headers = {}      # (host, port, default port) -> its valid Host header
_new_once = _Once.__new__


def _method_name(method):
    """options.method validated and upper-cased (cached per spelling)."""
    name = _method_names.get(method) if method.__class__ is str else None
    if name is not None:
        return name
    if not isinstance(method, str):
        raise errors.ERR_INVALID_ARG_TYPE('options.method', 'string', method)
    if not method:
        return 'GET'
    if not check_is_http_token(method):
        raise errors.ERR_INVALID_HTTP_TOKEN('Method', method)
    name = method.upper()
    if len(_method_names) < 64:
        _method_names[method] = name
    return name


def _host_header(host, port, default_port):
    """The Host header for host and port (IPv6 literals in brackets, the
    port left out when it is the default one)."""
    # RFC 3986 §3.2.2: IPv6 literals go in brackets.
    colon = host.find(':')
    if colon != -1 and ':' in host[colon + 1:] and not host.startswith('['):
        host = '[%s]' % host
    if port and (port if type(port) is int else _num(port)) != default_port:
        host += ':%s' % port
    return host


def _validate_host(host, name):
    if host is not None and not isinstance(host, str):
        raise errors.ERR_INVALID_ARG_TYPE('options.' + name, ['string', 'undefined', 'null'], host)
    return host


def _timer_duration(msecs, name):
    """Node: getTimerDuration() -- validateNumber(msecs, name, 0), capped."""
    if not _is_number(msecs):
        raise errors.ERR_INVALID_ARG_TYPE(name, 'number', msecs)
    if msecs != msecs or msecs < 0:
        raise errors.ERR_OUT_OF_RANGE(name, '>= 0', msecs)
    if msecs > _TIMEOUT_MAX:
        process.emitWarning(
            '%s does not fit into a 32-bit signed integer.\nTimer duration was truncated to %d.'
            % (errors.js_number(msecs), _TIMEOUT_MAX), 'TimeoutOverflowWarning')
        return _TIMEOUT_MAX
    return msecs


# -- WHATWG URL -> request options ------------------------------------------

_SPECIAL_PORTS = {'http:': 80, 'https:': 443, 'ws:': 80, 'wss:': 443, 'ftp:': 21, 'file:': None}
_SCHEME = re.compile(r'^([A-Za-z][A-Za-z0-9+.\-]*):')
# WHATWG path and query percent-encode sets (ASCII part).
_PATH_ENCODE = frozenset(' "#<>?`{}')
_QUERY_ENCODE = frozenset(' "#<>\'')
_FORBIDDEN_HOST = re.compile(r'[\x00\t\n\r #/:<>?@\[\\\]^|%]')


def _pct(s, encode_set):
    out = []
    for ch in s:
        o = ord(ch)
        if o < 0x21 or o > 0x7e or ch in encode_set:
            out.append(''.join('%%%02X' % b for b in ch.encode('utf-8', 'surrogatepass')))
        else:
            out.append(ch)
    return ''.join(out)


def _remove_dot_segments(path):
    segs = path.split('/')[1:]
    out = []
    for i, seg in enumerate(segs):
        last = i == len(segs) - 1
        low = seg.lower()
        if low in ('..', '.%2e', '%2e.', '%2e%2e'):
            if out:
                out.pop()
            if last:
                out.append('')
        elif low in ('.', '%2e'):
            if last:
                out.append('')
        else:
            out.append(seg)
    return '/' + '/'.join(out)


def parse_url(input_):
    """new URL(input) for the parts a request needs; ERR_INVALID_URL if invalid."""
    s = input_.strip('\x00\x01\x02\x03\x04\x05\x06\x07\x08\t\n\x0b\x0c\r\x0e\x0f\x10'
                     '\x11\x12\x13\x14\x15\x16\x17\x18\x19\x1a\x1b\x1c\x1d\x1e\x1f ')
    s = s.replace('\t', '').replace('\n', '').replace('\r', '')
    m = _SCHEME.match(s)
    if m is None:
        raise errors.ERR_INVALID_URL(input_)
    protocol = m.group(1).lower() + ':'
    rest = s[m.end():]
    special = protocol in _SPECIAL_PORTS
    if special:
        rest = rest.replace('\\', '/')
        rest = rest.lstrip('/')
    elif rest.startswith('//'):
        rest = rest[2:]
    else:
        # An opaque URL (mailto:...): not an HTTP target; the protocol check rejects it.
        return {'protocol': protocol, 'hostname': '', 'path': rest, 'href': s,
                'pathname': rest, 'search': '', 'hash': ''}
    frag = ''
    i = rest.find('#')
    if i != -1:
        rest, frag = rest[:i], rest[i:]
    end = len(rest)
    for ch in '/?':
        j = rest.find(ch)
        if j != -1 and j < end:
            end = j
    authority, tail = rest[:end], rest[end:]
    userinfo = ''
    at = authority.rfind('@')
    if at != -1:
        userinfo, authority = authority[:at], authority[at + 1:]
    port = ''
    if authority.startswith('['):
        close = authority.find(']')
        if close == -1:
            raise errors.ERR_INVALID_URL(input_)
        hostname = authority[:close + 1].lower()
        after = authority[close + 1:]
        if after:
            if not after.startswith(':'):
                raise errors.ERR_INVALID_URL(input_)
            port = after[1:]
        try:
            import ipaddress
            ipaddress.IPv6Address(hostname[1:-1])
        except ValueError:
            raise errors.ERR_INVALID_URL(input_) from None
    else:
        colon = authority.rfind(':')
        if colon != -1:
            hostname, port = authority[:colon], authority[colon + 1:]
        else:
            hostname = authority
        from urllib.parse import unquote
        hostname = unquote(hostname).lower()
        if special and (not hostname or _FORBIDDEN_HOST.search(hostname)):
            raise errors.ERR_INVALID_URL(input_)
        try:
            hostname = hostname.encode('idna').decode('ascii') if not hostname.isascii() else hostname
        except UnicodeError:
            raise errors.ERR_INVALID_URL(input_) from None
    if port:
        if not port.isdigit() or int(port) > 65535:
            raise errors.ERR_INVALID_URL(input_)
        port = str(int(port))
        if _SPECIAL_PORTS.get(protocol) == int(port):
            port = ''
    q = tail.find('?')
    if q != -1:
        pathname, search = tail[:q], tail[q:]
    else:
        pathname, search = tail, ''
    if special and not pathname:
        pathname = '/'
    pathname = _remove_dot_segments(_pct(pathname, _PATH_ENCODE)) if pathname else pathname
    if search == '?':
        search = ''
    elif search:
        search = '?' + _pct(search[1:], _QUERY_ENCODE)
    username = password = ''
    if userinfo:
        username, _, password = userinfo.partition(':')
        username = _pct(username, frozenset(' "#<>?`{}/:;=@[\\]^|'))
        password = _pct(password, frozenset(' "#<>?`{}/:;=@[\\]^|'))
    host = hostname + (':' + port if port else '')
    href = protocol + '//' + (username + (':' + password if password else '') + '@'
                              if username or password else '') + host + pathname + search + frag
    return {'protocol': protocol, 'hostname': hostname, 'host': host, 'port': port,
            'pathname': pathname, 'search': search, 'hash': frag if frag != '#' else '',
            'username': username, 'password': password, 'href': href}


def url_to_http_options(url):
    """Node: urlToHttpOptions(new URL(...))."""
    from urllib.parse import unquote
    hostname = url['hostname']
    options = {
        'protocol': url['protocol'],
        'hostname': hostname[1:-1] if hostname.startswith('[') else hostname,
        'hash': url.get('hash', ''),
        'search': url.get('search', ''),
        'pathname': url.get('pathname', ''),
        'path': (url.get('pathname') or '') + (url.get('search') or ''),
        'href': url.get('href'),
    }
    if url.get('port'):
        options['port'] = int(url['port'])
    if url.get('username') or url.get('password'):
        options['auth'] = unquote(url.get('username', '')) + ':' + unquote(url.get('password', ''))
    return options


def _url_input(value):
    """A str or urllib.parse result as request options; None if not a URL."""
    if isinstance(value, str):
        return url_to_http_options(parse_url(value))
    geturl = getattr(value, 'geturl', None)
    if geturl is not None and hasattr(value, 'netloc'):
        return url_to_http_options(parse_url(geturl()))
    return None


# -- ClientRequest -----------------------------------------------------------

def _emit_abort_nt(req):
    req.emit('abort')


def _emit_free_nt(req):
    # Node: emitFreeNT -- 'close' on the request, then 'free' for the Agent.
    req._closed = True
    if _PLAIN_SEND_CLASSES[type(req)]:      # (emit among the methods it checks)
        # EventEmitter.emit('close') inlined: the listener slot for no
        # argument, nothing when there is none (the usual case).
        h = req._events.get('close')
        if h is not None:
            h[0]()
    else:
        req.emit('close')
    sock = req.socket
    if sock is not None:
        if type(sock).emit is _ee_emit:
            # sock.emit('free') inlined likewise (the Agent's listener).
            try:
                h = sock._events.get('free')
            except AttributeError:
                h = None
            if h is not None:
                h[0]()
        else:
            sock.emit('free')


class ClientRequest(OutgoingMessage):
    """http.ClientRequest -- http.md "Class: http.ClientRequest"."""

    # Node's defaults (lib/_http_client.js), as class attributes.
    aborted = False                # http.md request.aborted
    reusedSocket = False           # http.md request.reusedSocket
    maxHeadersCount = None         # http.md request.maxHeadersCount
    res = None
    parser = None
    timeout = None
    timeoutCb = None
    upgradeOrConnect = False
    socketPath = None
    maxHeaderSize = None
    insecureHTTPParser = None
    joinDuplicateHeaders = None
    _ended = False
    _error = None                  # Node: this[kError]
    _proxied = False
    _agent_options = None
    _incoming = None               # Node: parser.incoming
    _delivering = None             # the message the body events go to
    # Which of Node's per-request socket listeners are "on" (see _SocketHooks).
    _l_error = _l_end = _l_close = _l_drain = False
    _l_req_timeout = _l_res_timeout = False
    # Not chunked by default: set True by the constructor for the methods
    # that normally carry a body (the others leave the class default, one
    # attribute less per request).
    useChunkedEncodingByDefault = False

    def __init__(self, input=None, options=None, cb=None, **kwargs):
        # OutgoingMessage.__init__(self) without options, i.e.
        # EventEmitter.__init__(self), inlined (tests/unit/
        # test_client_fast_paths.py checks that they set nothing else).
        self._events = {}
        # The class defaults of the request's first reads (end(),
        # _on_socket_nt), stored on the instance: names it sets later anyway
        # (_REQUEST_ATTRIBUTES), so the reads are CPython 3.11's specialised
        # instance loads instead of a class lookup each.
        self.socket = None
        self._header = None
        self.finished = False
        self.outputData = ()
        self.outputSize = 0
        self.destroyed = False
        capture = EventEmitter.captureRejections
        if capture:
            self._capture = True

        # Call forms (http.md http.request()): (url[, options][, cb]),
        # (options[, cb]); keyword arguments are options too (API.md).
        if input.__class__ is dict and not kwargs and (
                options is None or (cb is None and options.__class__ is not dict
                                    and callable(options))):
            # The common calls, http.request(options) and (options, cb): one
            # copy (the general branch below gives the same dict), without
            # the None values (JS undefined).
            if options is not None:
                cb = options
            options = dict(input)
            if None in options.values():
                options = {k: v for k, v in input.items() if v is not None}
        else:
            url_opts = _url_input(input)
            if url_opts is None:
                if callable(options) and cb is None:
                    cb, options = options, None
                if input is not None and not isinstance(input, dict):
                    if callable(input):
                        cb, input = input, None
                    else:
                        raise errors.ERR_INVALID_ARG_TYPE('url', ['string', 'URL'], input)
                options = {**(input or {}), **(options or {})}
            else:
                if callable(options):
                    cb, options = options, None
                elif options is not None and not isinstance(options, dict):
                    raise errors.ERR_INVALID_ARG_TYPE('options', 'Object', options)
                options = {**url_opts, **(options or {})}
            if kwargs:
                options.update(kwargs)
            options = {k: v for k, v in options.items() if v is not None}
        if cb is not None and not callable(cb):
            raise errors.ERR_INVALID_ARG_TYPE('callback', 'Function', cb)
        # None of the rarely used options: their lookups below are skipped
        # (they would find nothing).
        rare = not _RARE_OPTIONS.isdisjoint(options)

        agent = options.get('agent', _MISSING)
        agent_mod = _agent_mod[0] if _agent_mod else _agent_module()
        default_agent = (rare and options.get('_defaultAgent')) or agent_mod.globalAgent
        if agent is False:
            agent = type(default_agent)()
        elif agent is _MISSING:
            agent = None
            if not (rare and callable(options.get('createConnection'))):
                agent = default_agent
        elif agent.__class__ is not agent_mod.Agent and \
                not callable(getattr(agent, 'addRequest', None)):
            raise errors.ERR_INVALID_ARG_TYPE(
                'options.agent', ['Agent-like Object', 'undefined', 'false'], agent)
        self.agent = agent
        # An http.Agent sets protocol, defaultPort and _proxy in its
        # constructor: read directly below rather than with getattr().
        plain_agent = agent.__class__ is agent_mod.Agent

        default_protocol = default_agent.protocol
        protocol = options.get('protocol') or default_protocol
        if plain_agent:
            expected_protocol = agent.protocol or default_protocol
        else:
            expected_protocol = default_protocol
            if agent is not None and getattr(agent, 'protocol', None):
                expected_protocol = agent.protocol

        path = options.get('path')
        if path:
            if path.__class__ is not str:
                path = str(path)
            if _INVALID_PATH.search(path):
                raise errors.ERR_UNESCAPED_CHARACTERS('Request path')
        if protocol != expected_protocol:
            raise errors.ERR_INVALID_PROTOCOL(protocol, expected_protocol)

        default_port = (rare and options.get('defaultPort')) or (
            agent.defaultPort if plain_agent else
            getattr(agent, 'defaultPort', None) if agent is not None else None)
        port = options['port'] = options.get('port') or default_port or 80
        host = options.get('hostname')
        if host is None:
            host = options.get('host')
        if host.__class__ is not str or not host:
            # (validated in Node's order: hostname, then host)
            host = options.get('hostname')
            host = (_validate_host(host, 'hostname') or _validate_host(options.get('host'), 'host')
                    or 'localhost')
        options['host'] = host
        set_host = True
        if rare:
            set_host = bool(options['setHost']) if 'setHost' in options \
                else options.get('setDefaultHeaders') is not False
            if options.get('setDefaultHeaders') is False:
                self._removedConnection = True
                self._removedContLen = True
                self._removedTE = True
            self.socketPath = options.get('socketPath')

            if 'timeout' in options:
                self.timeout = _timer_duration(options['timeout'], 'timeout')

        method = options.get('method')
        if method is None:
            method = 'GET'
        else:
            method = _method_name(method)
        self.method = method

        if rare:
            self._rare_options(options)

        self.path = path or '/'
        if cb is not None:
            # (not self._capture: nothing but the lines above sets it on
            # the instance; the class default is in _PLAIN_ONCE_CLASSES)
            if type(cb) is _FunctionType and not capture and _PLAIN_ONCE_CLASSES[type(self)]:
                # once('response', cb) on the request's new, empty _events
                # (no 'newListener' listener yet): the slot its fast path
                # stores, the wrapper taking cb's argument count.
                code = cb.__code__
                n = _ANY if code.co_flags & _CO_VARARGS else code.co_argcount
                # _Once(self, 'response', cb, n), its __init__ inlined
                w = _new_once(_Once)
                w.target = self
                w.type = 'response'
                w.listener = cb
                w.fired = False
                w.nargs = n
                self._events['response'] = (w, w, w, w, ((w, n),))
            else:
                self.once('response', cb)

        # Methods that normally carry no body are not chunked by default.
        if method not in _NO_BODY_METHODS:
            self.useChunkedEncodingByDefault = True

        self.host = host
        self.protocol = protocol

        if agent is not None:
            # Connection: keep-alive by default, unless the agent would not
            # reuse the connection anyway (keepAlive false, maxSockets Infinity).
            if not agent.keepAlive and not math.isfinite(agent.maxSockets):
                self._last = True
                self.shouldKeepAlive = False
            # else: _last False and shouldKeepAlive True, the class defaults

        if rare:
            unique = options.get('uniqueHeaders')
            if unique is not None:
                self._unique_headers = _parse_unique_headers(unique)

        # http.md "Built-in Proxy Support": absolute-form request line.
        proxy = agent._proxy if plain_agent else (
            getattr(agent, '_proxy', None) if agent is not None else None)
        url_host = None
        if proxy is not None and not self.socketPath and proxy.applies(host, port):
            self._proxied = True
            url_host = ('[%s]' % host if ':' in host and not host.startswith('[') else host)
            if str(port) != '80':
                url_host += ':%s' % port
            self.path = protocol + '//' + url_host + self.path

        headers = options.get('headers')
        if headers is None and set_host and not rare and proxy is None:
            # No headers given, only the usual options: the Host header
            # alone (the general branch below, with nothing else to do).
            if port.__class__ is int and default_port.__class__ is int:
                # _host_header() of a host and int ports, valid: remembered
                key = (host, port, default_port)
                host_header = _host_headers.get(key)
                if host_header is None:
                    host_header = _host_header(host, port, default_port)
                    # setHeader('Host', host_header); the name is a valid token.
                    if _invalid_value_search(host_header) is not None:
                        raise errors.ERR_INVALID_CHAR('header content', 'Host')
                    if len(_host_headers) < 256:
                        _host_headers[key] = host_header
            else:
                host_header = _host_header(host, port, default_port)
                # setHeader('Host', host_header); the name is a valid token.
                if _invalid_value_search(host_header) is not None:
                    raise errors.ERR_INVALID_CHAR('header content', 'Host')
            self._out_headers = {'host': ['Host', host_header]}
        elif not isinstance(headers, (list, tuple)):
            if headers:
                for key in list(headers):
                    self.setHeader(key, headers[key])
            out = self._out_headers
            if host and set_host and (out is None or 'host' not in out):
                if self._proxied:
                    # The proxy gets the URL's host (port dropped when 80).
                    host_header = url_host
                else:
                    host_header = _host_header(host, port, default_port)
                # setHeader('Host', host_header); the name is a valid token.
                if _invalid_value_search(host_header) is not None:
                    raise errors.ERR_INVALID_CHAR('header content', 'Host')
                if out is None:
                    out = self._out_headers = {}
                out['host'] = ['Host', host_header]
            auth = rare and options.get('auth')
            if auth and self.getHeader('authorization') is None:
                self.setHeader('Authorization', 'Basic ' + base64.b64encode(
                    str(auth).encode('utf-8')).decode('ascii'))
            if self._proxied:
                if proxy.auth:
                    self.setHeader('proxy-authorization', proxy.auth)
                self.setHeader('proxy-connection', 'keep-alive' if proxy.keep_alive else 'close')
            out = self._out_headers
            if out is not None and 'expect' in out and out['expect'][1] is not None:
                if self._header is not None:
                    raise errors.ERR_HTTP_HEADERS_SENT('render')
                self._store_header(self.method + ' ' + self.path + ' HTTP/1.1\r\n',
                                   self._out_headers)
        else:
            self._store_header(self.method + ' ' + self.path + ' HTTP/1.1\r\n', headers)

        if rare:
            # http.md "signal": aborting it destroys the request with an AbortError.
            signal = options.pop('signal', None)
            if signal is not None:
                self._add_abort_signal(signal)

        # Ask for a socket (Node: "initiate connection").
        if agent is not None:
            # An instance attribute from the start, as Node's constructor
            # sets it: CPython 3.11 keeps a class's attribute names shared
            # (no dict per instance) only for names its first instances set
            # before the next ones are made; first set later, by the agent
            # on the second request's reused socket, it gave every request
            # a dict of its own (and one more object for the cycle GC).
            self.reusedSocket = False
            agent.addRequest(self, options)
        else:
            self._connect_without_agent(options)

    def _rare_options(self, options):
        # maxHeaderSize, insecureHTTPParser, joinDuplicateHeaders (validated
        # in this order, after the method, as Node does).
        max_header_size = options.get('maxHeaderSize')
        if max_header_size is not None:
            if not _is_number(max_header_size):
                raise errors.ERR_INVALID_ARG_TYPE('maxHeaderSize', 'number', max_header_size)
            if max_header_size != int(max_header_size):
                raise errors.ERR_OUT_OF_RANGE('maxHeaderSize', 'an integer', max_header_size)
            if not 0 <= max_header_size <= _MAX_SAFE_INTEGER:
                raise errors.ERR_OUT_OF_RANGE(
                    'maxHeaderSize', '>= 0 && <= %d' % _MAX_SAFE_INTEGER, max_header_size)
        self.maxHeaderSize = max_header_size

        insecure = options.get('insecureHTTPParser')
        if insecure is not None and not isinstance(insecure, bool):
            raise errors.ERR_INVALID_ARG_TYPE('options.insecureHTTPParser', 'boolean', insecure)
        self.insecureHTTPParser = insecure

        join = options.get('joinDuplicateHeaders')
        if join is not None and not isinstance(join, bool):
            raise errors.ERR_INVALID_ARG_TYPE('options.joinDuplicateHeaders', 'boolean', join)
        self.joinDuplicateHeaders = join

    def _connect_without_agent(self, options):
        # No agent: one connection, closed after the response.
        self._last = True
        self.shouldKeepAlive = False
        create = options.get('createConnection')
        if callable(create):
            done = [False]

            def oncreate(err, socket=None):
                if done[0]:
                    return
                done[0] = True
                if err is not None:
                    process.nextTick(self.emit, 'error', err)
                else:
                    self.onSocket(socket)
            try:
                new_socket = fit(create)(options, oncreate)
            except Exception as err:  # noqa: BLE001 - Node catches everything here
                oncreate(err)
            else:
                if new_socket is not None:
                    oncreate(None, new_socket)
        else:
            from nodehttp.http.agent import _net_connect
            if options.get('socketPath'):
                options['path'] = options['socketPath']
            self.onSocket(_net_connect(options))

    def _add_abort_signal(self, signal):
        from nodehttp.events import AbortSignal
        if isinstance(signal, AbortSignal):
            # as Node: stream.addAbortSignal(signal, req) (an abort listener
            # that stopImmediatePropagation cannot stop, removed at 'close')
            from nodehttp.stream.abort import addAbortSignal
            addAbortSignal(signal, self)
            return
        # DEVIATION: other objects with `aborted`, `reason` and
        # addEventListener('abort', fn) (or on/once) are accepted too.
        if not hasattr(signal, 'aborted'):
            raise errors.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal)

        def on_abort(*_):
            self.destroy(errors.AbortError(cause=getattr(signal, 'reason', None)))
        if signal.aborted:
            on_abort()
            return
        add = getattr(signal, 'addEventListener', None) or getattr(signal, 'once', None) \
            or getattr(signal, 'on', None)
        if add is None:
            raise errors.ERR_INVALID_ARG_TYPE('options.signal', 'AbortSignal', signal)
        add('abort', on_abort)

    def end(self, chunk=None, encoding=None, callback=None):
        """http.md request.end([data[, encoding]][, callback])."""
        if (chunk is None and encoding is None and callback is None and self.socket is None
                and self._header is None and not self.finished and not self._corked
                and not self.strictContentLength):
            # http.get()'s end(), before the agent's socket is there: the
            # general path renders the head (Content-Length 0 if the framing
            # asks for one) and, without a socket, parks it in outputData
            # with the 'finish' callback (_send -> _write_raw).  Same steps.
            self._contentLength = 0
            out = self._out_headers
            if (out is not None and len(out) == 1 and _PLAIN_END_CLASSES[type(self)]
                    and not self.useChunkedEncodingByDefault and not self.sendDate
                    and not self._removedConnection and not self.maxRequestsOnConnectionReached
                    and not self._keepAliveTimeout and not self.chunkedEncoding
                    and not self.outputData):
                entry = out.get('host')
                method = self.method
                path = self.path
                if (entry is not None and entry[1].__class__ is str and entry[0].__class__ is str
                        and method.__class__ is str and path.__class__ is str):
                    # _implicit_header() -> _store_header(request line, the
                    # Host field alone) for a method without a body by
                    # default (the constructor's usual headers): no field
                    # changes the framing, so it adds the Connection line
                    # and, the method not being chunked by default, marks
                    # the message last; then the parking below.  (The head
                    # is built in one go: every part is a str.)
                    if self.shouldKeepAlive and self.agent:
                        header = (f'{method} {path} HTTP/1.1\r\n{entry[0]}: {entry[1]}\r\n'
                                  'Connection: keep-alive\r\n\r\n')
                    else:
                        self._last = True
                        header = (f'{method} {path} HTTP/1.1\r\n{entry[0]}: {entry[1]}\r\n'
                                  'Connection: close\r\n\r\n')
                    if not self._hasBody:
                        self.chunkedEncoding = False
                    else:
                        self._last = True
                    self._header = header
                    data = header.encode('latin-1', 'replace')
                    self._headerSent = True
                    self.outputData = [(data, self._on_finish)]
                    self.outputSize += len(data)
                    self.finished = True
                    return self
            self._implicit_header()
            if not self.chunkedEncoding and not self._headerSent and not self.outputData:
                data = self._header.encode('latin-1', 'replace')
                self._headerSent = True
                self.outputData = [(data, self._on_finish)]
                n = len(data)
                self.outputSize += n
                if type(self)._on_pending_data is not _no_pending_hook:
                    self._on_pending_data(n)
                self.finished = True
                return self
            # (anything else: the general path, the head being rendered)
        return OutgoingMessage.end(self, chunk, encoding, callback)

    # -- OutgoingMessage hooks --------------------------------------------
    def _implicit_header(self):
        if self._header is not None:
            raise errors.ERR_HTTP_HEADERS_SENT('render')
        self._store_header(self.method + ' ' + self.path + ' HTTP/1.1\r\n', self._out_headers)

    # -- abort / destroy ------------------------------------------------------
    def abort(self):
        """http.md request.abort() (deprecated): 'abort' on the next tick, then destroy."""
        if self.aborted:
            return
        self.aborted = True
        process.nextTick(_emit_abort_nt, self)
        self.destroy()

    def destroy(self, err=None):
        """http.md request.destroy([error])."""
        if self.destroyed:
            return self
        self.destroyed = True
        # No more interest in the response data.
        if self.res is not None:
            self.res._dump()
        self._error = err
        sock = self.socket
        if sock is not None:
            if err is None:
                sock.destroy()
            else:
                sock.destroy(err)
        return self

    # -- getting the socket ---------------------------------------------------
    def onSocket(self, socket, err=None):
        """Called by the Agent (or createConnection) with the request's socket."""
        # Node: always on the next tick (onSocketNT).  (process.nextTick
        # without its argument check: the callback is ours.)
        _tick(_partial(self._on_socket_nt, socket, err))

    def _on_socket_nt(self, socket, err):
        if self.destroyed or err is not None:
            self.destroyed = True
            if socket is not None:
                if err is None and self.agent is not None and not socket.destroyed:
                    # The agent may still reuse the connection.
                    socket.emit('free')
                else:
                    error = err if err is not None else self._error
                    _destroy_and_wait(socket, error, self._destroy_done, err)
                    return
            self._destroy_done(err if err is not None else self._error)
            return
        # Node: tickOnSocket(req, socket) (its only caller: inlined here)
        lenient = bool(self.insecureHTTPParser)
        max_size = self.maxHeaderSize or common.maxHeaderSize
        # Node keeps a pool of parsers; here a socket keeps the parser of its
        # last complete response (clean, at the start of a message).
        parser = getattr(socket, '_client_parser', None)
        if parser is not None and parser.max_header_size == max_size and parser.lenient == lenient:
            socket._client_parser = None
        else:
            parser = ResponseParser(max_size, lenient)
        parser.on_headers_complete = self._parser_on_headers_complete
        parser.skip_body = self.method == 'HEAD'
        self.socket = socket
        self.parser = parser
        socket.parser = parser
        socket._httpMessage = self
        self._incoming = None
        self._heads = []
        hooks = getattr(socket, '_client_hooks', None)
        if hooks is None:
            hooks = socket._client_hooks = _SocketHooks(socket)
        hooks.req = self
        # Node: socket.on('error'|'end'|'close'|'drain', ...) for this request.
        self._l_error = self._l_end = self._l_close = self._l_drain = True
        # DEVIATION: Node listens for the socket's 'data'; the bytes are
        # handed to the parser straight from the read (net's ``_on_data``
        # hook, as Node's server does with parser.consume()), so the socket
        # emits no 'data' while a request owns it.
        socket._on_data = self._socket_on_data
        if not socket.connecting and (socket.__class__ is not _Socket or not socket._reading):
            # (_read_start() does nothing for a net.Socket already reading:
            # a kept-alive one)
            socket._read_start()
        if self.timeout is not None or (self.agent is not None
                                        and self.agent.options.get('timeout')):
            self._listen_socket_timeout()
        cls = type(self)
        plain = _PLAIN_SEND_CLASSES[cls]    # (emit among the methods it checks)
        if plain:
            # emit('socket', socket) inlined (nothing when no listener)
            h = self._events.get('socket')
            if h is not None:
                h[1](socket)
        else:
            self.emit('socket', socket)
        od = self.outputData
        if len(od) == 1 and self.finished and not self._corked and self.socket is socket:
            if plain or (cls._flush is _outgoing_flush
                         and cls._flush_output is _outgoing_flush_output):
                net_socket = socket.__class__ is _Socket
                if net_socket:
                    # socket.writable (Writable.writable), inlined
                    w = socket._writableState
                    writable = (w is not None and w.writable is not False
                                and not w.destroyed and not w.errored
                                and not w.ending and not w.ended)
                else:
                    writable = socket.writable
                if writable:
                    # _flush() -> _flush_output() for the usual state, the
                    # whole request (head, 'finish' callback) parked by
                    # end(): one write, then 'prefinish'.
                    self.outputData = ()
                    size = self.outputSize
                    self.outputSize = 0
                    if not plain and cls._on_pending_data is not _no_pending_hook:
                        self._on_pending_data(-size)
                    chunk, cb = od[0]
                    if cb is None:
                        socket.write(chunk)
                    elif net_socket:
                        # (net.Socket.write takes write(data, cb) as
                        # this; given so, it skips telling them apart)
                        socket.write(chunk, None, cb)
                    else:
                        socket.write(chunk, cb)
                    if plain:
                        # OutgoingMessage._finish: emit('prefinish'),
                        # inlined (nothing when no listener).
                        h = self._events.get('prefinish')
                        if h is not None:
                            h[0]()
                    elif cls._finish is _outgoing_finish:
                        self.emit('prefinish')      # OutgoingMessage._finish
                    else:
                        self._finish()
                    return
        self._flush()

    def _destroy_done(self, err, _unused=None):
        # http.md: 'error' (socket hang up unless aborted, or the given
        # error), then 'close'.
        if not self.aborted and err is None:
            err = errors.econnreset('socket hang up')
        if err is not None:
            self.emit('error', err)
        self._closed = True
        self.emit('close')

    def _listen_socket_timeout(self):
        # Node: listenSocketTimeout -- the socket's 'timeout' becomes the
        # request's, once.
        if self.timeoutCb is not None:
            return
        self.timeoutCb = True
        self._l_req_timeout = True

    def _free_parser(self, socket):
        parser = self.parser
        if parser is not None:
            parser.on_headers_complete = None
        self.parser = None
        if socket is not None:
            socket.parser = None

    def _detach_reading(self, socket):
        # Node: removeListener('data', socketOnData) + ('end', socketOnEnd)
        socket._on_data = None
        self._l_end = False

    # -- socket listeners (Node: socketOnData, socketOnEnd, ...) -------------
    def _socket_on_data(self, data):
        socket = self.socket
        parser = self.parser
        if parser is None:
            return
        try:
            # (feed(), except that a whole plain response in this one read
            # comes back as (its head event, its body): see below)
            events = parser._feed_split(data)
        except ParseError as err:
            before = getattr(err, 'events', None)
            if before:
                self._deliver(before, socket)
            self._free_parser(socket)
            self._detach_reading(socket)
            socket.destroy()
            socket._hadError = True
            self.emit('error', err)
            return
        if events.__class__ is tuple:
            # The parser's _simple_response: the events would be [ev,
            # Body(body), MessageComplete([])].  _deliver of them, inlined
            # when the head is the first one the hook made and not a broken
            # second response.
            ev, body = events
            heads = self._heads
            if heads and heads[0][0] is ev and not heads[0][2]:
                res = heads.pop(0)[1]
                self._delivering = res
                if res is not None and (res._dumped or not res._push_last(body)):
                    # (push and _on_complete, fused; else as _deliver does)
                    if not res._dumped and not res.push(body) and socket is not None:
                        socket.pause()
                    res._on_complete([])
                # readStart(socket), as _deliver; a net.Socket that is
                # reading already has nothing to start (its _read_start
                # returns at once).
                if socket is not None and (socket.__class__ is not _Socket or not socket._reading) \
                        and not getattr(socket, '_paused', False) and socket.readable:
                    socket._read_start()
                upgrade = None
            else:
                upgrade = self._deliver([ev, Body(body), MessageComplete([])], socket)
        else:
            upgrade = self._deliver(events, socket)
        incoming = self._incoming
        if upgrade is not None and incoming is not None and incoming.upgrade:
            self._on_upgrade(socket, incoming, upgrade)
        elif incoming is not None and incoming.complete and self.parser is parser and \
                not ((incoming.statusCode or 0) < 200 and _informational(incoming.statusCode or 0)):
            # _detach_reading() and _free_parser(), inlined
            socket._on_data = None
            self._l_end = self._l_drain = False
            parser.on_headers_complete = None
            self.parser = None
            socket.parser = None
            if _parser_is_clean(parser):
                socket._client_parser = parser
            if not self._heads:
                # The parser is gone, so nothing appends to the (empty) list
                # of parsed heads again and _deliver is not called (it
                # only pops): the empty tuple frees the list now rather than
                # with the request/response cycle (one object less for the
                # cycle collector per request).
                self._heads = ()

    def _deliver(self, events, socket):
        """Body and end events of the parse (the heads went through the hook)."""
        upgrade = None
        heads = self._heads
        res = self._delivering
        for ev in events:
            t = type(ev)
            if t is HeadersComplete:
                # the message this head started (made by the parser hook)
                while heads:
                    head, made, broken = heads.pop(0)
                    if head is ev:
                        res = made
                        if broken and socket is not None:
                            socket.destroy()
                        break
                self._delivering = res
            elif t is Body:
                if res is not None and not res._dumped:
                    if not res.push(ev.data) and socket is not None:
                        socket.pause()
            elif t is MessageComplete:
                if res is not None:
                    res._on_complete(ev.raw_trailers)
                # Node: readStart(socket) -- read the next message.
                if socket is not None and not getattr(socket, '_paused', False) \
                        and socket.readable:
                    socket._read_start()
            elif t is Upgrade:
                upgrade = ev.data
        return upgrade

    def _on_upgrade(self, socket, res, head):
        self.res = res
        self._detach_reading(socket)
        self._l_drain = False
        self._l_req_timeout = False
        self._l_res_timeout = False
        self._free_parser(socket)
        event = 'connect' if self.method == 'CONNECT' else 'upgrade'
        if self.listenerCount(event) > 0:
            self.upgradeOrConnect = True
            socket.emit('agentRemove')
            self._l_close = self._l_error = False
            socket._client_hooks.req = None
            socket._httpMessage = None
            # Node: socket.readableFlowing = null -- the new owner decides.
            state = getattr(socket, '_readableState', None)
            if state is not None:
                state.flowing = None
            self.emit(event, res, socket, head)
            self.destroyed = True
            self._closed = True
            self.emit('close')
        else:
            # An upgrade or CONNECT answer nobody asked to handle.
            socket.destroy()

    def _parser_on_headers_complete(self, ev):
        """The parser's llhttp callback: build the response (Node:
        parserOnHeadersComplete + parserOnIncomingClient). Returns 0, 1
        (skip the body) or 2 (upgrade: stop parsing)."""
        socket = self.socket
        try:
            res = IncomingMessage._fast_new(socket, ev)
        except AttributeError:      # not a net.Socket (createConnection)
            res = None
        fast = res is not None
        if fast:
            # IncomingMessage(socket) + _on_headers(ev) as the server makes
            # its requests, then the fields that differ for a response.
            res.url = ''
            res.statusCode = ev.status_code
            res.statusMessage = ev.reason
            if self.joinDuplicateHeaders:
                res.joinDuplicateHeaders = True
        else:
            res = IncomingMessage(socket)
            res._on_headers(ev, bool(self.joinDuplicateHeaders), 0)
        # Node: parser.maxHeaderPairs = maxHeadersCount << 1 when that is a
        # number, else 2000 (raw entries; <= 0: no limit).  message.headers
        # uses the first maxHeaderPairs entries; rawHeaders is cut as well
        # once the block has 32 fields or more (Node 24: the binding hands
        # such blocks over in parts and stops collecting at the limit).
        raw = res.rawHeaders
        if len(raw) > 2:
            max_count = self.maxHeadersCount
            if max_count is None or not _is_number(max_count):
                limit = 2000
            elif max_count == max_count and abs(max_count) != _INF:
                limit = int(max_count) << 1
            else:
                limit = 0           # JS: NaN << 1 == Infinity << 1 == 0
            if 0 < limit < len(raw):
                res._headers_count = limit
                if len(raw) >= 64:
                    res.rawHeaders = raw[:limit]
        self._incoming = res
        if self.res is not None:
            # A second response to one request: the server is broken.  Node
            # destroys the socket at this point of the parse, after the first
            # response's body was delivered (_deliver does it in order).
            self._heads.append((ev, None, True))
            return 0
        self._heads.append((ev, res, False))
        self.res = res
        if res.upgrade:
            return 2
        if self.method == 'CONNECT':
            res.upgrade = True
            return 2
        status = res.statusCode
        if status < 200 and _informational(status):
            # 1xx: parse on to the final response.
            self.res = None
            if status == 100:
                self.emit('continue')
            self.emit('information', {
                'statusCode': status, 'statusMessage': res.statusMessage,
                'httpVersion': res.httpVersion, 'httpVersionMajor': res.httpVersionMajor,
                'httpVersionMinor': res.httpVersionMinor, 'headers': res.headers,
                'rawHeaders': res.rawHeaders,
            })
            return 1
        if self.shouldKeepAlive and not ev.keep_alive and not self.upgradeOrConnect:
            # The server must answer keep-alive for the socket to be reused.
            self.shouldKeepAlive = False
        res.req = self
        # Our listeners first, so that socket cleanup comes before the user's.
        if fast and type(self)._response_on_end is _own_response_on_end:
            # res.on('end', ...) on a message _fast_new has just made (empty
            # _events, no captureRejections): the slot on() stores for the
            # first listener of an event, a method taking any arguments.
            fn = self._response_on_end
            res._events['end'] = (fn, fn, fn, fn, ((fn, _ANY),))
        else:
            res.on('end', self._response_on_end)
        # (Node's requestOnFinish 'finish' listener goes on here too: see
        # _on_finish, which acts once _response_on_end has set _ended.)
        self._l_res_timeout = True
        # Without a 'response' listener nobody reads the body: discard it.
        if self.aborted or not self.emit('response', res):
            res._dump()
        if self.method == 'HEAD':
            return 1
        if status == 304:
            res.complete = True
            return 1
        return 0

    def _socket_error_listener(self, err):
        socket = self.socket
        socket._hadError = True
        self.emit('error', err)
        if self.parser is not None:
            _finish_parser(self.parser)
            self._free_parser(socket)
        self._detach_reading(socket)
        socket.destroy()

    def _socket_on_end(self):
        socket = self.socket
        parser = self.parser
        if self.res is None and not getattr(socket, '_hadError', False):
            # The connection ended before any response.
            socket._hadError = True
            self.emit('error', errors.econnreset('socket hang up'))
        if parser is not None:
            # EOF completes a read-until-close body.
            try:
                events = parser.feed_eof()
            except ParseError:
                events = []
            self._deliver(events, socket)
            self._free_parser(socket)
        socket.destroy()

    def _socket_close_listener(self):
        socket = self.socket
        parser = self.parser
        res = self.res
        self.destroyed = True
        if res is not None:
            # Closed before the response ended.
            if not res.complete:
                res.destroy(errors.econnreset('aborted'))
            self._closed = True
            self.emit('close')
            if not res.aborted and res.readable:
                res.push(None)
        else:
            if not getattr(socket, '_hadError', False):
                socket._hadError = True
                self.emit('error', errors.econnreset('socket hang up'))
            self._closed = True
            self.emit('close')
        self._l_req_timeout = False
        if parser is not None:
            _finish_parser(parser)
            self._free_parser(socket)

    def _on_drain(self):
        if not self.finished and self._need_drain:
            self._need_drain = False
            self.emit('drain')

    def _socket_on_timeout(self):
        if self._l_req_timeout:
            self._l_req_timeout = False
            self.emit('timeout')
        if self._l_res_timeout:
            res = self.res
            if res is not None:
                res.emit('timeout')

    def _response_on_end(self, *_):
        socket = self.socket
        if self._l_req_timeout:
            self._l_req_timeout = False
        self._l_res_timeout = False
        self._ended = True
        if not self.shouldKeepAlive:
            if socket.writable:
                destroy_soon = getattr(socket, 'destroySoon', None)
                if destroy_soon is not None:
                    destroy_soon()
                else:
                    socket.end()
        elif self.finished and self.outputSize == 0 and (socket is None or not socket.writableLength) \
                and not self.res.aborted:
            # (self.writableFinished, inlined) All of the request went out
            # and the response is done.
            self._response_keep_alive()

    def _on_finish(self, err=None):
        # OutgoingMessage._on_finish, inlined: Node's onFinish(outmsg), not
        # after the socket had an error.
        sock = self.socket
        if sock is not None and getattr(sock, '_hadError', False):
            return
        if _PLAIN_SEND_CLASSES[type(self)]:     # (emit among the methods it checks)
            # emit('finish') inlined (nothing when no listener)
            h = self._events.get('finish')
            if h is not None:
                h[0]()
        else:
            self.emit('finish')
        # Node: requestOnFinish, a 'finish' listener added with the response
        # (together with the 'end' listener that sets _ended).
        if self._ended and self.shouldKeepAlive:
            self._response_keep_alive()

    def _response_keep_alive(self):
        socket = self.socket
        if self.timeoutCb is not None:
            socket.setTimeout(0)
            self.timeoutCb = None
            self._l_req_timeout = False
        # Node: off 'close', 'error', 'data', 'end' (_detach_reading, inlined).
        self._l_close = self._l_error = self._l_end = False
        socket._on_data = None
        socket._client_hooks.req = None
        # Free the socket after the user's 'end' handlers have run.
        _tick(_partial(_emit_free_nt, self))
        self.destroyed = True
        if self.res is not None:
            # Keep res.destroy() from destroying a socket the agent reuses.
            self.res.socket = None

    # -- socket helpers ------------------------------------------------------
    def setTimeout(self, msecs, callback=None):
        """http.md request.setTimeout(timeout[, callback])."""
        if self._ended:
            return self
        self._listen_socket_timeout()
        msecs = _timer_duration(msecs, 'msecs')
        if callback is not None:
            self.once('timeout', callback)
        if self.socket is not None:
            _set_socket_timeout(self.socket, msecs)
        else:
            self.once('socket', lambda sock: _set_socket_timeout(sock, msecs))
        return self

    def clearTimeout(self, cb=None):
        self.setTimeout(0, cb)

    def _defer_to_connect(self, method, args):
        def call():
            getattr(self.socket, method)(*args)

        def on_socket(*_):
            if self.socket.writable:
                call()
            else:
                self.socket.once('connect', call)
        if self.socket is None:
            self.once('socket', on_socket)
        else:
            on_socket()

    _deferToConnect = _defer_to_connect

    def setNoDelay(self, noDelay=True):
        """http.md request.setNoDelay([noDelay])."""
        self._defer_to_connect('setNoDelay', (noDelay,))

    def setSocketKeepAlive(self, enable=False, initialDelay=0):
        """http.md request.setSocketKeepAlive([enable][, initialDelay])."""
        self._defer_to_connect('setKeepAlive', (enable, initialDelay))


_MISSING = object()
_own_response_on_end = ClientRequest._response_on_end


# The attributes a keep-alive request sets, in order.  CPython 3.11 keeps
# the attribute values of a class's instances inline, without a dict per
# instance, for up to 29 names the class has seen, but it stops taking new
# names as instances are made: with several requests made before the first
# one has set all of its names (requests in flight at once, or the next one
# made from a response's 'end'), the later names never fit and each request
# would build a dict of its own (more time, one more object for the cycle
# collector).  One throwaway instance made at import sets them all first.
_REQUEST_ATTRIBUTES = (
    '_events', 'agent', 'method', 'path', 'host', 'protocol', '_out_headers',
    'reusedSocket', '_contentLength', '_last', '_header', '_headerSent', 'outputData',
    'outputSize', 'finished', 'socket', 'parser', '_incoming', '_heads', '_l_error',
    '_l_end', '_l_close', '_l_drain', 'res', '_l_res_timeout', '_delivering', '_ended',
    'destroyed', '_closed',
)


def _prime_attribute_names(cls, names):
    obj = object.__new__(cls)
    for name in names:
        object.__setattr__(obj, name, None)


_prime_attribute_names(ClientRequest, _REQUEST_ATTRIBUTES)


# type -> True for ClientRequest subclasses whose end() before the socket may
# render the usual head itself: they override none of _implicit_header,
# _store_header, _on_pending_data
_PLAIN_END_CLASSES = PerClass(
    lambda cls: (cls._implicit_header is ClientRequest._implicit_header
                 and cls._store_header is OutgoingMessage._store_header
                 and cls._on_pending_data is OutgoingMessage._on_pending_data))


# type -> True for ClientRequest subclasses whose once() is EventEmitter's and
# whose class default _capture is off: the constructor may store the response
# callback's once slot itself
_PLAIN_ONCE_CLASSES = PerClass(
    lambda cls: cls.once is EventEmitter.once and not cls._capture)


# type -> True for ClientRequest subclasses that override none of _flush,
# _flush_output, _on_pending_data, _finish and emit: the send of the parked
# request in _on_socket_nt is then OutgoingMessage's own
_PLAIN_SEND_CLASSES = PerClass(
    lambda cls: (cls._flush is OutgoingMessage._flush
                 and cls._flush_output is OutgoingMessage._flush_output
                 and cls._on_pending_data is OutgoingMessage._on_pending_data
                 and cls._finish is OutgoingMessage._finish
                 and cls.emit is EventEmitter.emit))
_no_pending_hook = OutgoingMessage._on_pending_data
_outgoing_finish = OutgoingMessage._finish
_outgoing_flush = OutgoingMessage._flush
_outgoing_flush_output = OutgoingMessage._flush_output

class _SocketHooks:
    """The client's listeners on one socket, added once per socket.

    Node adds socketErrorListener, socketOnEnd, socketCloseListener, ondrain
    and the timeout listeners to the socket for each request and removes them
    when the socket is kept alive.  Here one set per socket forwards to the
    request that owns it (``req``), and the request's ``_l_*`` flags say which
    of Node's listeners would be on at that point: the same calls, without
    adding and removing listeners for every request."""

    __slots__ = ('socket', 'req')

    def __init__(self, socket):
        self.socket = socket
        self.req = None
        socket.on('error', self.on_error)
        socket.on('end', self.on_end)
        socket.on('close', self.on_close)
        socket.on('drain', self.on_drain)
        socket.on('timeout', self.on_timeout)

    def on_error(self, err):
        req = self.req
        if req is not None and req._l_error:
            req._socket_error_listener(err)

    def on_end(self):
        req = self.req
        if req is not None and req._l_end:
            req._socket_on_end()

    def on_close(self, *_):
        req = self.req
        if req is not None and req._l_close:
            req._l_close = req._l_error = req._l_end = req._l_drain = False
            self.req = None
            req._socket_close_listener()

    def on_drain(self):
        req = self.req
        if req is not None and req._l_drain:
            req._on_drain()

    def on_timeout(self):
        req = self.req
        if req is not None:
            req._socket_on_timeout()


_agent_mod = []


def _agent_module():
    # nodehttp.http.agent, imported on first use (it imports this module's peers).
    if not _agent_mod:
        from nodehttp.http import agent
        _agent_mod.append(agent)
    return _agent_mod[0]


def _parser_is_clean(parser):
    # At the start of the next message with nothing buffered (parser.py
    # internals; if they change, parsers are simply not reused).
    try:
        return (parser._state == 0 and not parser._buf and not parser._paused
                and not parser._upgrade and not parser._in_message)
    except AttributeError:
        return False


def _num(v):
    try:
        return float(v)
    except (TypeError, ValueError):
        return math.nan


def _finish_parser(parser):
    try:
        parser.feed_eof()
    except ParseError:
        pass


def _set_socket_timeout(sock, msecs):
    if getattr(sock, 'connecting', False):
        sock.once('connect', lambda *_: sock.setTimeout(msecs))
    else:
        sock.setTimeout(msecs)


def _destroy_and_wait(socket, error, done, err):
    """socket.destroy(error), then done(...) once it has closed (Node:
    finished(socket.destroy(err), cb) in onSocketNT)."""
    if error is None:
        socket.destroy()
    else:
        socket.destroy(error)

    def on_close(*_):
        done(err if err is not None else None)
    if getattr(socket, 'closed', False):
        process.nextTick(on_close)
    else:
        socket.once('close', on_close)


# -- module functions ----------------------------------------------------------

def request(url=None, options=None, cb=None, **kwargs):
    """http.md http.request(url[, options][, callback])."""
    if kwargs:
        return ClientRequest(url, options, cb, **kwargs)
    return ClientRequest(url, options, cb)


def get(url=None, options=None, cb=None, **kwargs):
    """http.md http.get(url[, options][, callback]): request() then end()."""
    # (without keyword options, a plain call: no **{} to unpack)
    req = ClientRequest(url, options, cb, **kwargs) if kwargs else ClientRequest(url, options, cb)
    req.end()
    return req


# Old names (Node 0.8): the response class was http.ClientResponse and the
# server's request http.ServerRequest; both are IncomingMessage.
ClientResponse = IncomingMessage
ServerRequest = IncomingMessage


class Client(EventEmitter):
    """Node 0.8's http.Client (from the deprecated http.createClient)."""

    def __init__(self, port=None, host=None):
        EventEmitter.__init__(self)
        from nodehttp.http.agent import Agent
        self.host = host or 'localhost'
        self.port = port or 80
        self.agent = Agent({'host': self.host, 'port': self.port, 'maxSockets': 1})

    def request(self, method='GET', path='/', headers=None):
        """client.request([method], path, [headers]) -> ClientRequest."""
        if isinstance(method, str) and method.startswith('/'):
            headers = path if isinstance(path, dict) else headers
            path, method = method, 'GET'
        req = ClientRequest({'host': self.host, 'port': self.port, 'method': method,
                             'path': path, 'headers': headers, 'agent': self.agent})
        req.on('error', lambda e: self.emit('error', e))

        def on_socket(s):
            s.on('end', lambda *_: self.emit('end'))
        req.on('socket', on_socket)
        return req


_create_client_warned = [False]


def createClient(port=None, host=None):
    """Node 0.8 http.createClient([port], [host]) -- deprecated; use request()."""
    if not _create_client_warned[0]:
        _create_client_warned[0] = True
        process.emitWarning('http.createClient is deprecated. Use `http.request` instead.',
                            'DeprecationWarning')
    return Client(port, host)
