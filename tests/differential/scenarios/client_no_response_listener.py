# Without a 'response' listener the body is dumped; the kept-alive socket is still freed and reused.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    conns = [0]

    def on_conn(sock):
        conns[0] += 1
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            while '\r\n\r\n' in st['buf']:
                st['buf'] = st['buf'][st['buf'].index('\r\n\r\n') + 4:]
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nignore')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True})
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent})
        req.on('finish', lambda: print('finish'))

        def on_close():
            print('close res.complete=%s dumped=%s' % (s(req.res and req.res.complete), s(req.res and req.res._dumped)))

            def later():
                def on_res(res):
                    res.setEncoding('utf8')
                    res.on('data', lambda d: print('second %s reused=%s conns=%d' % (d, s(r2.reusedSocket), conns[0])))
                    res.on('end', lambda: (agent.destroy(), server.close()))
                r2 = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_res)
            timers.setImmediate(later)
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
