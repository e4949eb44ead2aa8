"""http.md "response.writeHead(statusCode[, statusMessage][, headers])": chained with end().

Twin: examples/js/response_write_head.js.
"""

import nodehttp as http


def on_request(req, response):
    body = 'hello world'
    (response
        .writeHead(200, {
            'Content-Length': len(body.encode()),
            'Content-Type': 'text/plain',
        })
        .end(body))


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print(res.statusCode, res.headers['content-length'], res.headers['content-type'])
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print('body:', chunk))
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
