"""The client's hot-path shortcuts give what the general code gives.

Each shortcut of the keep-alive request path (ClientRequest's usual-options
constructor, end() before the socket, the response built with
IncomingMessage._fast_new, once()'s first-listener path, the agent's pool
name without the merged options copy) is compared with the general path it
short-cuts.
"""

import pytest

from nodehttp import net
from nodehttp.events import EventEmitter
from nodehttp.http.agent import Agent
from nodehttp.http.client import ClientRequest
from nodehttp.http.incoming import IncomingMessage
from nodehttp.http.outgoing import OutgoingMessage
from nodehttp.http.parser import HeadersComplete


class _Recorder(Agent):
    """An Agent that keeps what addRequest got instead of connecting."""

    def addRequest(self, req, options, port=None, localAddress=None):
        self.got = dict(options)


_STATE = ('method', 'path', 'host', 'protocol', 'shouldKeepAlive', '_last',
          'useChunkedEncodingByDefault', 'socketPath', 'timeout', 'maxHeaderSize',
          'insecureHTTPParser', 'joinDuplicateHeaders', '_header', '_headerSent',
          'outputSize', 'finished', 'chunkedEncoding', '_contentLength')


def _state(req):
    out = {k: getattr(req, k) for k in _STATE}
    out['headers'] = dict(req._out_headers or {})
    out['outputData'] = [(d, cb is not None) for d, cb in req.outputData]
    out['agent_options'] = req.agent.got
    return out


_OPTION_CASES = [
    {'host': '127.0.0.1', 'port': 8080, 'path': '/'},
    {'host': '127.0.0.1', 'port': 80, 'path': '/x?y=1'},
    {'hostname': 'example.com', 'host': 'ignored', 'port': '81'},
    {'host': '::1', 'port': 3000, 'path': '/v6'},
    {'host': '', 'hostname': None, 'path': '/empty-host'},
    {'host': 'h', 'method': 'post', 'path': '/p'},
    {'host': 'h', 'method': 'HEAD'},
    {'host': 'h', 'headers': {'X-A': 'b', 'Content-Length': '0'}},
    {'host': 'h', 'headers': ['X-A', 'b', 'Host', 'other']},
    {'host': 'h', 'headers': {'Host': 'given'}},
    {'host': 'h', 'protocol': 'http:'},
]


@pytest.mark.parametrize('opts', _OPTION_CASES)
@pytest.mark.parametrize('keep_alive', [True, False])
def test_usual_options_match_general_path(opts, keep_alive):
    # setHost: True is one of the rarely used options: it sends the
    # constructor through the general lookups, with the same meaning.
    results = []
    for extra in ({}, {'setHost': True}):
        agent = _Recorder({'keepAlive': keep_alive})
        req = ClientRequest({**opts, **extra, 'agent': agent}, lambda res: None)
        req.end()
        st = _state(req)
        st['agent_options'].pop('setHost', None)
        st['agent_options'].pop('agent')
        results.append(st)
    assert results[0] == results[1]


@pytest.mark.parametrize('opts', [
    {'host': 'h', 'method': 'GE T'},
    {'host': 'h', 'method': 5},
    {'host': 5},
    {'hostname': 5, 'host': 'h'},
    {'host': 'h', 'path': '/a b'},
    {'host': 'h', 'protocol': 'https:'},
    {'host': 'h', 'headers': {'X': 'a\nb'}},
])
def test_usual_options_errors_match_general_path(opts):
    errs = []
    for extra in ({}, {'setHost': True}):
        with pytest.raises(Exception) as info:
            ClientRequest({**opts, **extra, 'agent': _Recorder()})
        errs.append((type(info.value), getattr(info.value, 'code', None), str(info.value)))
    assert errs[0] == errs[1]


def test_call_forms_give_the_same_request():
    def cb(res):
        pass
    opts = {'host': 'h', 'port': 81, 'path': '/f'}
    states = []
    for args in ((dict(opts, agent=_Recorder()), cb), (dict(opts, agent=_Recorder()), None, cb),
                 (dict(opts, agent=_Recorder()), {}, cb)):
        req = ClientRequest(*args)
        assert req.listeners('response') == [cb]
        req.end()
        st = _state(req)
        st['agent_options'].pop('agent')
        states.append(st)
    assert states[0] == states[1] == states[2]


