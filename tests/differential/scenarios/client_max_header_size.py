# maxHeaderSize: a response head over the limit is HPE_HEADER_OVERFLOW; a larger limit accepts it.
import nodehttp
import nodehttp as http
from nodehttp import net


def main():
    srv = net.createServer(lambda s: s.on('data', lambda d: s.end(
        b'HTTP/1.1 200 OK\r\nX-Big: ' + b'a' * 2000 + b'\r\nContent-Length: 0\r\n\r\n')))

    def listening():
        port = srv.address()['port']
        r = http.get({'host': '127.0.0.1', 'port': port, 'maxHeaderSize': 1000, 'agent': False})
        r.on('error', lambda e: print(e.code, e.message, e.bytesParsed))

        def close():
            print('close')

            def on_res(res):
                print(res.statusCode, len(res.headers['x-big']))
                res.resume()
                res.on('end', srv.close)
            http.get({'host': '127.0.0.1', 'port': port, 'maxHeaderSize': 3000, 'agent': False}, on_res)
        r.on('close', close)
    srv.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
