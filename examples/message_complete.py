"""http.md "message.complete": a response cut short.

The server sends less than its Content-Length and then destroys the socket,
so the response ends incomplete: the client sees 'aborted' and an 'error'
(as in Node, 'end' is not emitted, so the doc's check does not print).
The doc's request goes to 127.0.0.1:8080; here to a local server.
Twin: examples/js/message_complete.js.
"""

import sys

import nodehttp as http
from nodehttp import timers


def on_request(req, res):
    req.resume()
    res.writeHead(200, {'Content-Length': '100'})
    res.write('only part of it')
    timers.setTimeout(lambda: res.destroy(), 20)


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()

        def on_end():
            if not res.complete:
                print('The connection was terminated while the message was still being sent',
                      file=sys.stderr)
        res.on('end', on_end)
        res.on('aborted', lambda: print('response aborted'))
        res.on('error', lambda err: print('response error:', err.code, err.message))

        def on_close():
            print('complete:', res.complete)
            server.close()
        res.on('close', on_close)

    req = http.request({
        'host': '127.0.0.1',
        'port': server.address()['port'],
        'method': 'POST',
    }, on_response)
    req.end()


server.listen(0, '127.0.0.1', on_listening)
