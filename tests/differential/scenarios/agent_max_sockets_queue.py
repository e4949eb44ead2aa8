# maxSockets: extra requests wait in agent.requests and take over a socket as it is freed.
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
            while '\r\n\r\n' in st['buf']:
                i = st['buf'].index('\r\n\r\n')
                line = st['buf'][:st['buf'].index('\r\n')]
                st['buf'] = st['buf'][i + 4:]
                print('server conn%d got %s' % (ident, line))
                timers.setTimeout(lambda: sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx'), 5 if ident == 1 else 150)
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def state(label, a):
        print('%s sockets=%d free=%d requests=%d total=%d' % (
            label, count(a.sockets), count(a.freeSockets), count(a.requests), a.totalSocketCount))

    def listening():
        agent = http.Agent({'keepAlive': True, 'maxSockets': 2})
        done = [0]
        for i in range(5):
            def on_response(res, i=i):
                res.resume()

                def end():
                    state('end %d' % i, agent)
                    done[0] += 1
                    if done[0] == 5:
                        def after():
                            state('after', agent)
                            agent.destroy()
                            server.close()
                        timers.setImmediate(after)
                res.on('end', end)
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/%d' % i, 'agent': agent},
                           on_response)
            req.on('socket', lambda sock, i=i, req=req: state('socket %d reused=%s' % (i, s(req.reusedSocket)), agent))
            state('queued %d' % i, agent)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
