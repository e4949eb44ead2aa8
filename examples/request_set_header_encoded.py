"""http.md "request.setHeader(name, value)": a non-ASCII file name, percent-encoded
(RFC 8187); raw non-ASCII text in a header value is refused.

``urllib.parse.quote(..., safe=...)`` is JS ``encodeURIComponent``.
Twin: examples/js/request_set_header_encoded.js.
"""

from urllib.parse import quote

import nodehttp as http


def encodeURIComponent(s):
    return quote(s, safe="-_.!~*'()")


def on_request(req, res):
    print('server got:', req.headers['content-disposition'])
    res.end()


server = http.createServer(on_request)


def on_listening():
    request = http.request({'host': '127.0.0.1', 'port': server.address()['port']})
    filename = 'Rock 🎵.txt'
    request.setHeader('Content-Disposition',
                      f"attachment; filename*=utf-8''{encodeURIComponent(filename)}")
    try:
        request.setHeader('X-Raw', filename)
    except Exception as err:
        print(err.code, err.message)
    request.end()

    def on_response(res):
        res.resume()
        res.on('end', lambda: server.close())
    request.on('response', on_response)


server.listen(0, '127.0.0.1', on_listening)