def _set_host_number(req):
    req.setHeader('host', 1234)


def _replace_host(req):
    req.removeHeader('host')
    req.setHeader('X-A', 'b')


def _add_field(req):
    req.setHeader('X-A', 'b')


def _park_data(req):
    req.outputData = [(b'x', None)]


_END_OPTIONS = [
    {'host': 'h'},
    {'host': 'h', 'port': 8080, 'path': '/x?y=1'},
    {'host': 'h', 'method': 'HEAD'},
    {'host': 'h', 'method': 'DELETE'},
    {'host': 'h', 'method': 'POST'},
    {'host': 'h', 'method': 'POST', 'headers': {'Transfer-Encoding': 'chunked'}},
    {'host': 'h', 'headers': {'Expect': '100-continue'}},
    {'host': 'h', 'headers': {'Connection': 'close'}},
    {'host': 'h', 'headers': {'HOST': 'given'}},
    {'host': 'h', 'headers': {'host': 'given', 'X-A': 'b'}},
]


@pytest.mark.parametrize('opts,prep', [
    (opts, prep) for opts in _END_OPTIONS
    for prep in (None, _set_host_number, _replace_host, _add_field, _park_data)
    # (with Expect the constructor renders the head: no header edits then)
    if prep in (None, _park_data) or 'Expect' not in opts.get('headers', {})])
@pytest.mark.parametrize('agent_opts', [{'keepAlive': True}, {}, {'keepAlive': False, 'maxSockets': 4}])
def test_end_before_socket_matches_general_end(opts, agent_opts, prep):
    class Rendering(ClientRequest):
        # end() without its own rendering of the usual head
        def _implicit_header(self):
            ClientRequest._implicit_header(self)
    states = []
    attrs = []
    for cls, end in ((ClientRequest, ClientRequest.end), (Rendering, ClientRequest.end),
                     (ClientRequest, OutgoingMessage.end)):
        req = cls(dict(opts, agent=_Recorder(agent_opts)))
        if prep is not None:
            prep(req)
        end(req)
        st = _state(req)
        st['agent_options'].pop('agent')
        states.append(st)
        attrs.append(dict(vars(req), _events=None, agent=None, outputData=None))
    assert states[0] == states[1] == states[2]
    assert attrs[0] == attrs[1]


def test_end_leaves_overridden_head_methods_to_run():
    calls = []

    class Sub(ClientRequest):
        def _store_header(self, first_line, headers):
            calls.append(first_line)
            ClientRequest._store_header(self, first_line, headers)
    req = Sub({'host': 'h', 'agent': _Recorder({'keepAlive': True})})
    req.end()
    assert calls == ['GET / HTTP/1.1\r\n']
    assert req._header.startswith('GET / HTTP/1.1\r\nHost: h')


def test_response_fast_new_matches_constructor():
    ev = HeadersComplete(status_code=200, reason='OK', version_major=1, version_minor=1,
                         raw_headers=['Content-Length', '2', 'X-A', 'b'], keep_alive=True)
    sock = net.Socket()
    fast = IncomingMessage._fast_new(sock, ev)
    assert fast is not None
    fast.url = ''
    fast.statusCode = ev.status_code
    fast.statusMessage = ev.reason
    slow = IncomingMessage(sock)
    slow._on_headers(ev, False, 0)

    keys = (set(vars(fast)) | set(vars(slow))) - {'_readableState'}

    def attrs(m):
        # (values, not __dict__ contents: defaults may live on the class)
        d = {k: getattr(m, k) for k in keys}
        rs = {k: getattr(m._readableState, k) for k in dir(m._readableState)
              if not k.startswith('__') and k != 'stream' and not callable(getattr(m._readableState, k))}
        return d, rs
    assert attrs(fast) == attrs(slow)
    for name in ('statusCode', 'statusMessage', 'httpVersion', 'method', 'url', 'headers',
                 'rawHeaders', 'upgrade', 'complete', 'socket', 'joinDuplicateHeaders'):
        assert getattr(fast, name) == getattr(slow, name), name


def _once_general(em, name, fn):
    # the general path: a 'newListener' listener turns the fast path off
    em.on('newListener', lambda *a: None)
    em.once(name, fn)
    em.removeAllListeners('newListener')


