"""http.md "request.setHeader(name, value)": a JSON content type.

Twin: examples/js/request_set_header.js.
"""

import nodehttp as http


def on_request(req, res):
    print('server got content-type:', req.headers['content-type'])
    req.resume()
    res.end()


server = http.createServer(on_request)


def on_listening():
    request = http.request({'host': '127.0.0.1', 'port': server.address()['port'],
                            'method': 'POST'})
    request.setHeader('Content-Type', 'application/json')
    request.end('{}')

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
