# An accepted Upgrade whose request has a body: the body bytes reach the listener in `head` (Node 24).
import json
import re

import nodehttp as http
from nodehttp import net, process, timers

S = []
C = []


def fmt(x):
    return x if isinstance(x, str) else json.dumps(x, separators=(',', ':'), ensure_ascii=False)


def log(*a):
    S.append(' '.join(fmt(x) for x in a))


def on_exit(code=0):
    for line in S + C:
        print(line)


def main():
    process.on('exit', on_exit)
    server = http.createServer({})
    def on_upgrade(req, socket, head):
        log('upgrade', req.url, req.headers['upgrade'], head.decode())
        socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n\r\n')
        socket.write('echo:' + head.decode())
        socket.on('end', lambda: socket.end())
    server.on('upgrade', on_upgrade)
    server.on('request', lambda *a: log('request should not fire'))

    def on_listening():
        steps = [{'send': 'GET /ws HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\nContent-Length: 3\r\n\r\nabcXYZ'}, {'waitFor': 'echo:'}, {'end': True}]
        c = net.connect(server.address()['port'], '127.0.0.1')
        st = {'acc': b'', 'i': 0}

        def nxt():
            while st['i'] < len(steps):
                s = steps[st['i']]
                if 'send' in s:
                    c.write(s['send'].encode('latin-1'))
                    st['i'] += 1
                elif s.get('end'):
                    c.end()
                    st['i'] += 1
                elif 'waitFor' in s:
                    if s['waitFor'] in st['acc'].decode('latin-1'):
                        st['i'] += 1
                    else:
                        return
                elif 'delay' in s:
                    st['i'] += 1
                    timers.setTimeout(nxt, s['delay'])
                    return

        def on_data(d):
            st['acc'] += d
            nxt()

        def on_close(*_):
            text = re.sub(r'\r\nDate: [^\r]*', '', st['acc'].decode('latin-1'))
            C.append('response ' + json.dumps(text, separators=(',', ':'), ensure_ascii=False))
            server.close(lambda *a: C.append('server closed'))

        c.on('connect', nxt)
        c.on('data', on_data)
        c.on('error', lambda e: C.append('client error ' + str(e.code)))
        c.on('close', on_close)

    server.listen(0, '127.0.0.1', on_listening)


http.run(main)
