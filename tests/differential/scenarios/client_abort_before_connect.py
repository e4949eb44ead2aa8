# req.abort() in 'socket' before the connection succeeds: 'abort', 'error' socket hang up, 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net


def main():
    server = net.createServer(lambda sock: sock.on('error', lambda e: None).resume())

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})

        def on_socket(sock):
            print('socket')
            req.abort()
        req.on('socket', on_socket)
        req.on('abort', lambda: print('abort'))
        req.on('error', lambda e: print('error %s %s' % (e.message, e.code)))

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
