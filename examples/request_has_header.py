"""http.md "request.hasHeader(name)".

Twin: examples/js/request_has_header.js.
"""

import nodehttp as http


server = http.createServer(lambda req, res: res.end())


def on_listening():
    request = http.request({'host': '127.0.0.1', 'port': server.address()['port']})
    print('before setHeader:', request.hasHeader('content-type'))
    request.setHeader('Content-Type', 'text/plain')
    hasContentType = request.hasHeader('content-type')
    print('after setHeader:', hasContentType)
    request.end()

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
