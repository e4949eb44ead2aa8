# Overriding keepSocketAlive (return false destroys the socket) and reuseSocket (called on reuse).
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import count, s


class Picky(http.Agent):
    def __init__(self, opts):
        super().__init__(opts)
        self.n = 0

    def keepSocketAlive(self, socket):
        self.n += 1
        keep = self.n < 3
        print('keepSocketAlive #%d -> %s' % (self.n, s(keep)))
        return super().keepSocketAlive(socket) if keep else False

    def reuseSocket(self, socket, req):
        print('reuseSocket path=' + req.path)
        super().reuseSocket(socket, req)


def main():
    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                st['buf'] = ''
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = Picky({'keepAlive': True})
        i = [0]

        def go():
            def on_response(res):
                res.resume()

                def later():
                    print('after %d free=%d destroyed=%s reused=%s' % (
                        i[0], count(agent.freeSockets), s(req.socket.destroyed), s(req.reusedSocket)))
                    i[0] += 1
                    if i[0] < 3:
                        go()
                    else:
                        agent.destroy()
                        server.close()
                res.on('end', lambda: timers.setImmediate(later))
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/%d' % i[0], 'agent': agent},
                           on_response)
        go()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
