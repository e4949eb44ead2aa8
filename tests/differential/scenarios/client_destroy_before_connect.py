# req.destroy() in 'socket' (before the connection succeeds): 'socket', 'error' socket hang up, 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    server = net.createServer(lambda sock: sock.on('error', lambda e: None).resume())

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})

        def on_socket(sock):
            print('socket connecting=' + s(sock.connecting))
            req.destroy()
            print('after destroy')
        req.on('socket', on_socket)
        req.on('error', lambda e: print('error %s %s' % (e.message, e.code)))

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
