"""http.md "agent.keepSocketAlive(socket)": the default behaviour, written out in
an Agent subclass that logs each call.

Twin: examples/js/agent_keep_socket_alive.js.
"""

import re

import nodehttp as http
from nodehttp import timers


class LoggingAgent(http.Agent):
    def keepSocketAlive(self, socket):
        print('keepSocketAlive called, keepAliveMsecs =', self.keepAliveMsecs)
        socket.setKeepAlive(True, self.keepAliveMsecs)
        socket.unref()
        return True


server = http.createServer(lambda req, res: res.end('ok'))


def on_listening():
    agent = LoggingAgent({'keepAlive': True})

    def on_response(res):
        res.resume()

        def after_end():
            name = re.sub(r':\d+:', ':PORT:', list(agent.freeSockets)[0], count=1)
            print('free socket kept under', name)
            agent.destroy()
            server.close()
        res.on('end', lambda: timers.setImmediate(after_end))

    http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent}, on_response)


server.listen(0, '127.0.0.1', on_listening)
