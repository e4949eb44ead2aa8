# message.headers rules for a response: duplicates joined/dropped/arrayed, set-cookie array, joinDuplicateHeaders, headersDistinct.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js, s

RESP = (b'HTTP/1.1 201 Created Here\r\n'
        b'Set-Cookie: a=1\r\nset-cookie: b=2\r\n'
        b'Content-Type: text/plain\r\nContent-Type: text/html\r\n'
        b'X-Multi: one\r\nX-Multi: two\r\n'
        b'Cookie: c1\r\nCookie: c2\r\n'
        b'Age: 1\r\nAge: 2\r\n'
        b'Content-Length: 0\r\n\r\n')


def main():
    server = net.createServer(lambda sock: sock.on('data', lambda d: sock.write(RESP)))

    def listening():
        port = server.address()['port']
        n = [0]
        for join in (False, True):
            def on_response(res, join=join):
                print('join=%s status %d %s' % (s(join), res.statusCode, js(res.statusMessage)))
                print('headers ' + js(res.headers))
                print('headersDistinct ' + js(res.headersDistinct))
                print('rawHeaders ' + js(res.rawHeaders))
                print('version %s %d %d' % (res.httpVersion, res.httpVersionMajor, res.httpVersionMinor))
                print('method %s url %s' % ('null' if res.method is None else res.method, js(res.url)))
                res.resume()

                def end():
                    n[0] += 1
                    if n[0] == 2:
                        server.close()
                res.on('end', end)
            http.get({'host': '127.0.0.1', 'port': port, 'joinDuplicateHeaders': join, 'agent': False}, on_response)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
