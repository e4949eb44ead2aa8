"""nodehttp's main job in one script: a Node-style HTTP server and client.

Run it:  python -m nodehttp examples/hello.py

It prints the timeline of one request as Node would emit it, on both sides:
the server's 'request', the client's 'socket' and 'response', the body, and
the 'finish'/'close' events, then closes the server so the loop ends.
"""

import json

import nodehttp as http


def main():
    def on_request(req, res):
        print('server: request', req.method, req.url, 'HTTP/' + req.httpVersion)
        print('server: headers', req.headers)
        res.on('finish', lambda: print('server: response finish'))
        res.on('close', lambda: print('server: response close'))
        res.setHeader('Content-Type', 'text/plain')
        res.end('hello from nodehttp\n')

    server = http.createServer(on_request)

    def on_listening():
        port = server.address()['port']
        print('server: listening on 127.0.0.1 (port %d)' % port)
        req = http.get('http://127.0.0.1:%d/hello?x=1' % port, {'agent': False})
        req.on('socket', lambda socket: print('client: socket'))
        req.on('finish', lambda: print('client: request finish'))

        def on_response(res):
            print('client: response', res.statusCode, res.statusMessage)
            print('client: content-type', res.headers['content-type'])
            res.setEncoding('utf8')
            res.on('data', lambda chunk: print('client: data', json.dumps(chunk)))

            def on_end():
                print('client: end')
                server.close(lambda: print('server: close'))
            res.on('end', on_end)
        req.on('response', on_response)
        req.on('close', lambda: print('client: request close'))

    server.listen(0, '127.0.0.1', on_listening)


main()
