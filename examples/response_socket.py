"""http.md "response.socket": the client's address and port, seen by the server.

Ephemeral port instead of 3000, and a client that prints the answer.
Twin: examples/js/response_socket.js.
"""

import nodehttp as http


def on_request(req, res):
    ip = res.socket.remoteAddress
    port = res.socket.remotePort
    res.end(f'Your IP address is {ip} and your source port is {port}.')


def on_listening():
    def on_response(res):
        res.setEncoding('utf8')

        def on_data(chunk):
            print(chunk)
            print('matches the client socket:', f'port is {req.socket.localPort}.' in chunk)
        res.on('data', on_data)
        res.on('end', lambda: server.close())

    req = http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server = http.createServer(on_request).listen(0, '127.0.0.1', on_listening)
