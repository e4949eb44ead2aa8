# agent.destroy() destroys in-use and free sockets; requests in flight fail with socket hang up.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import count


def main():
    def on_conn(sock):
        sock.on('error', lambda e: None)
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '/free' in st['buf']:
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
                busy = http.get({'host': '127.0.0.1', 'port': port, 'path': '/busy', 'agent': agent})
                busy.on('error', lambda e: print('busy error %s %s' % (e.message, e.code)))

                def busy_close():
                    print('busy close sockets=%d free=%d total=%d' % (count(agent.sockets), count(agent.freeSockets),
                                                                      agent.totalSocketCount))
                    server.close()
                busy.on('close', busy_close)
                other = http.get({'host': '127.0.0.1', 'port': port, 'path': '/other', 'agent': agent})
                other.on('error', lambda e: print('other error %s %s' % (e.message, e.code)))

                def on_socket(sock):
                    print('other socket; sockets=%d free=%d' % (count(agent.sockets), count(agent.freeSockets)))

                    def on_connect():
                        print('before destroy sockets=%d free=%d' % (count(agent.sockets), count(agent.freeSockets)))
                        agent.destroy()
                        print('after destroy sockets=%d free=%d' % (count(agent.sockets), count(agent.freeSockets)))
                    sock.on('connect', on_connect)
                other.on('socket', on_socket)
            res.on('end', lambda: timers.setImmediate(later))
        http.get({'host': '127.0.0.1', 'port': port, 'path': '/free', 'agent': agent}, on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
