"""http.md "Event: 'clientError'": answer a malformed request with 400.

Ephemeral port instead of 8000, and a raw TCP client that sends a malformed
request. Twin: examples/js/server_client_error_event.js.
"""

import json

import nodehttp as http
from nodehttp import net


server = http.createServer(lambda req, res: res.end())


def on_client_error(err, socket):
    print('clientError:', err.code)
    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')


server.on('clientError', on_client_error)


def on_listening():
    socket = net.connect(server.address()['port'], '127.0.0.1',
                         lambda: socket.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'))
    socket.setEncoding('latin1')
    reply = []
    socket.on('data', reply.append)

    def on_end():
        print('client got:', json.dumps(''.join(reply)))
        server.close()
    socket.on('end', on_end)


server.listen(0, '127.0.0.1', on_listening)
