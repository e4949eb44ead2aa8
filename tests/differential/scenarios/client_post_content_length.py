# A Content-Length header disables chunked encoding; setHeader/getHeader/getHeaders/getRawHeaderNames.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        buf = ['']

        def on_data(d):
            buf[0] += d.decode('latin-1')
            if buf[0].endswith('hello world'):
                print('server got ' + js(buf[0].replace(str(server.address()['port']), 'PORT')))
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']
        req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'PUT', 'path': '/a',
                            'headers': {'Content-Type': 'text/plain', 'X-Num': 5}})
        req.setHeader('Content-Length', 11)
        req.setHeader('Cookie', ['a=1', 'b=2'])
        v = req.getHeader('content-length')
        print('getHeader ' + js(v) + ' ' + ('number' if isinstance(v, (int, float)) else type(v).__name__))
        print('getHeaderNames ' + js(req.getHeaderNames()))
        print('getRawHeaderNames ' + js(req.getRawHeaderNames()))
        print('getHeaders ' + js(req.getHeaders()).replace(str(port), 'PORT'))
        print('hasHeader ' + s(req.hasHeader('COOKIE')) + ' ' + s(req.hasHeader('x-missing')))
        req.removeHeader('x-num')

        def on_response(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: print('data ' + ('string' if isinstance(d, str) else 'object') + ' ' + d))

            def end():
                print('end')
                server.close()
            res.on('end', end)
        req.on('response', on_response)
        req.write('hello ')
        req.end('world')
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
