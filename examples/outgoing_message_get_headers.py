"""http.md "outgoingMessage.getHeaders()": on a ClientRequest (an OutgoingMessage).

Twin: examples/js/outgoing_message_get_headers.js.
"""

import nodehttp as http

server = http.createServer(lambda req, res: res.end())


def on_listening():
    outgoingMessage = http.request({'host': '127.0.0.1', 'port': server.address()['port'],
                                    'setHost': False})
    outgoingMessage.setHeader('Foo', 'bar')
    outgoingMessage.setHeader('Set-Cookie', ['foo=bar', 'bar=baz'])

    headers = outgoingMessage.getHeaders()
    # headers === { foo: 'bar', 'set-cookie': ['foo=bar', 'bar=baz'] }
    print(headers)
    outgoingMessage.end()

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    outgoingMessage.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
