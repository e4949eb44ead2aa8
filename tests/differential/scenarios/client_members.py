# ClientRequest members before and after the request: path, method, host, protocol, maxHeadersCount, flags.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import s


def show(label, req):
    print(label + ' path=' + req.path + ' method=' + req.method + ' host=' + req.host + ' protocol=' + req.protocol
          + ' maxHeadersCount=' + ('null' if req.maxHeadersCount is None else s(req.maxHeadersCount))
          + ' reusedSocket=' + s(req.reusedSocket) + ' aborted=' + s(req.aborted)
          + ' destroyed=' + s(req.destroyed) + ' finished=' + s(req.finished) + ' writableEnded=' + s(req.writableEnded)
          + ' writableFinished=' + s(req.writableFinished) + ' headersSent=' + s(req.headersSent)
          + ' socket=' + ('set' if req.socket is not None else 'null')
          + ' connection=' + s(req.connection is req.socket) + ' chunkedEncoding=' + s(req.chunkedEncoding)
          + ' shouldKeepAlive=' + s(req.shouldKeepAlive) + ' useChunkedEncodingByDefault=' + s(req.useChunkedEncodingByDefault))


def main():
    server = net.createServer(lambda sock: sock.on('data', lambda d: sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')))

    def listening():
        port = server.address()['port']
        req = http.request({'hostname': 'localhost', 'host': '127.0.0.1', 'port': port, 'path': '/p?q', 'method': 'delete'})
        show('created', req)
        req.on('socket', lambda sock: show('socket', req))
        req.on('finish', lambda: show('finish', req))

        def on_response(res):
            show('response', req)
            res.resume()
            res.on('end', lambda: show('res end', req))
        req.on('response', on_response)

        def on_close():
            show('close', req)
            server.close()
        req.on('close', on_close)
        req.end()
        show('ended', req)
        g = http.get({'host': '127.0.0.1', 'port': port, 'method': 'POST'})
        show('get', g)
        g.destroy()
        g.on('error', lambda e: None)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
