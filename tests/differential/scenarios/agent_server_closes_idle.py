# A pooled socket closed by the server leaves freeSockets; the next request opens a new connection.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import count, s


def main():
    conns = [0]

    def on_conn(sock):
        conns[0] += 1
        ident = conns[0]
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\n%d' % ident)
                timers.setTimeout(lambda: sock.end(), 20)
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True})
        port = server.address()['port']

        def on_response(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: print('first from conn ' + d))

            def later():
                print('pooled free=%d' % count(agent.freeSockets))
                sock = list(agent.freeSockets.values())[0][0]

                def on_close(*_):
                    print('pooled socket closed free=%d total=%d' % (count(agent.freeSockets), agent.totalSocketCount))

                    def on_res2(res2):
                        res2.setEncoding('utf8')
                        res2.on('data', lambda d: print('second from conn %s reused=%s' % (d, s(r2.reusedSocket))))

                        def end2():
                            agent.destroy()
                            server.close()
                        res2.on('end', end2)
                    r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_res2)
                sock.on('close', on_close)
            res.on('end', lambda: timers.setImmediate(later))
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