@pytest.mark.parametrize('nargs', [0, 1, 2, 'var'])
def test_once_fast_path_matches_general(nargs):
    calls = {'fast': [], 'general': []}

    def make(key):
        if nargs == 0:
            return lambda: calls[key].append(())
        if nargs == 1:
            return lambda a: calls[key].append((a,))
        if nargs == 2:
            return lambda a, b: calls[key].append((a, b))
        return lambda *a: calls[key].append(a)
    for emit_args in ((), (1,), (1, 2), (1, 2, 3, 4)):
        fast, general = EventEmitter(), EventEmitter()
        ffn, gfn = make('fast'), make('general')
        fast.once('x', ffn)
        _once_general(general, 'x', gfn)
        assert fast.listeners('x') == [ffn] and general.listeners('x') == [gfn]
        assert type(fast.rawListeners('x')[0]) is type(general.rawListeners('x')[0])
        if nargs != 'var' and len(emit_args) < nargs:
            continue
        assert fast.emit('x', *emit_args) == general.emit('x', *emit_args) is True
        assert fast.listenerCount('x') == general.listenerCount('x') == 0
        assert fast.emit('x', *emit_args) is general.emit('x', *emit_args) is False
    assert calls['fast'] == calls['general']


def test_once_fast_path_with_a_second_listener_and_removal():
    seen = []
    em = EventEmitter()

    def a(x):
        seen.append(('a', x))

    def b(x, y):
        seen.append(('b', x, y))
    em.once('x', a)
    em.on('x', b)
    em.emit('x', 1, 2)
    em.emit('x', 3, 4)
    assert seen == [('a', 1), ('b', 1, 2), ('b', 3, 4)]
    em.once('y', a)
    em.removeListener('y', a)
    assert em.listenerCount('y') == 0 and em.emit('y', 1) is False


@pytest.mark.parametrize('agent_opts,req_opts', [
    ({'keepAlive': True}, {'host': 'h', 'port': 81}),
    ({'keepAlive': True, 'host': 'agenthost'}, {'host': 'h', 'port': 81}),
    ({'keepAlive': True}, {'host': 'h', 'port': 81, 'localAddress': '127.0.0.1', 'family': 4}),
    ({'keepAlive': True, 'socketPath': '/tmp/x.sock'}, {'host': 'h'}),
    # the name built in addRequest for a host string and a port number
    ({'keepAlive': True}, {'host': '::1', 'port': 3000}),
    ({'keepAlive': True}, {'host': 'h', 'port': '81'}),
    ({'keepAlive': True}, {'host': 'h', 'port': True}),
    ({'keepAlive': True}, {'host': 'h', 'port': 0}),
    ({'keepAlive': True}, {'host': '', 'port': 81}),
    ({'keepAlive': True}, {'host': 'h', 'port': 81, 'family': 6}),
    ({'keepAlive': True}, {'host': 'h', 'port': 81, 'localAddress': ''}),
    ({'keepAlive': True}, {'host': 'h', 'port': 81, 'socketPath': '/tmp/y.sock'}),
])
def test_agent_pool_name_matches_merged_options(agent_opts, req_opts):
    agent = Agent(agent_opts)
    names = []
    orig = Agent.createSocket

    def create(self, req, options, cb):
        names.append((self.getName(options), options.get('path')))
    Agent.createSocket = create
    try:
        agent.addRequest(object(), dict(req_opts))
    finally:
        Agent.createSocket = orig
    merged = {**req_opts, **agent.options}
    if merged.get('socketPath'):
        merged['path'] = merged['socketPath']
    assert names == [(agent.getName(merged), merged.get('path'))]
    assert list(agent.sockets) == [agent.getName(merged)]


def test_once_error_monitor_still_goes_first():
    from nodehttp.events import errorMonitor
    seen = []
    em = EventEmitter()
    em.on('error', lambda e: seen.append(('error', e)))
    em.once(errorMonitor, lambda e: seen.append(('monitor', e)))
    em.emit('error', 1)
    em.emit('error', 2)
    assert seen == [('monitor', 1), ('error', 1), ('error', 2)]


