# Chunked response with trailers: res.trailers/rawTrailers/trailersDistinct filled at 'end'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s


def main():
    def on_conn(sock):
        sock.on('data', lambda d: sock.end(
            b'HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Sum\r\n\r\n'
            b'4\r\nWiki\r\n5\r\npedia\r\n0\r\nX-Sum: 42\r\nx-sum: 43\r\nX-Other: z\r\n\r\n'))
    server = net.createServer(on_conn)

    def listening():
        def on_response(res):
            print('before end trailers %s %s' % (js(res.trailers), js(res.rawTrailers)))
            chunks = []
            res.on('data', lambda d: chunks.append(d.decode()))

            def end():
                print('body ' + ''.join(chunks))
                print('trailers ' + js(res.trailers))
                print('rawTrailers ' + js(res.rawTrailers))
                print('trailersDistinct ' + js(res.trailersDistinct))
                print('complete ' + s(res.complete))
                server.close()
            res.on('end', end)
        http.get({'host': '127.0.0.1', 'port': server.address()['port']}, on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
