# Writable: write() returns false at highWaterMark; 'drain' once flushed;
# synchronous and asynchronous _write callbacks; callback/drain/finish order.
import nodehttp
from nodehttp import stream, timers


def j(v):
    return {True: 'true', False: 'false', None: 'null'}.get(v, v) if not isinstance(v, int) or isinstance(v, bool) else v


def log(*parts):
    print(*[j(p) for p in parts])


def run(name, async_cb, done=None):
    def write(chunk, encoding, cb):
        log(name, 'write', chunk.decode(), encoding, w.writableLength)
        if async_cb:
            timers.setImmediate(cb)
        else:
            cb()

    w = stream.Writable({'highWaterMark': 3, 'write': write})
    for ev in ['drain', 'prefinish', 'finish', 'close']:
        w.on(ev, lambda ev=ev: log(name, 'event', ev, w.writableLength, w.writableNeedDrain))
    log(name, 'ret', w.write('ab', lambda: log(name, 'cb ab')))
    log(name, 'ret', w.write('c', lambda: log(name, 'cb c')))
    log(name, 'ret', w.write('d', lambda: log(name, 'cb d')))
    log(name, 'needDrain', w.writableNeedDrain, 'length', w.writableLength)

    def end_cb():
        log(name, 'end cb', w.writableFinished)
        if done:
            done()
    w.end('e', end_cb)
    log(name, 'after end', w.writableEnded, w.writableFinished, w.writable)


def main():
    run('sync', False, lambda: run('async', True))


nodehttp.run(main)
