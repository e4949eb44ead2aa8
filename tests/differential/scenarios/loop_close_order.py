"""libuv's close phase runs uv_close callbacks newest first (closing_handles is
push-front): sockets destroyed in one iteration emit 'close' in reverse order
of destroy(); one destroyed in the check phase joins that iteration's batch;
one destroyed while the close phase runs waits for the next iteration (after
its immediates). A handle-less socket and server 'close' come on nextTick."""
import nodehttp
from nodehttp import net, process, timers


def fmt(x):
    if x is None:
        return 'undefined'
    if isinstance(x, bool):
        return 'true' if x else 'false'
    return str(x)


def log(*a):
    print(' '.join(fmt(x) for x in a), flush=True)


def main():
    clients = {}
    peers = []
    ready = [0]

    def count():
        ready[0] += 1
        if ready[0] == 8:
            go()

    def on_connection(c):
        peers.append(c)
        count()
    server = net.createServer(on_connection)
    server.on('close', lambda: log('server close'))

    def on_listening():
        for name in ('A', 'B', 'C', 'D'):
            s = net.connect(server.address()['port'], '127.0.0.1')
            clients[name] = s
            s.on('connect', count)
    server.listen(0, '127.0.0.1', on_listening)

    def go():
        port = server.address()['port']
        p = {}
        for name, s in clients.items():
            s.on('close', lambda h=None, name=name: log(name, 'close', h))
            p[name] = next(c for c in peers if c.remotePort == s.localPort)
            p[name].on('close', lambda h=None, name=name: log('P' + name, 'close', h))
        u = net.Socket()
        u.on('close', lambda h=None: log('U close', h))

        def first_close(*_):            # the first 'close' of the batch
            clients['D'].destroy()
            p['D'].destroy()
            timers.setImmediate(lambda: log('immediate 2'))
            process.nextTick(lambda: log('tick 2'))
        p['A'].on('close', first_close)
        clients['A'].destroy()
        p['B'].destroy()
        u.destroy()
        clients['B'].destroy()
        server.close()
        e = net.connect(port, '127.0.0.1')      # connecting when destroyed
        e.on('close', lambda h=None: log('E close', h))
        e.on('error', lambda err: log('E error', err.code))
        p['C'].destroy()
        e.destroy()
        clients['C'].destroy()
        p['A'].destroy()

        def immediate1():
            log('immediate 1')
            g = net.connect(port, '127.0.0.1')
            g.on('close', lambda h=None: log('G close', h))
            g.on('error', lambda err: log('G error', err.code))
            f = net.Socket()
            f.on('close', lambda h=None: log('F close', h))
            f.destroy()
            g.destroy()
        timers.setImmediate(immediate1)
        process.nextTick(lambda: log('tick 1'))
        log('destroyed')


nodehttp.run(main)
