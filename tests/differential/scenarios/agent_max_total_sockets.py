# maxTotalSockets across two origins; requests for the second origin wait until a socket closes.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import count


def main():
    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                line = st['buf'][:st['buf'].index('\r\n')]
                st['buf'] = ''
                print('server got ' + line)
                delay = 300 if '/0 ' in line else 5 if '/1 ' in line else 0
                timers.setTimeout(lambda: sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nConnection: close\r\n\r\nx'), delay)
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def state(label, a):
        print('%s sockets=%d free=%d requests=%d total=%d' % (
            label, count(a.sockets), count(a.freeSockets), count(a.requests), a.totalSocketCount))

    def listening():
        agent = http.Agent({'keepAlive': True, 'maxTotalSockets': 2})
        done = [0]
        hosts = ['127.0.0.1', 'localhost', '127.0.0.1', 'localhost']
        for i, host in enumerate(hosts):
            def on_response(res):
                res.resume()

                def end():
                    done[0] += 1
                    if done[0] == 4:
                        def after():
                            state('after', agent)
                            server.close()
                        timers.setImmediate(after)
                res.on('end', end)
            req = http.get({'host': host, 'family': 4, 'port': server.address()['port'], 'path': '/%d' % i,
                            'agent': agent}, on_response)
            req.on('socket', lambda sock, i=i: state('socket %d' % i, agent))
            req.on('close', lambda i=i: print('close %d' % i))
            state('queued %d' % i, agent)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
