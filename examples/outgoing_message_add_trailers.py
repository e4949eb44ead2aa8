"""http.md "outgoingMessage.addTrailers(headers)": on a ServerResponse (an OutgoingMessage).

Twin: examples/js/outgoing_message_add_trailers.js.
"""

import nodehttp as http

fileData = 'file contents\n'


def on_request(req, message):
    print('is an OutgoingMessage:', isinstance(message, http.OutgoingMessage))
    message.writeHead(200, {'Content-Type': 'text/plain',
                            'Trailer': 'Content-MD5'})
    message.write(fileData)
    message.addTrailers({'Content-MD5': '7895bf4b8828b55ceaf47747b4bca667'})
    message.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()

        def on_end():
            print('trailers:', res.trailers)
            server.close()
        res.on('end', on_end)

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
