"""nodehttp's client against nginx (Debian's nginx-light): static files with
keep-alive, HEAD, conditional and range requests, chunked upload, and nginx
proxying to Python's http.server.  Skipped when no nginx binary is installed."""

import os
import shutil
import socket
import subprocess
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

import nodehttp as http
from nodehttp import timers

NGINX = shutil.which('nginx') or ('/usr/sbin/nginx' if os.path.exists('/usr/sbin/nginx') else None)
pytestmark = pytest.mark.skipif(NGINX is None, reason='nginx is not installed (apt-get install nginx-light)')


class _Backend(BaseHTTPRequestHandler):
    protocol_version = 'HTTP/1.1'

    def log_message(self, *args):
        pass

    def do_POST(self):
        data = self.rfile.read(int(self.headers.get('Content-Length') or 0))
        body = b'backend got ' + data + b' from ' + (self.headers.get('X-Forwarded-For') or '-').encode()
        self.send_response(200)
        self.send_header('Content-Length', str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _free_port():
    with socket.socket() as s:
        s.bind(('127.0.0.1', 0))
        return s.getsockname()[1]


@pytest.fixture(scope='module')
def nginx(tmp_path_factory):
    root = tmp_path_factory.mktemp('nginx')
    www = root / 'www'
    www.mkdir()
    (www / 'index.html').write_bytes(b'<h1>hello from nginx</h1>\n')
    (www / 'big.bin').write_bytes(bytes(range(256)) * 4096)
    backend = ThreadingHTTPServer(('127.0.0.1', 0), _Backend)
    threading.Thread(target=backend.serve_forever, daemon=True).start()
    port = _free_port()
    conf = root / 'nginx.conf'
    conf.write_text('''
daemon off;
master_process off;
worker_processes 1;
pid %(root)s/nginx.pid;
error_log %(root)s/error.log;
events { worker_connections 64; }
http {
    access_log off;
    client_body_temp_path %(root)s/body;
    proxy_temp_path %(root)s/proxy;
    fastcgi_temp_path %(root)s/fastcgi;
    uwsgi_temp_path %(root)s/uwsgi;
    scgi_temp_path %(root)s/scgi;
    keepalive_timeout 30s;
    server {
        listen 127.0.0.1:%(port)d;
        root %(www)s;
        location /api/ {
            proxy_pass http://127.0.0.1:%(backend)d/;
            proxy_http_version 1.1;
            proxy_set_header X-Forwarded-For $remote_addr;
        }
    }
}
''' % {'root': root, 'port': port, 'www': www, 'backend': backend.server_address[1]})
    proc = subprocess.Popen([NGINX, '-c', str(conf), '-p', str(root)], stderr=subprocess.PIPE)
    deadline = time.monotonic() + 10
    while True:
        try:
            socket.create_connection(('127.0.0.1', port), timeout=1).close()
            break
        except OSError:
            if time.monotonic() > deadline or proc.poll() is not None:
                proc.kill()
                raise RuntimeError('nginx did not start: %s' % (proc.stderr.read() or b'').decode())
            time.sleep(0.05)
    yield port
    proc.terminate()
    proc.wait(10)
    backend.shutdown()
    backend.server_close()


def fetch(run, port, requests):
    out = []

    def main():
        agent = http.Agent({'keepAlive': True})
        todo = list(requests)

        def next_(*_):
            if not todo:
                agent.destroy()
                return
            opts, body = todo.pop(0)

            def on_response(res):
                chunks = []
                res.on('data', chunks.append)
                res.on('end', lambda: (out.append((res.statusCode, res.headers, b''.join(chunks), req.reusedSocket)),
                                       timers.setImmediate(next_)))
            req = http.request({'host': '127.0.0.1', 'port': port, 'agent': agent, **opts}, on_response)
            if body is None:
                req.end()
            else:
                for piece in body:
                    req.write(piece)
                req.end()
        next_()
    run(main)
    return out


def test_static_files_keep_alive_head_conditional_range(run, nginx):
    first = fetch(run, nginx, [({'path': '/index.html'}, None)])[0]
    etag = first[1]['etag']
    out = fetch(run, nginx, [
        ({'path': '/index.html'}, None),
        ({'path': '/index.html', 'method': 'HEAD'}, None),
        ({'path': '/index.html', 'headers': {'If-None-Match': etag}}, None),
        ({'path': '/big.bin', 'headers': {'Range': 'bytes=256-511'}}, None),
        ({'path': '/big.bin'}, None),
        ({'path': '/missing'}, None),
    ])
    assert (out[0][0], out[0][2], out[0][1]['content-length']) == (200, b'<h1>hello from nginx</h1>\n', '26')
    assert out[0][1]['server'].startswith('nginx')
    assert (out[1][0], out[1][2], out[1][1]['content-length']) == (200, b'', '26')
    assert (out[2][0], out[2][2]) == (304, b'')
    assert (out[3][0], out[3][2], out[3][1]['content-range']) == (206, bytes(range(256)), 'bytes 256-511/1048576')
    assert out[4][2] == bytes(range(256)) * 4096
    assert out[5][0] == 404
    # one connection for all of them
    assert [o[3] for o in out] == [False, True, True, True, True, True]


def test_nginx_proxies_chunked_upload_to_backend(run, nginx):
    out = fetch(run, nginx, [
        ({'path': '/api/x', 'method': 'POST'}, [b'chunk-1 ', b'chunk-2']),
        ({'path': '/api/y', 'method': 'POST', 'headers': {'Content-Length': 4}}, [b'abcd']),
    ])
    assert [(o[0], o[2]) for o in out] == [(200, b'backend got chunk-1 chunk-2 from 127.0.0.1'),
                                           (200, b'backend got abcd from 127.0.0.1')]
