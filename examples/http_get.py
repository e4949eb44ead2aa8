"""http.md "http.get(url[, options][, callback])": fetch and parse JSON.

The server listens on an ephemeral port (not 8000), and the request is made
once it listens. Twin: examples/js/http_get.js.
"""

import json
import re
import sys

import nodehttp as http


# Create a local server to receive data from
def on_request(req, res):
    res.writeHead(200, {'Content-Type': 'application/json'})
    res.end(json.dumps({
        'data': 'Hello World!',
    }, separators=(',', ':')))


server = http.createServer(on_request)


def on_listening():
    def on_response(res):
        statusCode = res.statusCode
        contentType = res.headers.get('content-type')

        error = None
        # Any 2xx status code signals a successful response but
        # here we're only checking for 200.
        if statusCode != 200:
            error = Exception('Request Failed.\n'
                              f'Status Code: {statusCode}')
        elif not re.match(r'^application/json', contentType or ''):
            error = Exception('Invalid content-type.\n'
                              f'Expected application/json but received {contentType}')
        if error:
            print(error, file=sys.stderr)
            # Consume response data to free up memory
            res.resume()
            return

        res.setEncoding('utf8')
        rawData = []
        res.on('data', rawData.append)

        def on_end():
            try:
                parsedData = json.loads(''.join(rawData))
                print(parsedData)
            except ValueError as e:
                print(e, file=sys.stderr)
            server.close()
        res.on('end', on_end)

    http.get(f"http://127.0.0.1:{server.address()['port']}/", on_response).on(
        'error', lambda e: print(f'Got error: {e}', file=sys.stderr))


server.listen(0, '127.0.0.1', on_listening)
