"""http.md "request.socket": the local address and port of the client socket.

A local server (ephemeral port) replaces www.google.com, and tells the client
which port it saw. Twin: examples/js/request_socket.js.
"""

import nodehttp as http


server = http.createServer(lambda req, res: res.end(str(req.socket.remotePort)))


def on_listening():
    options = {
        'host': '127.0.0.1',
        'port': server.address()['port'],
    }
    req = http.get(options)
    req.end()

    def on_response(res):
        ip = req.socket.localAddress
        port = req.socket.localPort
        print(f'Your IP address is {ip} and your source port is {port}.')
        # Consume response object
        res.setEncoding('utf8')
        res.on('data', lambda seen: print('server saw the same port:', int(seen) == port))
        res.on('end', lambda: server.close())

    req.once('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
