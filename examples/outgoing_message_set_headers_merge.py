"""http.md "outgoingMessage.setHeaders(headers)": headers given to writeHead() win.

Twin: examples/js/outgoing_message_set_headers_merge.js.
"""

import nodehttp as http


# Returns content-type = text/plain
def on_request(req, res):
    headers = {'Content-Type': 'text/html'}  # new Headers({ 'Content-Type': 'text/html' })
    res.setHeaders(headers)
    res.writeHead(200, {'Content-Type': 'text/plain'})
    res.end('ok')


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('content-type:', res.headers['content-type'])
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
