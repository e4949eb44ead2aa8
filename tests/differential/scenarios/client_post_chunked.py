# request.write() without a Content-Length header: chunked transfer coding on the wire; end() sends 0\r\n\r\n.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        buf = ['']

        def on_data(d):
            buf[0] += d.decode('latin-1')
            if buf[0].endswith('0\r\n\r\n'):
                print('server got ' + js(buf[0].replace(str(server.address()['port']), 'PORT')))
                sock.end(b'HTTP/1.1 204 No Content\r\n\r\n')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']

        def on_response(res):
            print('response %d' % res.statusCode)
            res.resume()
            res.on('end', lambda: print('res end'))
        req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'POST', 'path': '/up'}, on_response)
        print('write1 ' + s(req.write('abc')))
        print('headersSent ' + s(req.headersSent))
        req.write(b'defgh', lambda: print('write2 cb'))
        req.write('')
        req.end('ij', lambda: print('end cb'))
        req.on('finish', lambda: print('req finish'))

        def on_close():
            print('req close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
