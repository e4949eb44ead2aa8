"""http.md "request.removeHeader(name)": the header is not sent.

Twin: examples/js/request_remove_header.js.
"""

import nodehttp as http


def on_request(req, res):
    print('server got content-type:', req.headers.get('content-type'))
    res.end()


server = http.createServer(on_request)


def on_listening():
    request = http.request({
        'host': '127.0.0.1', 'port': server.address()['port'],
        'headers': {'Content-Type': 'text/plain'},
    })
    request.removeHeader('Content-Type')
    print('hasHeader after removeHeader:', request.hasHeader('content-type'))
    request.end()

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
