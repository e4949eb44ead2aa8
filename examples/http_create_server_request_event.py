"""http.md "http.createServer([options][, requestListener])": the same server with a 'request'
listener instead of a requestListener.

Twin: examples/js/http_create_server_request_event.js.
"""

import json

import nodehttp as http

# Create a local server to receive data from
server = http.createServer()


# Listen to the request event
def on_request(request, res):
    res.writeHead(200, {'Content-Type': 'application/json'})
    res.end(json.dumps({
        'data': 'Hello World!',
    }, separators=(',', ':')))


server.on('request', on_request)


def on_listening():
    def on_response(res):
        print(res.statusCode, res.headers['content-type'])
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print(chunk))
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
