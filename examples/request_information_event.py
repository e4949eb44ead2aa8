"""http.md "Event: 'information'": a 1xx response before the main one.

The doc's request goes to 127.0.0.1:8080; here a local server (ephemeral port)
sends 102 Processing, then the response. Twin: examples/js/request_information_event.js.
"""

import nodehttp as http


def on_request(req, res):
    res.writeProcessing()
    res.end('done')


server = http.createServer(on_request)


def on_listening():
    options = {
        'host': '127.0.0.1',
        'port': server.address()['port'],
        'path': '/length_request',
    }

    # Make a request
    req = http.request(options)
    req.end()

    req.on('information', lambda info: print(
        f"Got information prior to main response: {info['statusCode']}"))

    def on_response(res):
        print(f'Main response: {res.statusCode}')
        res.resume()
        res.on('end', lambda: server.close())
    req.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
