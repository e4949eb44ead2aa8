# req.abort() after the response: 'abort', res 'aborted', res 'error', 'close', res 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net


def main():
    def on_conn(sock):
        sock.on('error', lambda e: None)
        sock.once('data', lambda d: sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\nfirst'))
    server = net.createServer(on_conn)

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
        req.on('socket', lambda sock: print('socket'))

        def on_response(res):
            print('response')

            def on_data(d):
                print('res data ' + d.decode())
                req.abort()
                print('after abort')
            res.on('data', on_data)
            res.on('aborted', lambda: print('res aborted'))
            res.on('error', lambda e: print('res error %s %s' % (e.message, e.code)))

            def on_close():
                print('res close')
                server.close()
            res.on('close', on_close)
        req.on('response', on_response)
        req.on('abort', lambda: print('abort'))
        req.on('error', lambda e: print('req error ' + e.message))
        req.on('close', lambda: print('req close'))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
