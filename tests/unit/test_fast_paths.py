"""The hot-path shortcuts give what the general code gives.

Each fast path in the request path (ServerResponse._simple_head for
end(data)'s implicit head, net.Socket.write's direct send) is compared with
the general path it short-cuts, over the cases its guard accepts and the ones
it must refuse.
"""

import pytest

from nodehttp.http import server as server_mod
from nodehttp.http.incoming import IncomingMessage
from nodehttp.http.server import ServerResponse

_STATE = ('_header', 'statusMessage', 'statusCode', '_last', '_headerSent', 'chunkedEncoding',
          'shouldKeepAlive')


def _req(method='GET', version=(1, 1), headers=()):
    req = IncomingMessage()
    req.method = method
    req.httpVersionMajor, req.httpVersionMinor = version
    req.rawHeaders = list(headers)
    req._headers_count = len(req.rawHeaders)
    return req


def _pair(setup, cls=ServerResponse, **req_kw):
    """Two responses prepared alike by setup(res)."""
    out = []
    for _ in range(2):
        res = cls(_req(**req_kw))
        res.sendDate = False          # the Date line changes every second
        setup(res)
        out.append(res)
    return out


def _render(setup, n=13, cls=ServerResponse, **req_kw):
    fast, slow = _pair(setup, cls, **req_kw)
    fast._contentLength = n
    took = fast._simple_head(n)
    if not took:
        fast._implicit_header()
    slow._contentLength = n
    slow._implicit_header()
    return took, {k: getattr(fast, k) for k in _STATE}, {k: getattr(slow, k) for k in _STATE}


def _plain(res):
    res.setHeader('Content-Type', 'text/plain')


def _ka(res):
    res._keepAliveTimeout = 5000
    res._maxRequestsPerSocket = 0


def _ka_max(res):
    res._keepAliveTimeout = 65000
    res._maxRequestsPerSocket = 7
    res.setHeader('X-A', 'b')


def _no_ka(res):
    res.shouldKeepAlive = False


def _max_reached(res):
    res.maxRequestsOnConnectionReached = True


def _status(code):
    def setup(res):
        res.statusCode = code
    return setup


def _no_headers(res):
    pass


def _several(res):
    for i in range(6):
        res.setHeader('X-H%d' % i, 'v%d' % i)


def _date(res):
    res.sendDate = True


@pytest.mark.parametrize('setup', [_plain, _ka, _ka_max, _no_ka, _max_reached, _no_headers,
                                   _several, _status(201), _status(404), _status(500)])
def test_simple_head_taken_and_equal(setup):
    took, fast, slow = _render(setup)
    assert took
    assert fast == slow


def _refused(setup, **kw):
    took, fast, slow = _render(setup, **kw)
    assert not took
    assert fast == slow


def _set(name, value):
    def setup(res):
        res.setHeader(name, value)
    return setup


@pytest.mark.parametrize('setup', [
    _status(204), _status(304), _status(199), _status(999), _status(299), _status('200'),
    _set('Content-Length', '13'), _set('Connection', 'close'), _set('Transfer-Encoding', 'chunked'),
    _set('Date', 'x'), _set('Set-Cookie', ['a=1', 'b=2']), _set('X-List', ['a', 'b']),
    _set('Trailer', 'X'), _set('Keep-Alive', 'timeout=1'),
])
def test_simple_head_refuses_what_changes_framing(setup):
    _refused(setup)


def test_simple_head_refuses_custom_reason_removed_headers_and_head_requests():
    def reason(res):
        res.statusMessage = 'Fine'
    _refused(reason)

    def removed(res):
        res.removeHeader('Content-Length')
    _refused(removed)

    def removed_conn(res):
        res.removeHeader('Connection')
    _refused(removed_conn)

    def expect(res):
        res._expect_continue = True
    _refused(expect)
    _refused(_plain, method='HEAD')
    _refused(_plain, version=(1, 0))


def test_simple_head_leaves_overridden_head_methods_to_run():
    calls = []

    class Sub(ServerResponse):
        def writeHead(self, *args):
            calls.append(args)
            return ServerResponse.writeHead(self, *args)

    took, fast, slow = _render(_plain, cls=Sub)
    assert not took and fast == slow
    assert calls == [(200,), (200,)]

    def patched(res):
        orig = res.writeHead
        res.writeHead = lambda *a: (calls.append(('inst',) + a), orig(*a))[1]
    calls.clear()
    took, fast, slow = _render(patched)
    assert not took and fast == slow
    assert calls == [('inst', 200), ('inst', 200)]


def test_simple_head_date_line():
    took, fast, slow = _render(_date)
    assert took
    # the same second almost always; the Date line is the only difference
    strip = lambda h: '\r\n'.join(l for l in h.split('\r\n') if not l.startswith('Date: '))  # noqa
    assert strip(fast['_header']) == strip(slow['_header'])
    assert fast['_header'].count('\r\nDate: ') == 1


