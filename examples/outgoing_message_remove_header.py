"""http.md "outgoingMessage.removeHeader(name)": on a ServerResponse (an OutgoingMessage).

Twin: examples/js/outgoing_message_remove_header.js.
"""

import nodehttp as http


def on_request(req, outgoingMessage):
    outgoingMessage.setHeader('Content-Encoding', 'gzip')
    outgoingMessage.removeHeader('Content-Encoding')
    outgoingMessage.end('plain')


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('content-encoding:', res.headers.get('content-encoding'))
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
