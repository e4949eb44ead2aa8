"""http.md "response.getHeaderNames()".

Twin: examples/js/response_get_header_names.js.
"""

import nodehttp as http


def on_request(req, response):
    response.setHeader('Foo', 'bar')
    response.setHeader('Set-Cookie', ['foo=bar', 'bar=baz'])

    headerNames = response.getHeaderNames()
    # headerNames === ['foo', 'set-cookie']
    print(headerNames)
    response.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
