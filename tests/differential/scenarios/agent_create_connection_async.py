# A custom createConnection that hands the socket over asynchronously through the callback.
import nodehttp
import nodehttp as http
from nodehttp import net, timers
from _client_util import s


HAND_OVER = []


class AsyncAgent(http.Agent):
    def createConnection(self, options, cb):
        print('createConnection host=%s path=%s keepAlive=%s servername=%s _agentKey=%s' % (
            options['host'], 'null' if options.get('path') is None else options['path'], s(options.get('keepAlive')),
            options.get('servername'), (options.get('_agentKey') or '').replace(str(options['port']), 'PORT')))

        def later():
            print('handing socket over')
            cb(None, net.createConnection(options['port'], options['host']))
        HAND_OVER.append(later)
        return None


class BadAgent(http.Agent):
    def createConnection(self, options, cb):
        timers.setImmediate(lambda: cb(Exception('no socket for you')))


def main():
    server = net.createServer(lambda sock: sock.on('data', lambda d: sock.end(
        b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nasync')))

    def listening():
        agent = AsyncAgent({'keepAlive': True})

        def on_response(res):
            res.setEncoding('utf8')
            res.on('data', lambda d: print('data ' + d))

            def end():
                print('end')
                agent.destroy()
                server.close()
            res.on('end', end)
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/async', 'agent': agent},
                       on_response)
        req.on('socket', lambda sock: print('socket'))
        r2 = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': BadAgent()})
        r2.on('socket', lambda sock: print('bad socket?!'))
        r2.on('error', lambda e: print('bad error ' + str(e)))
        def bad_close():
            print('bad close')
            timers.setTimeout(HAND_OVER[0], 10)
        r2.on('close', bad_close)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
