# The server's Keep-Alive: timeout=N hint sets the pooled socket's timeout to N*1000 - agentKeepAliveTimeoutBuffer.
import time

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
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nKeep-Alive: timeout=1\r\n\r\n')
        sock.on('data', on_data)
        sock.on('close', lambda *_: print('server saw close'))
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True, 'agentKeepAliveTimeoutBuffer': 940, 'timeout': 5000})
        t0 = time.monotonic()

        def on_response(res):
            res.resume()

            def end():
                def later():
                    sock = req.socket
                    print('pooled=%d socket.timeout=%s' % (len(agent.freeSockets), s(sock.timeout)))
                    sock.on('timeout', lambda: print('socket timeout after>=50ms ' + s((time.monotonic() - t0) * 1000 >= 50)))

                    def on_close(*_):
                        print('socket close; pooled=%d' % len(agent.freeSockets))
                        server.close()
                    sock.on('close', on_close)
                timers.setImmediate(later)
            res.on('end', end)
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
