"""User callbacks of write()/end() on both sides take only the arguments
they declare (API.md "Callbacks"): 0-argument callbacks are fine, as in JS.
Expected order from Node 24 (same program in JS)."""

import os
import sys

sys.path.insert(0, os.path.join(os.path.dirname(__file__), '..', '..'))
import nodehttp as http  # noqa: E402


def test_zero_argument_write_and_end_callbacks():
    ev = []

    def main():
        def on_request(req, res):
            res.write('a', lambda: ev.append('w0'))
            res.end('b', lambda: ev.append('e0'))
        server = http.createServer(on_request)

        def go():
            def on_response(res):
                res.resume()
                res.on('end', lambda: (ev.append('resend'), server.close()))
            req = http.request({'port': server.address()['port'], 'method': 'POST'}, on_response)
            req.write('x', lambda: ev.append('cw0'))
            req.end(lambda: ev.append('ce0'))
        server.listen(0, '127.0.0.1', go)

    http.run(main, _timeout=5)
    assert ev == ['cw0', 'ce0', 'w0', 'e0', 'resend']


def test_one_argument_write_callback_gets_error_after_end():
    ev = []

    def main():
        def on_request(req, res):
            res.end('b')
            res.on('error', lambda err: ev.append(('error', err.code)))
            res.write('late', lambda err: ev.append(('cb', err.code)))
            res.write('late', lambda: ev.append('cb0'))
        server = http.createServer(on_request)

        def go():
            def on_response(res):
                res.resume()
                res.on('end', lambda: server.close())
            http.get({'port': server.address()['port']}, on_response)
        server.listen(0, '127.0.0.1', go)

    http.run(main, _timeout=5)
    assert ev == [('cb', 'ERR_STREAM_WRITE_AFTER_END'), ('error', 'ERR_STREAM_WRITE_AFTER_END'),
                  'cb0', ('error', 'ERR_STREAM_WRITE_AFTER_END')]
