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


@pytest.mark.parametrize('opts', [
    {'host': 'h'},
    {'host': 'h', 'method': 'POST'},
    {'host': 'h', 'method': 'POST', 'headers': {'Transfer-Encoding': 'chunked'}},
    {'host': 'h', 'headers': {'Expect': '100-continue'}},
    {'host': 'h', 'headers': {'Connection': 'close'}},
])
def test_end_before_socket_matches_general_end(opts):
    states = []
    for end in (ClientRequest.end, OutgoingMessage.end):
        req = ClientRequest(dict(opts, agent=_Recorder({'keepAlive': True})))
        end(req)
        st = _state(req)
        st['agent_options'].pop('agent')
        states.append(st)
    assert states[0] == states[1]


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