@pytest.mark.parametrize('second', ['fn0', 'fn2', 'var', 'method', 'lambda_once'])
def test_on_second_listener_fast_path_matches_general(second):
    seen = {'fast': [], 'general': []}

    class Obj:
        def __init__(self, key):
            self.key = key

        def m(self, a):
            seen[self.key].append(('m', a))

    def make(key):
        first = Obj(key).m
        if second == 'fn0':
            other = lambda: seen[key].append(('f0',))           # noqa: E731
        elif second == 'fn2':
            other = lambda a, b: seen[key].append(('f2', a, b))  # noqa: E731
        elif second == 'var':
            other = lambda *a: seen[key].append(('v',) + a)      # noqa: E731
        elif second == 'method':
            other = Obj(key).m
        else:
            other = None
        return first, other
    fast, general = EventEmitter(), EventEmitter()
    general.on('newListener', lambda *a: None)     # forces _add
    for em, key in ((fast, 'fast'), (general, 'general')):
        first, other = make(key)
        em.on('x', first)
        if other is None:
            em.once('x', first)
        else:
            em.on('x', other)
    general.removeAllListeners('newListener')
    for args in ((1,), (1, 2), (1, 2, 3)):
        if second == 'fn2' and len(args) < 2:
            continue
        assert fast.emit('x', *args) is general.emit('x', *args) is True
    assert seen['fast'] == seen['general']
    assert fast.listenerCount('x') == general.listenerCount('x')


def test_on_fast_path_leaves_the_max_listeners_warning_to_add():
    from nodehttp import process
    got = []
    em = EventEmitter()
    em.setMaxListeners(2)
    orig = process.emitWarning
    process.emitWarning = lambda w, *a, **k: got.append(w)
    try:
        for _ in range(4):
            em.on('x', lambda: None)
    finally:
        process.emitWarning = orig
    assert len(got) == 1 and em.listenerCount('x') == 4


def test_constructor_inlines_the_base_constructors():
    # ClientRequest.__init__ does OutgoingMessage.__init__(self) (no options),
    # i.e. EventEmitter.__init__(self), itself: they must set only _events
    # (and _capture with captureRejections).
    assert vars(OutgoingMessage()) == vars(EventEmitter()) == {'_events': {}}
    EventEmitter.captureRejections = True
    try:
        assert vars(OutgoingMessage()) == vars(EventEmitter()) == {'_events': {}, '_capture': True}
        req = ClientRequest({'host': 'h', 'agent': _Recorder()})
        assert req._capture is True
    finally:
        EventEmitter.captureRejections = False


# -- ResponseParser._simple_response (feed()'s whole-response shortcut) --------

_RESPONSES = [
    b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello',
    b'HTTP/1.1 200 OK\r\nDate: x\r\nConnection: keep-alive\r\nKeep-Alive: timeout=5\r\n'
    b'Content-Length: 11\r\n\r\nhello world',
    b'HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 1\r\n\r\nx',
    b'HTTP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.0 200 OK\r\nConnection: keep-alive\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200 OK\r\ncontent-length:  3 \r\nX-Trail: v \r\n\r\nabc',
    b'HTTP/1.1 599 Odd\r\nContent-Length: 3\r\n\r\nabc',
    # not taken: the general path all along
    b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhel',
    b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n',
    b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nok\r\n0\r\n\r\n',
    b'HTTP/1.1 204 No Content\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 304 Not Modified\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 100 Continue\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 101 Switching\r\nConnection: upgrade\r\nUpgrade: ws\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200 OK\r\nConnection: upgrade\r\nUpgrade: ws\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\nok',
    b'HTTP/1.1 200 OK\r\nBad Header: 1\r\nContent-Length: 2\r\n\r\nok',
    b'\r\nHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok',
    b'RTSP/1.0 200 OK\r\nContent-Length: 2\r\n\r\nok',
]


def _hook_cases():
    def ret(v):
        return lambda p, ev: v

    def pause(p, ev):
        p.pause()
        return 0

    def boom(p, ev):
        raise KeyError('from the hook')
    return {'0': ret(0), 'None': ret(None), '1': ret(1), '2': ret(2), 'pause': pause, 'raise': boom}


