# flushHeaders() sends the head before any body; the body follows as chunked data.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        st = {'buf': '', 'n': 0}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if st['n'] == 0 and '\r\n\r\n' in st['buf']:
                st['n'] = 1
                print('server got head ' + js(st['buf'].replace(str(server.address()['port']), 'PORT')))
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
            elif st['n'] == 1 and st['buf'].endswith('0\r\n\r\n'):
                print('server got body ' + js(st['buf']))
                sock.end()
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'method': 'POST'})
        req.flushHeaders()
        print('headersSent ' + s(req.headersSent))

        def on_response(res):
            print('response %d' % res.statusCode)
            res.resume()

            def end():
                print('res end')
                req.end('late')
            res.on('end', end)
        req.on('response', on_response)
        req.on('finish', lambda: print('finish'))

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
