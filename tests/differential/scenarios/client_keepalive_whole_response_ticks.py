# Keep-alive GETs whose whole response arrives in one read, with different
# consumers ('response' handlers): the order of res events, user ticks and
# microtasks, and the state seen at each ('resume', 'data', 'readable',
# 'end', 'close'; req 'close'; the socket reused).
import json

import nodehttp
import nodehttp as http
from nodehttp import net, process, timers
from _client_util import s

RESP = {
    'plain': b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nContent-Length: 5\r\n\r\nhello',
    'trailers': b'HTTP/1.1 200 OK\r\nConnection: keep-alive\r\nTransfer-Encoding: chunked\r\n\r\n'
                b'5\r\nhello\r\n0\r\nX-T: 1\r\n\r\n',
}
kind = ['plain']
L = []


def log(*a):
    L.append(' '.join(a))


def st(res):
    # (JS: Array.join prints null as nothing)
    return '/'.join(s(v) if v is not None else '' for v in (
        res.readableFlowing, res.readableLength, res.complete, res.readableEnded, res.destroyed))


def c_data(res):
    def on_data(d):
        log('  data', d.decode(), st(res))
        process.nextTick(lambda: log('  tick after data', st(res)))
    res.on('data', on_data)


def c_resume_listener(res):
    res.on('resume', lambda: log('  resume', st(res)))
    res.resume()


def c_readable(res):
    def on_readable():
        while True:
            c = res.read()
            if c is None:
                break
            log('  read', c.decode())
        log('  readable', st(res))
    res.on('readable', on_readable)


def c_pause(res):
    res.pause()
    res.on('data', lambda d: log('  data', d.decode(), st(res)))

    def later():
        log('  immediate', st(res))
        res.resume()
    timers.setImmediate(later)


def c_encoding(res):
    res.setEncoding('latin1')
    res.on('data', lambda d: log('  data', 'string' if isinstance(d, str) else 'object', d))


CONSUMERS = [
    ('resume', lambda res: res.resume()),
    ('data', c_data),
    ('resume+resume listener', c_resume_listener),
    ('readable', c_readable),
    ('pause then resume', c_pause),
    ('encoding', c_encoding),
    ('trailers', lambda res: res.resume()),
    ('none', None),
]


def main():
    def on_conn(sock):
        def on_data(d):
            n = d.count(b'\r\n\r\n')
            for _ in range(n):
                sock.write(RESP[kind[0]])
        sock.on('data', on_data)
    server = net.createServer(on_conn)
    agent_box = []

    def step(i):
        agent = agent_box[0]
        if i >= len(CONSUMERS):
            agent.destroy()
            server.close()
            for line in L:
                print(line)
            return
        name, consume = CONSUMERS[i]
        kind[0] = 'trailers' if name == 'trailers' else 'plain'
        log(name)
        req = http.get({'host': '127.0.0.1', 'port': server.address()['port'], 'agent': agent})

        def on_close():
            log('  req close')
            timers.setImmediate(lambda: step(i + 1))
        req.on('close', on_close)
        if consume is None:
            return

        def on_response(res):
            log('  response', st(res), 'reused=' + s(req.reusedSocket))
            process.nextTick(lambda: log('  tick after response', st(res)))
            process.queueMicrotask(lambda: log('  micro after response', st(res)))

            def on_end():
                log('  end', st(res), json.dumps(res.rawTrailers, separators=(',', ':')))
                process.nextTick(lambda: log('  tick after end', st(res)))
            res.on('end', on_end)
            res.on('close', lambda: log('  close', st(res)))
            consume(res)
        req.on('response', on_response)

    def listening():
        agent_box.append(http.Agent({'keepAlive': True}))
        step(0)
    server.listen(0, '127.0.0.1', listening)


nodehttp.run(main)
