# headers as a flat array keep wire order and duplicates.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        buf = ['']

        def on_data(d):
            buf[0] += d.decode('latin-1')
            if '\r\n\r\n' in buf[0]:
                print('server got ' + js(buf[0].replace(str(server.address()['port']), 'PORT')))
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']

        def on_response(res):
            res.resume()

            def end():
                print('end %d' % res.statusCode)
                server.close()
            res.on('end', end)
        req = http.request({'host': '127.0.0.1', 'port': port, 'path': '/',
                            'headers': ['X-B', '1', 'x-a', '2', 'X-B', '3', 'Host', 'example.com']}, on_response)
        print('getHeader x-b ' + s(req.getHeader('x-b')))
        print('getHeaders ' + js(req.getHeaders()))
        req.end()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
