# req.abort() before a socket is assigned: 'abort', 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    server = net.createServer(lambda sock: sock.destroy())

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
        req.on('socket', lambda sock: print('socket'))
        req.on('abort', lambda: print('abort aborted=' + s(req.aborted)))
        req.on('error', lambda e: print('error ' + e.message))

        def on_close():
            print('close')
            timers.setTimeout(lambda: server.close(), 20)
        req.on('close', on_close)
        req.abort()
        req.abort()
        print('aborted %s destroyed %s' % (s(req.aborted), s(req.destroyed)))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