def test_plain_classes_cache():
    class Sub(ServerResponse):
        pass

    class Sub2(ServerResponse):
        def _implicit_header(self):
            ServerResponse._implicit_header(self)

    assert server_mod._PLAIN_RESPONSE_CLASSES[Sub] is True
    assert server_mod._PLAIN_RESPONSE_CLASSES[Sub2] is False


def test_socket_write_fast_path_partial_send_and_drain(run):
    """A chunk the kernel only partly takes: write() returns false and the
    whole chunk counts in writableLength until it is out; then 'drain', then
    the callback (the order and values Node 24 prints for the same script)."""
    from nodehttp import net
    size = 32 * 1024 * 1024
    log = []

    def main():
        def on_conn(peer):
            peer.pause()
            got = [0]

            def on_data(d):
                got[0] += len(d)
                if got[0] == size:
                    log.append(('peer got all', got[0]))
                    peer.end()
            peer.on('data', on_data)
            box['peer'] = peer

        box = {}
        server = net.createServer(on_conn)

        def listening():
            c = net.connect(server.address()['port'], '127.0.0.1')

            def on_connect():
                ret = c.write(b'x' * size, lambda *a: log.append(('cb', a)))
                log.append(('ret', ret, c.writableLength, c.bytesWritten))
                c.on('drain', lambda: log.append(('drain', c.writableLength)))
                box['peer'].resume()
            c.on('connect', on_connect)
            c.on('end', lambda: (c.end(), server.close()))
        server.listen(0, '127.0.0.1', listening)

    run(main)
    assert log == [('ret', False, size, size), ('drain', 0), ('cb', (None,)),
                   ('peer got all', size)]


def _state_dict(obj):
    st = obj._readableState
    d = dict(vars(obj))
    d.pop('_readableState', None)
    if st is not None:
        d['state'] = {k: getattr(st, k) for k in st.__slots__ if k not in ('buffer',)}
        d['state']['buffer'] = list(st.buffer)
    return d


def _head_event(method='GET', version=(1, 1), raw=('Host', 'x')):
    from nodehttp.http.parser import HeadersComplete
    return HeadersComplete(method, '/p?q', None, None, version[0], version[1], list(raw),
                           True, False, None, False)


@pytest.mark.parametrize('method,version', [('GET', (1, 1)), ('HEAD', (1, 1)), ('POST', (1, 0))])
def test_fast_constructors_equal_the_constructors(run, method, version):
    from nodehttp import net
    from nodehttp.http.server import Server

    def main():
        sock = net.Socket()
        server = Server()
        conn = object()
        ev = _head_event(method, version)
        fast_req = IncomingMessage._fast_new(sock, ev)
        slow_req = IncomingMessage(sock)
        slow_req._on_headers(ev, server.joinDuplicateHeaders, server.maxHeadersCount or 0)
        assert fast_req is not None
        names = (set(vars(fast_req)) | set(vars(slow_req))) - {'_readableState'}
        assert {n: getattr(fast_req, n) for n in names} == {n: getattr(slow_req, n) for n in names}
        fs, ss = fast_req._readableState, slow_req._readableState
        assert {k: getattr(fs, k) for k in fs.__slots__ if k != 'buffer'} == \
            {k: getattr(ss, k) for k in ss.__slots__ if k != 'buffer'}
        assert list(fs.buffer) == list(ss.buffer) == []

        fast_res = ServerResponse._fast_new(slow_req, conn, server)
        slow_res = ServerResponse(slow_req, server._res_options)
        slow_res._keepAliveTimeout = server.keepAliveTimeout
        slow_res._maxRequestsPerSocket = server.maxRequestsPerSocket
        slow_res._conn = conn
        assert fast_res is not None
        # (the fast one also holds some class defaults as instance
        # attributes: compared as attribute values)
        names = set(vars(fast_res)) | set(vars(slow_res))
        assert {n: getattr(fast_res, n) for n in names} == {n: getattr(slow_res, n) for n in names}
        sock.destroy()
    run(main)


def test_fast_constructors_refuse_other_cases(run):
    from nodehttp import net
    from nodehttp.http.server import Server

    class Msg(IncomingMessage):
        pass

    class Res(ServerResponse):
        pass

    def main():
        sock = net.Socket({'readableHighWaterMark': 1024})
        ev = _head_event()
        assert IncomingMessage._fast_new(sock, ev) is None      # a non-default highWaterMark
        sock2 = net.Socket()
        assert Msg._fast_new(sock2, ev) is None
        req = IncomingMessage._fast_new(sock2, ev)
        assert Res._fast_new(req, None, Server()) is None
        assert ServerResponse._fast_new(req, None, Server({'highWaterMark': 1024})) is None
        sock.destroy()
        sock2.destroy()
    run(main)
