"""Hello-world server for bench/bench_http_server.py (nodehttp)."""
import sys

import nodehttp as http


def main():
    def on_request(req, res):
        res.setHeader('Content-Type', 'text/plain')
        res.end('Hello, World!')

    server = http.createServer(on_request)
    server.keepAliveTimeout = 60000
    server.listen(int(sys.argv[1]) if len(sys.argv) > 1 else 0, '127.0.0.1',
                  lambda: print(server.address()['port'], flush=True))


http.run(main)
