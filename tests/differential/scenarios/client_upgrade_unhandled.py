# A 101 answer nobody listens 'upgrade' for: the socket is destroyed; no 'response'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    def on_conn(sock):
        sock.on('error', lambda e: None)
        sock.on('data', lambda d: sock.write(
            b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nxyz'))

        def on_close(*_):
            print('server saw close')
            server.close()
        sock.on('close', on_close)
    server = net.createServer(on_conn)

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': False,
                            'headers': {'Connection': 'Upgrade', 'Upgrade': 'echo'}})
        req.on('response', lambda res: print('response?!'))
        req.on('error', lambda e: print('error ' + e.message))
        req.on('socket', lambda sock: sock.on('close', lambda *_: print('socket close destroyed=' + s(sock.destroyed))))
        req.on('close', lambda: print('close res=%s upgradeOrConnect=%s' % (
            req.res.statusCode if req.res else 'null', s(req.upgradeOrConnect))))
        req.end()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
