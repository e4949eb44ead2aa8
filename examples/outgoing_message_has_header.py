"""http.md "outgoingMessage.hasHeader(name)": on a ServerResponse (an OutgoingMessage).

Twin: examples/js/outgoing_message_has_header.js.
"""

import nodehttp as http


def on_request(req, outgoingMessage):
    print('before:', outgoingMessage.hasHeader('content-type'))
    outgoingMessage.setHeader('Content-Type', 'text/plain')
    hasContentType = outgoingMessage.hasHeader('content-type')
    print('after:', hasContentType)
    outgoingMessage.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
