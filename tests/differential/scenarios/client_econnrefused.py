# Connection error: 'socket', 'error' (ECONNREFUSED), 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    probe = net.createServer()

    def listening():
        port = probe.address()['port']

        def closed(*_):
            req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/'}, lambda res: print('response?!'))
            req.on('socket', lambda sock: print('socket'))

            def on_error(e):
                print('error %s %s %s %s %s %s' % (e.name, e.code, e.syscall, e.address, s(e.port == port), s(e.errno < 0)))
                print('message ' + e.message.replace(str(port), 'PORT'))
                print('destroyed ' + s(req.destroyed))
            req.on('error', on_error)
            req.on('finish', lambda: print('finish'))
            req.on('close', lambda: print('close ' + s(req.destroyed)))
        probe.close(closed)
    probe.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
