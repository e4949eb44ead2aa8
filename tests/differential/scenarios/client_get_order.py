# http.request() success order: 'socket', 'response', res 'data', res 'end', 'close'; wire bytes of a GET.
import json

import nodehttp
import nodehttp as http
from nodehttp import net


def main():
    def on_conn(sock):
        buf = ['']

        def on_data(d):
            buf[0] += d.decode('latin-1')
            if '\r\n\r\n' in buf[0]:
                print('server got ' + json.dumps(buf[0].replace(str(server.address()['port']), 'PORT')))
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\nX-Test: a\r\nConnection: close\r\n\r\nhello')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']

        def on_response(res):
            print('response %s %s %s' % (res.statusCode, res.statusMessage, res.httpVersion))
            print('headers ' + json.dumps(res.headers, separators=(',', ':')))
            print('rawHeaders ' + json.dumps(res.rawHeaders, separators=(',', ':')))
            res.on('data', lambda d: print('res data ' + json.dumps(d.decode())))
            res.on('end', lambda: print('res end complete=' + str(res.complete).lower()))
            res.on('close', lambda: print('res close'))
        req = http.request({'host': '127.0.0.1', 'port': port, 'path': '/x?y=1'}, on_response)
        req.on('socket', lambda s: print('req socket'))
        req.on('finish', lambda: print('req finish'))

        def on_close():
            print('req close')
            server.close()
        req.on('close', on_close)
        req.end()
        print('end() returned')
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
