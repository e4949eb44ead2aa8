"""http.md "response.getHeader(name)".

Twin: examples/js/response_get_header.js.
"""

import nodehttp as http

body = 'hello world'


def on_request(req, response):
    response.setHeader('Content-Type', 'text/html')
    response.setHeader('Content-Length', len(body.encode()))
    response.setHeader('Set-Cookie', ['type=ninja', 'language=javascript'])
    contentType = response.getHeader('content-type')
    # contentType is 'text/html'
    contentLength = response.getHeader('Content-Length')
    # contentLength is of type number
    setCookie = response.getHeader('set-cookie')
    # setCookie is of type string[]
    print(contentType, isinstance(contentType, str))
    print(contentLength, isinstance(contentLength, (int, float)))
    print(setCookie, isinstance(setCookie, list))
    response.end(body)


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('client got set-cookie:', res.headers['set-cookie'])
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
