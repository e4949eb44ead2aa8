"""http.md "request.reusedSocket": retry a request that failed on a reused socket.

Two requests through a keep-alive agent; a request that fails with ECONNRESET
on a reused socket would be retried. Twin: examples/js/request_reused_socket_retry.js.
"""

import nodehttp as http
from nodehttp import timers

agent = http.Agent({'keepAlive': True})


server = http.createServer(lambda req, res: res.end('ok'))
done = 0


def retriableRequest():
    def on_response(res):
        # ...
        res.resume()

        def on_end():
            global done
            print('response', res.statusCode)
            done += 1
            if done == 2:
                agent.destroy()
                server.close()
        res.on('end', on_end)

    def on_error(err):
        # Check if retry is needed
        if req.reusedSocket and getattr(err, 'code', None) == 'ECONNRESET':
            retriableRequest()

    req = http.get(f"http://127.0.0.1:{server.address()['port']}", {'agent': agent}, on_response)
    req.on('error', on_error)


def on_listening():
    retriableRequest()
    timers.setTimeout(retriableRequest, 50)


server.listen(0, '127.0.0.1', on_listening)
