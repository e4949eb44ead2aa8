"""http.md "response.removeHeader(name)": a header queued and then removed is not sent.

Twin: examples/js/response_remove_header.js.
"""

import nodehttp as http


def on_request(req, response):
    response.setHeader('Content-Encoding', 'gzip')
    response.removeHeader('Content-Encoding')
    print('hasHeader after removeHeader:', response.hasHeader('content-encoding'))
    response.end('plain text')


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('client got content-encoding:', res.headers.get('content-encoding'))
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
