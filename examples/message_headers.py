"""http.md "message.headers": what the server sees for a request sent with
curl-like headers (one of them twice, in two spellings).

Twin: examples/js/message_headers.js.
"""

import nodehttp as http
from nodehttp import net


def on_request(request, res):
    print(request.headers)
    res.end()


server = http.createServer(on_request)


def on_listening():
    def on_connect():
        socket.end('GET / HTTP/1.1\r\n'
                   'user-agent: this is invalid because there can be only one\r\n'
                   'User-Agent: curl/7.22.0\r\n'
                   'Host: 127.0.0.1:8000\r\n'
                   'ACCEPT: */*\r\n'
                   '\r\n')

    socket = net.connect(server.address()['port'], '127.0.0.1', on_connect)
    socket.resume()
    socket.on('close', lambda *args: server.close())


server.listen(0, '127.0.0.1', on_listening)
