# scheduling 'lifo' picks the most recently freed socket, 'fifo' the least recently freed one.
import nodehttp
import nodehttp as http
from nodehttp import net, timers


def main():
    conns = [0]

    def on_conn(sock):
        conns[0] += 1
        ident = conns[0]
        st = {'buf': ''}

        def on_data(d):
            st['buf'] += d.decode('latin-1')
            if '\r\n\r\n' in st['buf']:
                st['buf'] = ''
                delay = 5 if ident % 2 else 100
                timers.setTimeout(lambda: sock.write(
                    b'HTTP/1.1 200 OK\r\nContent-Length: 1\r\nX-Conn: %d\r\n\r\nx' % ident), delay)
        sock.on('data', on_data)
    server = net.createServer(on_conn)
    modes = ['lifo', 'fifo']

    def run(m):
        if m == len(modes):
            server.close()
            return
        agent = http.Agent({'keepAlive': True, 'scheduling': modes[m]})
        done = [0]
        order = []
        port = server.address()['port']
        for i in range(2):
            def on_response(res):
                order.append(int(res.headers['x-conn']))
                res.resume()

                def end():
                    done[0] += 1
                    if done[0] == 2:
                        def later():
                            def on_res2(res2):
                                print('%s freed order %s picked %d' % (
                                    modes[m], ','.join(str(x - order[0] + 1) for x in order),
                                    int(res2.headers['x-conn']) - order[0] + 1))
                                res2.resume()

                                def end2():
                                    agent.destroy()
                                    run(m + 1)
                                res2.on('end', end2)
                            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_res2)
                        timers.setTimeout(later, 10)
                res.on('end', end)
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, on_response)
    server.listen(0, '127.0.0.1', lambda: run(0))


nodehttp.run(main)
