# setHost false, setDefaultHeaders false, auth option, Authorization overriding auth, defaultPort in Host.
import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js


def main():
    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                print('server got ' + js(st['buf'].replace(str(server.address()['port']), 'PORT')))
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        port = server.address()['port']
        base = {'host': '127.0.0.1', 'port': port, 'agent': False}
        cases = [
            {**base, 'path': '/sethost-false', 'setHost': False},
            {**base, 'path': '/defaults-false', 'setDefaultHeaders': False, 'method': 'POST'},
            {**base, 'path': '/defaults-false-sethost', 'setDefaultHeaders': False, 'setHost': True},
            {**base, 'path': '/auth', 'auth': 'user:p@ss:word'},
            {**base, 'path': '/auth-override', 'auth': 'a:b', 'headers': {'Authorization': 'Bearer x'}},
            {**base, 'path': '/default-port', 'defaultPort': port},
            {**base, 'agent': None, 'path': '/ipv6-host', 'host': '::1', 'port': None, 'defaultPort': None,
             'createConnection': lambda o: net.createConnection(port, '127.0.0.1')},
            {**base, 'path': '/host-header', 'headers': {'host': 'other:1'}},
        ]
        i = [0]

        def next_():
            if i[0] == len(cases):
                server.close()
                return
            opts = cases[i[0]]
            i[0] += 1

            def on_response(res):
                res.resume()
                res.on('end', next_)
            req = http.request(opts, on_response)
            req.end('x' if i[0] == 2 else None)
        next_()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
