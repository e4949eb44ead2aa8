# The timeout option: 'timeout' is emitted and nothing else happens until the request is destroyed.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    server = net.createServer(lambda sock: sock.on('error', lambda e: None).resume())

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'timeout': 50})
        req.on('socket', lambda sock: print('socket timeout=' + s(sock.timeout)))

        def on_timeout():
            print('timeout destroyed=%s socket.timeout=%s' % (s(req.destroyed), s(req.socket.timeout)))
            req.destroy()
        req.on('timeout', on_timeout)
        req.on('error', lambda e: print('error %s %s' % (e.message, e.code)))

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
