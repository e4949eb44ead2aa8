# 1xx responses: 'information' for 103 and 102; 'continue' for 100; then 'response'.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import js


def main():
    def on_conn(sock):
        def on_data(d):
            sock.write(b'HTTP/1.1 100 Continue\r\n\r\n')
            sock.write(b'HTTP/1.1 102 Processing\r\n\r\n')
            sock.write(b'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\nLink: </s.js>; rel=preload\r\n\r\n')
            timers.setTimeout(lambda: sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'), 10)
        sock.once('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'method': 'POST',
                            'headers': {'Content-Length': 0}})
        req.on('continue', lambda: print('continue'))
        req.on('information', lambda info: print('information ' + js(info)))

        def on_response(res):
            print('response %d' % res.statusCode)
            res.resume()

            def end():
                print('end')
                server.close()
            res.on('end', end)
        req.on('response', on_response)
        req.end()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
