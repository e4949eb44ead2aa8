"""http.md "Event: 'upgrade'" (http.ClientRequest): an upgrade handshake with an echoing server.

Ephemeral port instead of 1337; ``sys.exit(0)`` stands for ``process.exit(0)``.
Twin: examples/js/server_upgrade_event.js.
"""

import sys

import nodehttp as http


# Create an HTTP server
def on_request(req, res):
    res.writeHead(200, {'Content-Type': 'text/plain'})
    res.end('okay')


server = http.createServer(on_request)


def on_upgrade(req, socket, head):
    socket.write('HTTP/1.1 101 Web Socket Protocol Handshake\r\n'
                 'Upgrade: WebSocket\r\n'
                 'Connection: Upgrade\r\n'
                 '\r\n')

    socket.pipe(socket)  # echo back


server.on('upgrade', on_upgrade)


# Now that server is running
def on_listening():
    # make a request
    options = {
        'port': server.address()['port'],
        'host': '127.0.0.1',
        'headers': {
            'Connection': 'Upgrade',
            'Upgrade': 'websocket',
        },
    }

    req = http.request(options)
    req.end()

    def on_upgraded(res, socket, upgradeHead):
        print('got upgraded!')
        socket.end()
        sys.exit(0)  # process.exit(0)

    req.on('upgrade', on_upgraded)


server.listen(0, '127.0.0.1', on_listening)
