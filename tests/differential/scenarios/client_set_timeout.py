# request.setTimeout(ms, cb): cb is a 'timeout' listener; returns the request.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    server = net.createServer(lambda sock: sock.on('error', lambda e: None).resume())

    def listening():
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port']})

        def cb():
            print('timeout cb')
            req.destroy(Exception('gave up'))
        print('returns req ' + s(req.setTimeout(40, cb) is req))
        print('timeout listeners %d' % req.listenerCount('timeout'))
        req.on('timeout', lambda: print('timeout event'))
        req.on('error', lambda e: print('error ' + str(e)))

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
