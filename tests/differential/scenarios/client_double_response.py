# A server that answers one request twice: the socket is destroyed after the first response.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    def on_conn(sock):
        sock.on('error', lambda e: None)
        sock.on('data', lambda d: sock.write(
            b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nokHTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nno'))
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True})

        def on_response(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: print('data ' + d))
            res.on('end', lambda: print('end'))
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_response)
        req.on('error', lambda e: print('error ' + e.message))

        def on_close():
            print('close destroyed=' + s(req.socket.destroyed))

            def later():
                print('free=%d total=%d' % (len(agent.freeSockets), agent.totalSocketCount))
                server.close()
            timers.setImmediate(later)
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
