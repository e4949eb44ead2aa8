"""http.md "response.hasHeader(name)".

Twin: examples/js/response_has_header.js.
"""

import nodehttp as http


def on_request(req, response):
    print('before setHeader:', response.hasHeader('content-type'))
    response.setHeader('Content-Type', 'text/plain')
    hasContentType = response.hasHeader('content-type')
    print('after setHeader:', hasContentType)
    response.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
