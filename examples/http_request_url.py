"""http.md "http.request(url[, options][, callback])": a URL with credentials
becomes an Authorization header.

A local server stands in for example.com; the URL is a ``str`` (API.md: URL).
Twin: examples/js/http_request_url.js.
"""

import base64

import nodehttp as http


def on_request(req, res):
    print('authorization:', req.headers['authorization'])
    print('decoded:', base64.b64decode(req.headers['authorization'].split(' ')[1]).decode())
    res.end()


server = http.createServer(on_request)


def on_listening():
    options = f"http://abc:xyz@127.0.0.1:{server.address()['port']}"

    def on_response(res):
        # ...
        res.resume()
        res.on('end', lambda: server.close())

    req = http.request(options, on_response)
    req.end()


server.listen(0, '127.0.0.1', on_listening)
