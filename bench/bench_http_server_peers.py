"""Python peer servers for bench/bench_http_server.py: one hello-world app
per framework, chosen by argv[1]; prints the port once listening."""
import socket
import sys

BODY = b'Hello, World!'


def free_port():
    s = socket.socket()
    s.bind(('127.0.0.1', 0))
    port = s.getsockname()[1]
    s.close()
    return port


def stdlib():
    from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

    class H(BaseHTTPRequestHandler):
        protocol_version = 'HTTP/1.1'

        def setup(self):
            super().setup()
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def do_GET(self):
            self.send_response(200)
            self.send_header('Content-Type', 'text/plain')
            self.send_header('Content-Length', str(len(BODY)))
            self.end_headers()
            self.wfile.write(BODY)

        def log_message(self, *a):
            pass

    srv = ThreadingHTTPServer(('127.0.0.1', 0), H)
    srv.daemon_threads = True
    print(srv.server_address[1], flush=True)
    srv.serve_forever()


def wsgi_app(environ, start_response):
    start_response('200 OK', [('Content-Type', 'text/plain'), ('Content-Length', str(len(BODY)))])
    return [BODY]


def waitress():
    import waitress as w
    port = free_port()
    print(port, flush=True)
    w.serve(wsgi_app, host='127.0.0.1', port=port, threads=4, _quiet=True)


def aiohttp():
    from aiohttp import web

    async def hello(request):
        return web.Response(body=BODY, content_type='text/plain')
    app = web.Application()
    app.router.add_get('/', hello)
    port = free_port()
    print(port, flush=True)
    web.run_app(app, host='127.0.0.1', port=port, print=None, access_log=None)


async def asgi_app(scope, receive, send):
    await send({'type': 'http.response.start', 'status': 200,
                'headers': [(b'content-type', b'text/plain'), (b'content-length', b'13')]})
    await send({'type': 'http.response.body', 'body': BODY})


def uvicorn_h11():
    import uvicorn
    port = free_port()
    print(port, flush=True)
    uvicorn.run(asgi_app, host='127.0.0.1', port=port, http='h11', log_level='error',
                access_log=False)


if __name__ == '__main__':
    {'stdlib': stdlib, 'waitress': waitress, 'aiohttp': aiohttp,
     'uvicorn-h11': uvicorn_h11}[sys.argv[1]]()
