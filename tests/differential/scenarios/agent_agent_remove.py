# A socket that emits 'agentRemove' leaves the pool and is not reused.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import count, s


def main():
    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']
        agent = http.Agent({'keepAlive': True})

        def on_response(res):
            res.resume()

            def later():
                print('after end sockets=%d free=%d total=%d destroyed=%s' % (
                    count(agent.sockets), count(agent.freeSockets), agent.totalSocketCount, s(req.socket.destroyed)))

                def on_res2(res2):
                    print('second reused=%s sameSocket=%s' % (s(r2.reusedSocket), s(r2.socket is req.socket)))
                    res2.resume()

                    def end2():
                        agent.destroy()
                        req.socket.destroy()
                        server.close()
                    res2.on('end', end2)
                r2 = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_res2)
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)

        def on_socket(sock):
            sock.emit('agentRemove')
            print('agentRemove sockets=%d total=%d' % (count(agent.sockets), agent.totalSocketCount))
        req.on('socket', on_socket)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
