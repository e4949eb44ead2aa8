# req.destroy() before a socket is assigned: 'error' socket hang up, 'close'; no 'socket'.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


def main():
    server = net.createServer(lambda sock: sock.destroy())

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
        req.on('socket', lambda sock: print('socket'))
        req.on('error', lambda e: print('error %s %s' % (e.message, e.code)))

        def on_close():
            print('close')
            timers.setTimeout(lambda: server.close(), 20)
        req.on('close', on_close)
        req.destroy()
        print('destroyed %s aborted %s' % (s(req.destroyed), s(req.aborted)))
        req2 = http.get({'host': '127.0.0.1', 'port': server.address()['port']})
        req2.on('socket', lambda sock: print('2 socket'))
        req2.on('error', lambda e: print('2 error ' + str(e)))
        req2.on('close', lambda: print('2 close'))
        req2.destroy(Exception('custom'))
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
