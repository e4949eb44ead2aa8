# Agent timeout option sets the socket timeout; a timed-out free socket is destroyed and removed.
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
        agent = http.Agent({'keepAlive': True, 'timeout': 60})

        def on_response(res):
            print('socket.timeout during request ' + s(req.socket.timeout))
            res.resume()

            def later():
                sock = req.socket
                print('free=%d socket.timeout=%s' % (count(agent.freeSockets), s(sock.timeout)))
                sock.on('timeout', lambda: print('socket timeout'))

                def on_close(*_):
                    print('close free=%d total=%d' % (count(agent.freeSockets), agent.totalSocketCount))
                    server.close()
                sock.on('close', on_close)
            res.on('end', lambda: timers.setImmediate(later))
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_response)
        req.on('socket', lambda sock: print('socket.timeout at socket ' + s(sock.timeout)))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
