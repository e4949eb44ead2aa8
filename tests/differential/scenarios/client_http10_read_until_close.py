# An HTTP/1.0 response without Content-Length is read until the connection closes; no keep-alive.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    def on_conn(sock):
        def on_data(d):
            sock.write(b'HTTP/1.0 200 OK\r\nX-A: 1\r\n\r\nfirst-')
            timers.setTimeout(lambda: sock.end(b'second'), 20)
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent({'keepAlive': True})

        def on_response(res):
            print('response %s shouldKeepAlive=%s' % (res.httpVersion, s(req.shouldKeepAlive)))
            res.setEncoding('utf8')
            res.on('data', lambda d: print('data ' + d))
            res.on('end', lambda: print('end complete=' + s(res.complete)))
            res.on('close', lambda: print('res close'))
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_response)

        def on_close():
            print('close free=%d' % len(agent.freeSockets))
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
