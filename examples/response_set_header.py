"""http.md "response.setHeader(name, value)": a single header.

Twin: examples/js/response_set_header.js.
"""

import nodehttp as http


def on_request(req, response):
    response.setHeader('Content-Type', 'text/html')
    response.end('<p>ok</p>')


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('content-type:', res.headers['content-type'])
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
