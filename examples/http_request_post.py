"""http.md "http.request(url[, options][, callback])": POST a JSON body.

A local server on an ephemeral port stands in for www.google.com:80 (it
answers /upload with a small JSON body; its Date header is fixed to keep the
output stable). Twin: examples/js/http_request_post.js.
"""

import json
import sys

import nodehttp as http


def on_request(req, res):
    body = []
    req.setEncoding('utf8')
    req.on('data', body.append)

    def on_end():
        res.writeHead(200, {'Content-Type': 'application/json', 'Date': 'DATE'})
        res.end(json.dumps({'method': req.method, 'url': req.url,
                            'received': json.loads(''.join(body))}, separators=(',', ':')))
    req.on('end', on_end)


server = http.createServer(on_request)


def on_listening():
    postData = json.dumps({
        'msg': 'Hello World!',
    }, separators=(',', ':'))

    options = {
        'hostname': '127.0.0.1',
        'port': server.address()['port'],
        'path': '/upload',
        'method': 'POST',
        'headers': {
            'Content-Type': 'application/json',
            'Content-Length': len(postData.encode()),
        },
    }

    def on_response(res):
        print(f'STATUS: {res.statusCode}')
        print(f"HEADERS: {json.dumps(res.headers, separators=(',', ':'))}")
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print(f'BODY: {chunk}'))

        def on_end():
            print('No more data in response.')
            server.close()
        res.on('end', on_end)

    req = http.request(options, on_response)

    req.on('error', lambda e: print(f'problem with request: {e}', file=sys.stderr))

    # Write data to request body
    req.write(postData)
    req.end()


server.listen(0, '127.0.0.1', on_listening)
