"""http.md "response.statusMessage".

Twin: examples/js/response_status_message.js.
"""

import nodehttp as http


def on_request(req, response):
    response.statusCode = 404
    response.statusMessage = 'Not found'
    response.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print(res.statusCode, res.statusMessage)
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
