# A malformed response: 'error' with the llhttp code, then 'close'.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js

CASES = [
    b'HTTP/1.1 2000 OK\r\n\r\n',
    b'HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n',
    b'HTTX/1.1 200 OK\r\n\r\n',
    b'HTTP/1.1 200 OK\r\nBad Header: y\r\n\r\n',
]


def main():
    n = [0]

    def on_conn(sock):
        sock.on('error', lambda e: None)

        def on_data(d):
            sock.end(CASES[n[0]])
            n[0] += 1
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def next_(i):
        if i == len(CASES):
            server.close()
            return
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': False})
        req.on('response', lambda res: print('%d response?!' % i))
        req.on('error', lambda e: print('%d error %s %s %s reason=%s bytesParsed=%d rawPacket=%s' % (
            i, e.name, e.code, js(e.message), js(e.reason), e.bytesParsed,
            js(e.rawPacket.decode('latin-1')) if e.rawPacket else 'undefined')))

        def on_close():
            print('%d close' % i)
            next_(i + 1)
        req.on('close', on_close)
    server.listen(0, '127.0.0.1', lambda: next_(0))


nodehttp.run(main)
