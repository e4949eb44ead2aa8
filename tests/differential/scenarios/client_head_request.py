# HEAD: the response has no body even with Content-Length; the socket is kept alive for a second request.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            while '\r\n\r\n' in st['buf']:
                i = st['buf'].index('\r\n\r\n')
                head = st['buf'][:i]
                st['buf'] = st['buf'][i + 4:]
                method = head.split(' ')[0]
                print('server got ' + method)
                if method == 'HEAD':
                    sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\n')
                else:
                    sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 3\r\n\r\nabc')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True})
        port = server.address()['port']

        def on_head(res):
            print('head response %d %s' % (res.statusCode, res.headers['content-length']))
            res.on('data', lambda d: print('data?!'))

            def on_end():
                print('head end')

                def on_get(res2):
                    res2.setEncoding('latin1')
                    res2.on('data', lambda d: print('get data ' + d))

                    def end2():
                        print('get end reused=' + s(r2.reusedSocket))
                        agent.destroy()
                        server.close()
                    res2.on('end', end2)
                r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_get)
            res.on('end', on_end)
        req = http.request({'host': '127.0.0.1', 'port': port, 'method': 'HEAD', 'agent': agent}, on_head)
        req.end()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
