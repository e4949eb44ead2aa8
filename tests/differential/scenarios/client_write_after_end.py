# write() after end(): the callback and 'error' get ERR_STREAM_WRITE_AFTER_END; end() twice is harmless.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def main():
    server = net.createServer(lambda sock: sock.on('data', lambda d: sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')))

    def listening():
        req = http.request({'host': '127.0.0.1', 'port': server.address()['port'], 'method': 'POST', 'agent': False})
        req.on('error', lambda e: print('error %s %s' % (e.code, e.message)))
        req.end('body')
        print('write returned ' + s(req.write('more', lambda e=None: print('write cb ' + s(e and e.code)))))
        print('end again ' + s(req.end() is req))

        def on_response(res):
            res.resume()

            def end():
                print('response end')
                server.close()
            res.on('end', end)
        req.on('response', on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
