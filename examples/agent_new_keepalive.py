"""http.md "new Agent([options])": a keep-alive agent reused by two requests.

Twin: examples/js/agent_new_keepalive.js.
"""

import nodehttp as http
from nodehttp import timers


server = http.createServer(lambda req, res: res.end(f'hello {req.url}'))


def on_listening():
    options = {'host': '127.0.0.1', 'port': server.address()['port'], 'path': '/1'}
    keepAliveAgent = http.Agent({'keepAlive': True})
    options['agent'] = keepAliveAgent
    count = 0

    def onResponseCallback(res):
        res.setEncoding('utf8')
        res.on('data', lambda chunk: print('body:', chunk))

        def on_end():
            nonlocal count
            print('reused socket:', res.req.reusedSocket)
            count += 1
            if count == 1:
                def second():
                    options['path'] = '/2'
                    http.request(options, onResponseCallback).end()
                timers.setImmediate(second)
            else:
                keepAliveAgent.destroy()
                server.close()
        res.on('end', on_end)

    http.request(options, onResponseCallback).end()


server.listen(0, '127.0.0.1', on_listening)
