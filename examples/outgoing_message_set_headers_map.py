"""http.md "outgoingMessage.setHeaders(headers)": from a Map (a dict in Python).

Twin: examples/js/outgoing_message_set_headers_map.js.
"""

import nodehttp as http


def on_request(req, outgoingMessage):
    headers = dict([('foo', 'bar')])  # new Map([['foo', 'bar']])
    outgoingMessage.setHeaders(headers)
    print(outgoingMessage.getHeaders())
    outgoingMessage.end()


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('client got foo:', res.headers['foo'])
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
