# keepAlive Agent: the socket goes to freeSockets after each response and is reused ('free' event, reusedSocket).
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import js, s


def main():
    def on_conn(sock):
        print('server connection')
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            while '\r\n\r\n' in st['buf']:
                i = st['buf'].index('\r\n\r\n')
                print('server got ' + js(st['buf'][:i + 4].replace(str(server.address()['port']), 'PORT')))
                st['buf'] = st['buf'][i + 4:]
                sock.write(b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok')
        sock.on('data', on_data)
    server = net.createServer(on_conn)

    def names(o):
        return js({k.replace(str(server.address()['port']), 'PORT'): len(v) for k, v in o.items()})

    def state(label, agent):
        print('%s sockets=%s free=%s requests=%s total=%d' % (
            label, names(agent.sockets), names(agent.freeSockets), names(agent.requests), agent.totalSocketCount))

    def listening():
        agent = http.Agent({'keepAlive': True})
        agent.on('free', lambda socket, options: print('free host=%s port=%s path=%s keepAlive=%s' % (
            options['host'], s(options['port'] == server.address()['port']),
            'null' if options.get('path') is None else options['path'], s(options.get('keepAlive')))))
        st = {'n': 0, 'first': None}

        def go():
            n = st['n']

            def on_response(res):
                if st['first'] is None:
                    st['first'] = req.socket.localPort
                print('response samePort=' + s(req.socket.localPort == st['first']))
                res.resume()

                def end():
                    state('end %d' % n, agent)

                    def later():
                        state('immediate %d' % n, agent)
                        st['n'] += 1
                        if st['n'] < 3:
                            go()
                        else:
                            agent.destroy()
                            state('destroyed', agent)
                            server.close()
                    timers.setImmediate(later)
                res.on('end', end)
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/%d' % n, 'agent': agent},
                           on_response)

            def on_socket(sock):
                print('socket reused=%s connecting=%s' % (s(req.reusedSocket), s(sock.connecting)))
                state('on socket %d' % n, agent)
            req.on('socket', on_socket)
            req.on('close', lambda: print('req close %d' % n))
            state('requested %d' % n, agent)
        go()
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
