"""http.md "response.addTrailers(headers)": a trailer after a chunked body.

Twin: examples/js/response_add_trailers.js.
"""

import json

import nodehttp as http

fileData = 'file contents\n'


def on_request(req, response):
    response.writeHead(200, {'Content-Type': 'text/plain',
                             'Trailer': 'Content-MD5'})
    response.write(fileData)
    response.addTrailers({'Content-MD5': '7895bf4b8828b55ceaf47747b4bca667'})
    response.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('transfer-encoding:', res.headers['transfer-encoding'])
        print('trailer:', res.headers['trailer'])
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print('body:', json.dumps(chunk)))

        def on_end():
            print('trailers:', res.trailers)
            print('rawTrailers:', res.rawTrailers)
            server.close()
        res.on('end', on_end)

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
