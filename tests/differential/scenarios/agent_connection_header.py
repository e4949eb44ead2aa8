# Connection header rules: keep-alive unless keepAlive false with maxSockets Infinity, or set by the user.
import re

import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                m = re.search(r'\r\nconnection: ([^\r]*)', st['buf'], re.I)
                print('server got %s connection=%s' % (st['buf'][:st['buf'].index(' HTTP')], m.group(1) if m else 'null'))
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        sock.on('data', on_data)
        sock.on('end', lambda: sock.end())
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']
        cases = [
            ('/global', None, {}),
            ('/agent-default', http.Agent(), {}),
            ('/keepalive', http.Agent({'keepAlive': True}), {}),
            ('/maxsockets', http.Agent({'maxSockets': 2}), {}),
            ('/agent-false', False, {}),
            ('/user-close', http.Agent({'keepAlive': True}), {'Connection': 'close'}),
            ('/user-keepalive', http.Agent(), {'Connection': 'keep-alive'}),
            ('/user-upgrade', http.Agent({'keepAlive': True}), {'Connection': 'x-custom'}),
        ]
        i = [0]

        def next_():
            if i[0] == len(cases):
                server.close()
                http.globalAgent.destroy()
                return
            path, agent, headers = cases[i[0]]
            i[0] += 1

            def on_response(res):
                res.resume()

                def end():
                    print('%s shouldKeepAlive=%s' % (path, s(req.shouldKeepAlive)))

                    def later():
                        pooled = len(agent.freeSockets) if agent else len(http.globalAgent.freeSockets)
                        print('%s socket destroyed=%s pooled=%d' % (path, s(req.socket.destroyed), pooled))
                        if agent:
                            agent.destroy()
                        next_()
                    timers.setImmediate(later)
                res.on('end', end)
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': path, 'agent': agent, 'headers': headers},
                           on_response)
        next_()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