def _parse(data, hook, general, lenient=False, max_header_size=16384):
    from nodehttp.http.parser import ParseError, ResponseParser
    p = ResponseParser(max_header_size, lenient)
    seen = []

    def on_headers(ev):
        # what the hook sees: the event and the parser's state at the call
        seen.append((ev, {k: v for k, v in vars(p).items() if k != 'on_headers_complete'}))
        return hook(p, ev)
    p.on_headers_complete = on_headers
    try:
        # (the general path: what feed() runs when the shortcut declines)
        events = p._run(data, 0, data) if general else p.feed(data)
        err = None
    except ParseError as e:
        events, err = e.events, (e.code, e.reason, e.bytesParsed)
    except KeyError as e:
        events, err = None, repr(e)
    state = {k: v for k, v in vars(p).items() if k != 'on_headers_complete'}
    if state['_error'] is not None:
        state['_error'] = state['_error'].args
    return events, err, seen, state


@pytest.mark.parametrize('data', _RESPONSES)
@pytest.mark.parametrize('hook', sorted(_hook_cases()))
@pytest.mark.parametrize('lenient', [False, True])
def test_simple_response_matches_general_parse(data, hook, lenient):
    fn = _hook_cases()[hook]
    fast = _parse(data, fn, False, lenient)
    assert fast == _parse(data, fn, True, lenient)
    # and the parser goes on the same way with the next message
    more = b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nz'
    from nodehttp.http.parser import ParseError, ResponseParser
    for general in (False, True):
        p = ResponseParser(16384, lenient)
        p.on_headers_complete = lambda ev: 0
        out = []
        for chunk in (data, more):
            try:
                out.append(p._run(chunk, 0, chunk) if general and chunk is data else p.feed(chunk))
            except ParseError as e:
                out.append((e.code, e.bytesParsed, e.events))
                break
        if general:
            assert out == first
        first = out


def test_simple_response_is_taken_and_declines_without_side_effects():
    from nodehttp.http.parser import ResponseParser
    p = ResponseParser()
    p.on_headers_complete = lambda ev: 0
    before = dict(vars(p))
    assert p._simple_response(_RESPONSES[0], _RESPONSES[0].find(b'\r\n\r\n')) is not None
    for data in _RESPONSES[8:]:
        end = data.find(b'\r\n\r\n')
        if end > 0:
            q = ResponseParser()
            q.on_headers_complete = before['on_headers_complete']
            assert q._simple_response(data, end) is None
            assert vars(q) == before
    # the head size limit is the general path's
    small = ResponseParser(20)
    small.on_headers_complete = lambda ev: 0
    assert small._simple_response(_RESPONSES[0], _RESPONSES[0].find(b'\r\n\r\n')) is None
    assert _parse(_RESPONSES[1], lambda p, ev: 0, False, max_header_size=40) == \
        _parse(_RESPONSES[1], lambda p, ev: 0, True, max_header_size=40)


def _slot_shape(em, name):
    # an _events slot with its once wrapper described by value
    slot = em._events[name]
    w = slot[4][0][0]
    assert all(f is w for f in slot[:4]) and len(slot[4]) == 1
    return (type(w).__name__, w.target is em, w.type, w.listener, w.nargs, w.fired, slot[4][0][1])


def _cb0():
    pass


def _cb1(res):
    pass


def _cb2(res, extra):
    pass


def _cbv(*args):
    pass


@pytest.mark.parametrize('cb', [_cb0, _cb1, _cb2, _cbv])
def test_constructor_response_callback_matches_once(cb):
    class General(ClientRequest):
        def once(self, name, fn):
            return EventEmitter.once(self, name, fn)
    fast = ClientRequest({'host': 'h', 'agent': _Recorder()}, cb)
    general = General({'host': 'h', 'agent': _Recorder()}, cb)
    assert _slot_shape(fast, 'response') == _slot_shape(general, 'response')
    assert fast.listeners('response') == general.listeners('response') == [cb]
    # a method (not a plain function) goes through once() itself
    m = ClientRequest({'host': 'h', 'agent': _Recorder()}, _Recorder().addRequest)
    assert m.listenerCount('response') == 1


def test_response_end_listener_slot_matches_on():
    ev = HeadersComplete(status_code=200, reason='OK', raw_headers=['Content-Length', '2'],
                         keep_alive=True, content_length=2)
    req = ClientRequest({'host': 'h', 'agent': _Recorder()})
    sock = net.Socket()
    req.socket = sock
    req._heads = []
    assert req._parser_on_headers_complete(ev) == 0
    res = req.res
    other = IncomingMessage._fast_new(sock, ev)
    other.on('end', req._response_on_end)
    assert res._events == other._events
    assert res.listeners('end') == [req._response_on_end]


