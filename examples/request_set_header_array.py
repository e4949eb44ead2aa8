"""http.md "request.setHeader(name, value)": a list value sends the header once
per element (here the cookies).

Twin: examples/js/request_set_header_array.js.
"""

import nodehttp as http


def on_request(req, res):
    print('server got cookie:', req.headers['cookie'])
    print('server raw headers:', req.rawHeaders[::2])
    res.end()


server = http.createServer(on_request)


def on_listening():
    request = http.request({'host': '127.0.0.1', 'port': server.address()['port']})
    request.setHeader('Cookie', ['type=ninja', 'language=javascript'])
    request.end()

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
