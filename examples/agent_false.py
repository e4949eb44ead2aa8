"""http.md "Class: http.Agent": ``agent: False``, a new agent just for one request.

The doc's request goes to localhost:80; here to a local server on an ephemeral
port (127.0.0.1). Twin: examples/js/agent_false.js.
"""

import nodehttp as http


def on_request(req, res):
    print('server: connection header', req.headers['connection'])
    res.end('hello')


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        # Do stuff with response
        print('client: status', res.statusCode)
        print('client: agent is globalAgent', res.req.agent is http.globalAgent)
        res.resume()
        res.on('end', lambda: server.close())

    http.get({
        'hostname': '127.0.0.1',
        'port': server.address()['port'],
        'path': '/',
        'agent': False,  # Create a new agent just for this one request
    }, on_response)


server.listen(0, '127.0.0.1', on_listening)
