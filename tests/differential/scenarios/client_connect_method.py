# CONNECT: 'connect' (res, socket, head), the tunnel carries raw bytes.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js


def main():
    def on_conn(sock):
        st = {'buf': '', 'tunnel': False}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if not st['tunnel'] and '\r\n\r\n' in st['buf']:
                st['tunnel'] = True
                print('server got ' + js(st['buf'].replace(str(server.address()['port']), 'PORT')))
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 Connection Established\r\nProxy-agent: test\r\n\r\nEARLY')
            elif st['tunnel'] and st['buf'] == 'hello':
                sock.end(b'bye')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'method': 'CONNECT',
                            'path': 'example.com:80'})
        req.end()

        def on_connect(res, socket, head):
            print('connect %d %s %s head=%s' % (res.statusCode, res.statusMessage, js(res.headers), head.decode()))
            socket.on('data', lambda d: print('tunnel data ' + d.decode()))
            socket.on('end', lambda: print('tunnel end'))

            def on_close(*_):
                print('tunnel close')
                server.close()
            socket.on('close', on_close)
            socket.end('hello')
        req.on('connect', on_connect)
        req.on('response', lambda res: print('response?!'))
        req.on('close', lambda: print('req close'))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