# -- Readable.read() on an ended stream with data buffered -----------------------
# read() and read(0) there have shortcuts; read(nan) and read(0.0) take the
# full path with the same n (None, 0).

def _ended_stream(chunks, flowing, need_readable, flags, data_listener, object_mode):
    from nodehttp.stream import Readable

    class R(Readable):
        def _read(self, n):
            pass
    r = R({'objectMode': object_mode})
    seen = []
    for name in ('data', 'end', 'readable', 'close', 'error'):
        if name != 'data' or data_listener:
            r.on(name, lambda *a, _n=name: seen.append((_n,) + a))
    st = r._readableState
    for c in chunks:
        r.push(c)
    r.push(None)
    st.flowing = flowing
    st.needReadable = need_readable
    for k in flags:
        setattr(st, k, True)
    if 'multiAwaitDrain' in flags:
        st.awaitDrainWriters = {1, 2}
    return r, seen


def readable_state_snapshot(st):
    """Every field of a ReadableState, comparable across two runs: a queued
    tick by its function and argument count, the buffer as a list, a set
    sorted, the decoder by its encoding, an error by its repr (also used by
    test_response_fast_paths)."""
    from functools import partial
    from nodehttp.stream.readable import ReadableState
    out = {}
    for k in ReadableState.__slots__:
        v = getattr(st, k)
        if isinstance(v, partial):
            v = (v.func.__name__, len(v.args))
        elif k == 'buffer':
            v = list(v)
        elif k == 'decoder':
            v = None if v is None else v.encoding
        elif isinstance(v, set):
            v = sorted(v)
        elif isinstance(v, BaseException):
            v = repr(v)
        out[k] = v
    return out


def _read_state(r, seen, ret, ticks):
    from functools import partial
    return ret, list(seen), readable_state_snapshot(r._readableState), [
        (t.func.__name__, len(t.args)) if isinstance(t, partial) else t for t in ticks]


@pytest.mark.parametrize('chunks', [[b'hello'], [b'he', b'llo'], ['text']])
@pytest.mark.parametrize('flowing', [None, True, False])
@pytest.mark.parametrize('need_readable', [False, True])
@pytest.mark.parametrize('flags', [(), ('errorEmitted',), ('closeEmitted',), ('multiAwaitDrain',)])
@pytest.mark.parametrize('data_listener', [False, True])
@pytest.mark.parametrize('object_mode', [False, True])
@pytest.mark.parametrize('n', ['none', 'zero'])
def test_read_of_ended_stream_matches_full_path(chunks, flowing, need_readable, flags,
                                                data_listener, object_mode, n):
    from nodehttp.loop import _ticks
    results = []
    for arg in ((None, float('nan')) if n == 'none' else (0, 0.0)):
        start = len(_ticks)
        try:
            r, seen = _ended_stream(chunks, flowing, need_readable, flags, data_listener,
                                    object_mode)
            before = len(_ticks)
            ret = r.read(arg)
            results.append(_read_state(r, seen, ret, list(_ticks)[before:]))
        finally:
            while len(_ticks) > start:
                _ticks.pop()
    assert results[0] == results[1]


def test_reused_socket_is_set_by_the_constructor():
    # (so that CPython 3.11 shares the name between requests: see the
    # comment in ClientRequest.__init__)
    req = ClientRequest({'host': 'h', 'agent': _Recorder()})
    assert 'reusedSocket' in vars(req) and req.reusedSocket is False


