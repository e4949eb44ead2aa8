"""http.md "message.url": parse request.url into its parts.

``urllib.parse`` stands in for the WHATWG URL class.
Twin: examples/js/message_url.js.
"""

import os
from urllib.parse import parse_qs, urlsplit

import nodehttp as http


def on_request(request, res):
    print('request.url:', request.url)
    url = urlsplit(f"http://{os.environ.get('HOST', 'localhost')}{request.url}")
    print('pathname:', url.path)
    print('search:', '?' + url.query if url.query else '')
    print('status:', parse_qs(url.query)['status'][0])
    res.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port'],
              'path': '/status?name=ryan&status=ok'}, on_response)


server.listen(0, '127.0.0.1', on_listening)
