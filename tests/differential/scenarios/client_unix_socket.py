# socketPath: a request over a Unix domain socket; Host defaults to localhost.
import os
import tempfile

import nodehttp
import nodehttp as http
from nodehttp import net
from _client_util import js

SOCK = os.path.join(tempfile.gettempdir(), 'nodehttp-client-unix-%d.sock' % os.getpid())


def main():
    try:
        os.unlink(SOCK)
    except OSError:
        pass

    def on_conn(sock):
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                print('server got ' + js(st['buf']))
                sock.end(b'HTTP/1.1 200 OK\r\nContent-Length: 4\r\n\r\nunix')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def listening():
        agent = http.Agent()

        def on_response(res):
            print('response %d name %s' % (res.statusCode, js(list(agent.sockets)).replace(SOCK, 'SOCK')))
            res.setEncoding('utf8')
            res.on('data', lambda d: print('data ' + d))
            res.on('end', lambda: print('end'))
        req = http.get({'socketPath': SOCK, 'path': '/sock', 'agent': agent}, on_response)

        def on_close():
            print('close')
            server.close()
        req.on('close', on_close)
    server.listen(SOCK, listening)


nodehttp.run(main)
