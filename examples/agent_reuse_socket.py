"""http.md "agent.reuseSocket(socket, request)": an Agent subclass that logs each
call, then does the default (``socket.ref()``).

Twin: examples/js/agent_reuse_socket.js.
"""

import nodehttp as http
from nodehttp import timers


class LoggingAgent(http.Agent):
    def reuseSocket(self, socket, request):
        print('reuseSocket called for', request.path)
        super().reuseSocket(socket, request)  # the default: socket.ref()


server = http.createServer(lambda req, res: res.end('ok'))


def on_listening():
    agent = LoggingAgent({'keepAlive': True})
    port = server.address()['port']

    def second():
        def on_response2(res2):
            print('second request reusedSocket:', res2.req.reusedSocket)
            res2.resume()

            def on_end():
                agent.destroy()
                server.close()
            res2.on('end', on_end)
        http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/second'},
                 on_response2)

    def on_response(res):
        res.resume()
        res.on('end', lambda: timers.setImmediate(second))

    http.get({'host': '127.0.0.1', 'port': port, 'agent': agent, 'path': '/first'}, on_response)


server.listen(0, '127.0.0.1', on_listening)
