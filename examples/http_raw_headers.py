"""http.md "HTTP": raw headers as received, next to the headers object.

The doc's list of raw headers, sent on a plain TCP socket, without its first
'ConTent-Length' pair (two different Content-Length values are a parse error).
Twin: examples/js/http_raw_headers.js.
"""

import nodehttp as http
from nodehttp import net


def on_request(req, res):
    print(req.rawHeaders)
    print(req.headers)
    req.resume()
    req.on('end', lambda: res.end())


server = http.createServer(on_request)


def on_listening():
    def on_connect():
        socket.end('POST / HTTP/1.1\r\n'
                   'content-LENGTH: 3\r\n'
                   'content-type: text/plain\r\n'
                   'CONNECTION: keep-alive\r\n'
                   'Host: example.com\r\n'
                   'accepT: */*\r\n'
                   '\r\n'
                   'abc')

    socket = net.connect(server.address()['port'], '127.0.0.1', on_connect)
    socket.resume()
    socket.on('close', lambda *args: server.close())


server.listen(0, '127.0.0.1', on_listening)
