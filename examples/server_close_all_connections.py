"""http.md "server.closeAllConnections()".

The doc's server listens on port 8000 and closes after 10 s; here it listens
on an ephemeral port, a keep-alive client makes one request, and the server
closes 100 ms after the response, with that connection still open.
Twin: examples/js/server_close_all_connections.js.
"""

import json

import nodehttp as http
from nodehttp import timers


def on_request(req, res):
    res.writeHead(200, {'Content-Type': 'application/json'})
    res.end(json.dumps({
        'data': 'Hello World!',
    }, separators=(',', ':')))


server = http.createServer({'keepAliveTimeout': 60000}, on_request)
port = None


def on_listening():
    global port
    port = server.address()['port']
    agent = http.Agent({'keepAlive': True})

    def on_response(res):
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print('client got:', chunk))

        def on_end():
            print('client: response end')
            # Close the server 100 ms after the response
            def close():
                server.close(lambda: print(f'server on port {port} closed successfully'))
                # Closes all connections, ensuring the server closes successfully
                server.closeAllConnections()

            timers.setTimeout(close, 100)
        res.on('end', on_end)
        res.socket.on('close', lambda *args: print('client: socket closed'))

    http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)


server.listen(0, '127.0.0.1', on_listening)
