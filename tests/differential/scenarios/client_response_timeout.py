# res.setTimeout(): the response gets 'timeout' when the socket idles mid-body.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    def on_conn(sock):
        sock.on('error', lambda e: None)
        sock.on('data', lambda d: sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nhalf'))
    server = net.createServer(on_conn)

    def listening():
        def on_response(res):
            def cb():
                print('res timeout cb')
                req.destroy()
            print('setTimeout returns res ' + s(res.setTimeout(40, cb) is res))
            res.on('data', lambda d: print('data ' + d.decode()))
            res.on('timeout', lambda: print('res timeout event'))
            res.on('error', lambda e: print('res error ' + e.message))

            def on_close():
                print('res close')
                server.close()
            res.on('close', on_close)
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': False}, on_response)
        req.on('timeout', lambda: print('req timeout?'))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
