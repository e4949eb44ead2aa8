"""http.md "http.createServer([options][, requestListener])": a JSON server (ephemeral port
instead of 8000) and one request to it.

Twin: examples/js/http_create_server.js.
"""

import json

import nodehttp as http

# Create a local server to receive data from
def on_request(req, res):
    res.writeHead(200, {'Content-Type': 'application/json'})
    res.end(json.dumps({
        'data': 'Hello World!',
    }, separators=(',', ':')))


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print(res.statusCode, res.headers['content-type'])
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print(chunk))
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
