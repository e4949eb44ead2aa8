"""http.md "response.setHeader(name, value)": headers given to writeHead()
are merged with those set by setHeader(), and win over them.

Twin: examples/js/response_set_header_merge.js.
"""

import nodehttp as http


# Returns content-type = text/plain
def on_request(req, res):
    res.setHeader('Content-Type', 'text/html')
    res.setHeader('X-Foo', 'bar')
    res.writeHead(200, {'Content-Type': 'text/plain'})
    res.end('ok')


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        print('content-type:', res.headers['content-type'])
        print('x-foo:', res.headers['x-foo'])
        res.resume()
        res.on('end', lambda: server.close())

    http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)


server.listen(0, '127.0.0.1', on_listening)
