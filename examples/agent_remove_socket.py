"""http.md "Class: http.Agent": take a socket out of the agent's pool with 'agentRemove'.

Twin: examples/js/agent_remove_socket.js.
"""

import nodehttp as http
from nodehttp import timers


server = http.createServer(lambda req, res: res.end('hello'))


def on_listening():
    agent = http.Agent({'keepAlive': True})
    options = {'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}

    def on_response(res):
        # Do stuff
        res.resume()

        def after_end():
            print('free sockets:', len(agent.freeSockets))
            server.close()
        res.on('end', lambda: timers.setImmediate(after_end))

    def on_socket(socket):
        socket.emit('agentRemove')
        print('sockets after agentRemove:', len(agent.sockets))

    http.get(options, on_response).on('socket', on_socket)


server.listen(0, '127.0.0.1', on_listening)
