# agent: false uses a fresh default Agent: Connection: close, new connection per request, nothing pooled.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    conns = [0]

    def on_conn(sock):
        conns[0] += 1
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                print('server got ' + js(st['buf'].replace(str(server.address()['port']), 'PORT')))
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        sock.on('data', on_data)

        def on_end():
            print('server saw end')
            sock.end()
        sock.on('end', on_end)
    server = net.createServer(on_conn)

    def listening():
        n = [0]

        def go():
            def on_response(res):
                print('agent %s global=%s keepAlive=%s' % (s(isinstance(req.agent, http.Agent)),
                                                           s(req.agent is http.globalAgent), s(req.agent.keepAlive)))
                res.resume()
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': False}, on_response)

            def on_close():
                print('close %d conns=%d' % (n[0], conns[0]))
                n[0] += 1
                if n[0] < 2:
                    go()
                else:
                    server.close()
            req.on('close', on_close)
        go()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