def test_keep_alive_request_sets_only_the_primed_attribute_names(run):
    # client._REQUEST_ATTRIBUTES lists what a keep-alive request sets (made
    # known to CPython's shared attribute keys at import): a name missing
    # there would give every request a dict of its own again.
    import nodehttp as http
    from nodehttp.http import client as client_mod
    reqs = []

    def main():
        server = http.createServer(lambda req, res: res.end('hello'))

        def listening():
            agent = http.Agent({'keepAlive': True})
            opts = {'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/',
                    'agent': agent}
            left = [3]

            def one():
                def on_response(res):
                    res.resume()
                    res.on('end', after)
                reqs.append(http.get(opts, on_response))

            def after():
                left[0] -= 1
                if left[0]:
                    one()
                else:
                    process_done()

            def process_done():
                from nodehttp import process
                process.nextTick(lambda: (agent.destroy(), server.close()))
            one()
        server.listen(0, '127.0.0.1', listening)
    run(main)
    assert len(reqs) == 3 and reqs[-1].reusedSocket
    for req in reqs:
        assert set(vars(req)) <= set(client_mod._REQUEST_ATTRIBUTES), \
            set(vars(req)) - set(client_mod._REQUEST_ATTRIBUTES)


# -- the keep-alive request path's inlined calls ------------------------------
# (emit at the request's own events and the socket/agent 'free' hop,
# ClientRequest.onSocket in Agent.addRequest, the send in _on_socket_nt,
# net.Socket's destroyed/ref()/writable/setKeepAlive()/unref() in the Agent):
# a run where every shortcut declines (subclasses overriding the inlined
# methods) gives the same events in the same order, and the same states.

class _GeneralRequest(ClientRequest):
    def emit(self, *args):
        return ClientRequest.emit(self, *args)

    def onSocket(self, socket, err=None):
        return ClientRequest.onSocket(self, socket, err)

    def _flush(self):
        return OutgoingMessage._flush(self)


class _GeneralSocket(net.Socket):
    def emit(self, *args):
        return net.Socket.emit(self, *args)


class _GeneralAgent(Agent):
    def emit(self, *args):
        return Agent.emit(self, *args)

    def createConnection(self, options, callback=None):
        socket = _GeneralSocket(options)
        if callback is not None:
            socket.once('connect', callback)
        return socket.connect(options)


def _keep_alive_run(run, general, listen, n=4):
    import nodehttp as http
    from nodehttp import process
    seen = []
    states = []

    def sock_state(s):
        return (s._refed, s._set_keepalive, s._keepalive_delay, s.timeout, s._reading,
                s.writable, s.destroyed, getattr(s, '_agent_pooled', None))

    def main():
        server = http.createServer(lambda req, res: res.end('hello'))

        def listening():
            agent = (_GeneralAgent if general else Agent)({'keepAlive': True, 'timeout': 10000})
            sockets = []
            if listen:
                agent.on('free', lambda s, o: seen.append(('agent free', sockets.index(s))))
            left = [n]

            def one():
                opts = {'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/',
                        'agent': agent}
                req = (_GeneralRequest if general else ClientRequest)(opts, on_response)
                if listen:
                    for name in ('socket', 'prefinish', 'finish', 'close'):
                        req.on(name, lambda *a, name=name: seen.append(
                            ('req', name, req.finished, req._closed, req.destroyed)))

                    def on_socket(s):
                        if s not in sockets:
                            sockets.append(s)
                            s.on('free', lambda *a: seen.append(
                                ('socket free', sockets.index(s), sock_state(s))))
                    req.on('socket', on_socket)
                process.nextTick(lambda: seen.append(('tick after get', req.reusedSocket)))
                req.end()
                reqs.append(req)

            def on_response(res):
                seen.append(('response', res.statusCode))
                res.resume()
                res.on('end', after)

            def after():
                seen.append('end')
                left[0] -= 1
                if left[0]:
                    one()
                else:
                    process.nextTick(finish)

            def finish():
                for s in sockets:
                    states.append(sock_state(s))
                states.append((len(agent.freeSockets.get(agent_name(agent), ())),
                               len(agent.sockets.get(agent_name(agent), ()))))
                for req in reqs:
                    states.append((req.reusedSocket, req.finished, req._closed,
                                   req.destroyed, req.outputData, req.outputSize))
                agent.destroy()
                server.close()

            def agent_name(agent):
                return '127.0.0.1:%d:' % server.address()['port']
            one()
        server.listen(0, '127.0.0.1', listening)
    reqs = []
    run(main)
    return seen, states


@pytest.mark.parametrize('listen', [True, False])
def test_keep_alive_path_matches_the_general_calls(run, listen):
    fast = _keep_alive_run(run, False, listen)
    general = _keep_alive_run(run, True, listen)
    assert fast == general
    if listen:
        assert ('req', 'close', True, True, True) in fast[0]
        assert any(e[0] == 'socket free' for e in fast[0] if type(e) is tuple)


