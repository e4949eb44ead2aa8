# Premature close after the response: res 'aborted', req 'close', res 'error' aborted ECONNRESET, res 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    def on_conn(sock):
        def on_data(d):
            sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\npartial')
            timers.setTimeout(lambda: sock.destroy(), 20)
        sock.once('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
        req.on('socket', lambda sock: print('socket'))

        def on_response(res):
            print('response')
            res.on('data', lambda d: print('res data ' + d.decode()))
            res.on('aborted', lambda: print('res aborted %s complete=%s' % (s(res.aborted), s(res.complete))))
            res.on('error', lambda e: print('res error %s %s %s' % (e.name, e.message, e.code)))
            res.on('end', lambda: print('res end?!'))

            def on_close():
                print('res close')
                server.close()
            res.on('close', on_close)
        req.on('response', on_response)
        req.on('error', lambda e: print('req error ' + e.message))
        req.on('close', lambda: print('req close'))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
