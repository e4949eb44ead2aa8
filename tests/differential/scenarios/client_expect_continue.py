# Expect: 100-continue sends the headers at once; the body is written on 'continue'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        st = {'buf': '', 'stage': 0}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if st['stage'] == 0 and '\r\n\r\n' in st['buf']:
                st['stage'] = 1
                print('server got head ' + js(st['buf'].replace(str(server.address()['port']), 'PORT')))
                st['buf'] = ''
                sock.write(b'HTTP/1.1 100 Continue\r\n\r\n')
            elif st['stage'] == 1 and st['buf'] == 'body!':
                print('server got body ' + st['buf'])
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'method': 'PUT',
                            'headers': {'Expect': '100-continue', 'Content-Length': 5}})
        print('headersSent ' + s(req.headersSent))

        def on_continue():
            print('continue')
            req.end('body!')
        req.on('continue', on_continue)

        def on_response(res):
            print('response %d' % res.statusCode)
            res.resume()

            def end():
                print('end')
                server.close()
            res.on('end', end)
        req.on('response', on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