def test_many_slot_matches_its_methods():
    from nodehttp.events import _ANY, _Many
    seen = []

    def listener(tag, n):
        if n == _ANY:
            return lambda *a: seen.append((tag,) + a)
        return [lambda: seen.append((tag,)), lambda a: seen.append((tag, a)),
                lambda a, b: seen.append((tag, a, b)),
                lambda a, b, c: seen.append((tag, a, b, c))][n]
    for ns in ((0, 1), (1, _ANY), (2, 0, 3), (_ANY, _ANY), (3, 2, 1, 0)):
        entries = tuple((listener(i, n), n) for i, n in enumerate(ns))
        many = _Many(entries)
        # (call serves emits of up to two arguments; dv, the general form,
        # the others: every listener with the arguments it takes)
        for args in ((), (1,), (1, 2)):
            # (a listener asking for more arguments than given: both raise)
            del seen[:]
            try:
                many.dv(*args)
            except TypeError:
                expected = TypeError
            else:
                expected = list(seen)
            del seen[:]
            try:
                many.call(*args)
            except TypeError:
                got = TypeError
            else:
                got = list(seen)
            assert got == expected, (ns, args)


def test_once_self_removal_goes_through_remove_listener():
    # _Once.__call__ removes the wrapper with removeListener (an override
    # sees it; 'removeListener' listeners get the original listener).
    seen = []

    class Spy(EventEmitter):
        def removeListener(self, name, listener):
            seen.append(('removeListener', name))
            return EventEmitter.removeListener(self, name, listener)

    spy = Spy()
    spy.once('x', lambda: seen.append('x'))
    spy.emit('x')
    assert seen == [('removeListener', 'x'), 'x'] and spy.listenerCount('x') == 0

    del seen[:]
    em = EventEmitter()
    em.on('removeListener', lambda name, fn: seen.append(('removed', name, fn)))

    def fn():
        seen.append('fn')
    em.once('y', fn)
    em.emit('y')
    assert seen == [('removed', 'y', fn), 'fn'] and em.listenerCount('y') == 0

    del seen[:]
    em = EventEmitter()
    em.once('z', fn)
    em.on('z', fn)
    em.emit('z')
    assert seen == ['fn', 'fn'] and em.listenerCount('z') == 1


@pytest.mark.parametrize('host,port,default_port', [
    ('h', 80, 80), ('h', 81, 80), ('h', 8080, None), ('::1', 3000, 80), ('[::1]', 3000, 80),
    ('h', 81.0, 80), ('h', '81', 80), ('h', 443, 443),
])
def test_host_header_cache_matches_host_header(host, port, default_port):
    from nodehttp.http import client as client_mod

    for _ in range(2):      # the second time from the cache, if cached
        agent = Agent({'keepAlive': True, 'defaultPort': default_port}) \
            if default_port is not None else Agent({'keepAlive': True})
        req = ClientRequest({'host': host, 'port': port, 'agent': _Recorder(agent.options)})
        dp = req.agent.defaultPort
        assert req.getHeader('host') == client_mod._host_header(host, port, dp)
    bad = 'bad\x01host'
    for _ in range(2):
        with pytest.raises(Exception) as info:
            ClientRequest({'host': bad, 'port': 81, 'agent': _Recorder()})
        assert getattr(info.value, 'code', None) == 'ERR_INVALID_CHAR'


def test_agent_skips_destroyed_free_sockets_of_any_class():
    from nodehttp.http.client import ClientRequest as CR
    for cls in (net.Socket, _GeneralSocket):
        agent = Agent({'keepAlive': True})
        dead, live = cls(), cls()
        dead.destroy()
        name = 'h:81:'
        agent.freeSockets[name] = [dead, live]
        got = []

        class Req(CR):
            def onSocket(self, socket, err=None):
                got.append(socket)
        req = Req({'host': 'h', 'port': 81, 'agent': _Recorder()})
        agent.addRequest(req, {'host': 'h', 'port': 81})
        assert got == [live] and name not in agent.freeSockets
        assert req.reusedSocket is True and agent.sockets[name] == [live]
        live.destroy()
