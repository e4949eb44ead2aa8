"""http.md "response.writeEarlyHints(hints[, callback])": three 103 Early Hints
before the response; the client prints each 'information' event.

Twin: examples/js/response_write_early_hints.js.
"""

import nodehttp as http


def on_request(req, response):
    earlyHintsLink = '</styles.css>; rel=preload; as=style'
    response.writeEarlyHints({
        'link': earlyHintsLink,
    })

    earlyHintsLinks = [
        '</styles.css>; rel=preload; as=style',
        '</scripts.js>; rel=preload; as=script',
    ]
    response.writeEarlyHints({
        'link': earlyHintsLinks,
        'x-trace-id': 'id for diagnostics',
    })

    def earlyHintsCallback():
        print('early hints message sent')
    response.writeEarlyHints({
        'link': earlyHintsLinks,
    }, earlyHintsCallback)
    response.end('ok')


server = http.createServer(on_request)


def on_listening():
    req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
    req.on('information', lambda info: print(
        'information:', info['statusCode'], info['statusMessage'], info['rawHeaders']))

    def on_response(res):
        print('response:', res.statusCode)
        res.resume()
        res.on('end', lambda: server.close())
    req.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
