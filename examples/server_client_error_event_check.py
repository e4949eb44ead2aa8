"""http.md "Event: 'clientError'": do not write to a socket that was reset or is
not writable.

One client sends a malformed request, a second one resets its connection in
the middle of a request. Twin: examples/js/server_client_error_event_check.js.
"""

import json

import nodehttp as http
from nodehttp import net, timers


server = http.createServer(lambda req, res: res.end())


def on_client_error(err, socket):
    print('clientError:', err.code, 'writable:', socket.writable)
    if err.code == 'ECONNRESET' or not socket.writable:
        return

    socket.end('HTTP/1.1 400 Bad Request\r\n\r\n')


server.on('clientError', on_client_error)


def on_listening():
    port = server.address()['port']
    bad = net.connect(port, '127.0.0.1', lambda: bad.write('GET / HTTP/1.1\r\nBad Header\r\n\r\n'))
    bad.setEncoding('latin1')
    reply = []
    bad.on('data', reply.append)

    def on_end():
        print('malformed request got:', json.dumps(''.join(reply)))

        def on_connect():
            reset.write('GET / HTTP/1.1\r\nHost: x\r\n',
                        lambda *args: timers.setTimeout(lambda: reset.resetAndDestroy(), 20))
        reset = net.connect(port, '127.0.0.1', on_connect)
        reset.on('close', lambda *args: timers.setTimeout(lambda: server.close(), 50))
    bad.on('end', on_end)


server.listen(0, '127.0.0.1', on_listening)
