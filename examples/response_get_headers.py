"""http.md "response.getHeaders()".

Twin: examples/js/response_get_headers.js.
"""

import nodehttp as http


def on_request(req, response):
    response.setHeader('Foo', 'bar')
    response.setHeader('Set-Cookie', ['foo=bar', 'bar=baz'])

    headers = response.getHeaders()
    # headers === { foo: 'bar', 'set-cookie': ['foo=bar', 'bar=baz'] }
    print(headers)
    response.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
