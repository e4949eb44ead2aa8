# Premature close before the response: 'socket', 'error' socket hang up / ECONNRESET, 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    def on_conn(sock):
        def on_data(d):
            print('server got request')
            sock.end()
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
        req.on('socket', lambda sock: print('socket'))
        req.on('response', lambda res: print('response?!'))
        req.on('error', lambda e: print('error %s %s %s reusedSocket=%s' % (e.name, e.message, e.code, s(req.reusedSocket))))

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
