"""http.md "Event: 'connect'" (http.ClientRequest): an HTTP tunneling proxy.

The origin is a local server instead of www.google.com:80, and both servers
listen on ephemeral ports. Twin: examples/js/request_connect_event.js.
"""

from urllib.parse import urlsplit

import nodehttp as http
from nodehttp import net


# A local origin server standing in for www.google.com
def on_origin_request(req, res):
    res.writeHead(200, {'Content-Type': 'text/plain', 'Date': 'DATE'})
    res.end(f"origin saw {req.method} {req.url} Host: {req.headers['host']}")


origin = http.createServer(on_origin_request)


# Create an HTTP tunneling proxy
def on_proxy_request(req, res):
    res.writeHead(200, {'Content-Type': 'text/plain'})
    res.end('okay')


proxy = http.createServer(on_proxy_request)


def on_connect(req, clientSocket, head):
    # Connect to an origin server
    url = urlsplit(f'http://{req.url}')
    port, hostname = url.port, url.hostname

    def connected():
        clientSocket.write('HTTP/1.1 200 Connection Established\r\n'
                           'Proxy-agent: Node.js-Proxy\r\n'
                           '\r\n')
        serverSocket.write(head)
        serverSocket.pipe(clientSocket)
        clientSocket.pipe(serverSocket)

    serverSocket = net.connect(port or 80, hostname, connected)


proxy.on('connect', on_connect)


def on_origin_listening():
    originAddress = f"127.0.0.1:{origin.address()['port']}"

    # Now that proxy is running
    def on_proxy_listening():
        # Make a request to a tunneling proxy
        options = {
            'port': proxy.address()['port'],
            'host': '127.0.0.1',
            'method': 'CONNECT',
            'path': originAddress,
        }

        req = http.request(options)
        req.end()

        def on_connected(res, socket, head):
            print('got connected!')

            # Make a request over an HTTP tunnel
            socket.write('GET / HTTP/1.1\r\n'
                         f'Host: {originAddress}\r\n'
                         'Connection: close\r\n'
                         '\r\n')
            socket.on('data', lambda chunk: print(chunk.decode()))

            def on_end():
                proxy.close()
                origin.close()
            socket.on('end', on_end)

        req.on('connect', on_connected)

    proxy.listen(0, '127.0.0.1', on_proxy_listening)


origin.listen(0, '127.0.0.1', on_origin_listening)
