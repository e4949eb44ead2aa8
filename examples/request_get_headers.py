"""http.md "request.getHeaders()".

Twin: examples/js/request_get_headers.js.
"""

import nodehttp as http


server = http.createServer(lambda req, res: res.end())


def on_listening():
    request = http.request({'host': '127.0.0.1', 'port': server.address()['port']})
    request.setHeader('Foo', 'bar')
    request.setHeader('Cookie', ['foo=bar', 'bar=baz'])

    headers = request.getHeaders()
    # headers === { foo: 'bar', 'cookie': ['foo=bar', 'bar=baz'] }
    print(headers)
    request.end()

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
