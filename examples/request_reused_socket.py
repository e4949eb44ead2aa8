"""http.md "request.reusedSocket": a keep-alive agent sending a request on an interval.

The doc's interval is 5 s (to hit the server's keep-alive timeout); here three
requests 250 ms apart, well within it, so the socket is reused. Ephemeral port
instead of 3000. Twin: examples/js/request_reused_socket.js.
"""

import nodehttp as http
from nodehttp import timers

agent = http.Agent({'keepAlive': True})


def on_request(req, res):
    res.write('hello\n')
    res.end()


# Server has a 5 seconds keep-alive timeout by default
server = http.createServer(on_request)
server.listen(0, '127.0.0.1')

sent = 0
busy = False  # a request is in flight (the machine may be slow)


def tick():
    global sent, busy
    if busy:
        return
    busy = True
    sent += 1
    n = sent

    def on_response(res):
        print(f'request {n}: reusedSocket = {req.reusedSocket}')
        res.on('data', lambda data: None)  # Do nothing

        def on_end():
            global busy
            busy = False
            if n == 3:
                agent.destroy()
                server.close()
        res.on('end', on_end)

    # Adapting a keep-alive agent
    req = http.get(f"http://127.0.0.1:{server.address()['port']}", {'agent': agent}, on_response)
    if sent == 3:
        timers.clearInterval(interval)


interval = timers.setInterval(tick, 250)  # Sending request on an interval
