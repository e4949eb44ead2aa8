"""http.md "request.getHeader(name)".

Twin: examples/js/request_get_header.js.
"""

import nodehttp as http


def on_request(req, res):
    req.resume()
    res.end()


server = http.createServer(on_request)


def on_listening():
    body = 'hello world'
    request = http.request({'host': '127.0.0.1', 'port': server.address()['port'],
                            'method': 'POST'})
    request.setHeader('content-type', 'text/html')
    request.setHeader('Content-Length', len(body.encode()))
    request.setHeader('Cookie', ['type=ninja', 'language=javascript'])
    contentType = request.getHeader('Content-Type')
    # 'contentType' is 'text/html'
    contentLength = request.getHeader('Content-Length')
    # 'contentLength' is of type number
    cookie = request.getHeader('Cookie')
    # 'cookie' is of type string[]
    print(contentType, isinstance(contentType, str))
    print(contentLength, isinstance(contentLength, (int, float)))
    print(cookie, isinstance(cookie, list))
    request.end(body)

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
