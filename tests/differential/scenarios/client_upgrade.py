# 101 Switching Protocols: 'upgrade' (res, socket, head); no 'response'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        st = {'buf': '', 'up': False}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf'] and not st['up']:
                st['up'] = True
                print('server got ' + js(st['buf'].replace(str(server.address()['port']), 'PORT')))
                sock.write(b'HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\nHEAD-BYTES')
            elif st['up'] and st['buf'].endswith('ping'):
                sock.end(b'pong')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'],
                            'headers': {'Connection': 'Upgrade', 'Upgrade': 'echo'}})
        req.end()
        req.on('response', lambda res: print('response?!'))

        def on_upgrade(res, socket, head):
            print('upgrade %d %s head=%s %s' % (res.statusCode, js(res.headers), head.decode(), s(isinstance(head, bytes))))
            print('socket is req.socket %s destroyed=%s' % (s(socket is req.socket), s(socket.destroyed)))
            socket.on('data', lambda d: print('socket data ' + d.decode()))

            def on_end():
                print('socket end')
                socket.end()
            socket.on('end', on_end)

            def on_close(*_):
                print('socket close')
                server.close()
            socket.on('close', on_close)
            socket.write('ping')
        req.on('upgrade', on_upgrade)
        req.on('close', lambda: print('req close'))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
