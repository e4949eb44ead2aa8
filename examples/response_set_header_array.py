"""http.md "response.setHeader(name, value)": a list sends one header line per element.

Twin: examples/js/response_set_header_array.js.
"""

import nodehttp as http


def on_request(req, response):
    response.setHeader('Set-Cookie', ['type=ninja', 'language=javascript'])
    response.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('set-cookie:', res.headers['set-cookie'])
        print('raw header names:', res.rawHeaders[::2])
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
