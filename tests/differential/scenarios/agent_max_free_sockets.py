# maxFreeSockets: sockets beyond the limit are destroyed instead of pooled.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import count


def main():
    def on_conn(sock):
        sock.on('close', lambda *_: print('server saw close'))
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\n\r\nx')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True, 'maxFreeSockets': 1})
        done = [0]
        for i in range(3):
            def on_response(res):
                res.resume()

                def end():
                    done[0] += 1
                    if done[0] == 3:
                        def later():
                            print('free=%d sockets=%d total=%d' % (count(agent.freeSockets), count(agent.sockets),
                                                                   agent.totalSocketCount))
                            agent.destroy()
                            server.close()
                        timers.setTimeout(later, 30)
                res.on('end', end)
            http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
