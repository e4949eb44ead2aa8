# Writable: write() returns false at highWaterMark; 'drain' once flushed;
# synchronous and asynchronous _write callbacks; callback/drain/finish order.
import nodehttp
from nodehttp import stream, timers


def j(v):
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return v


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


def drain_case():
    w = stream.Writable({'highWaterMark': 4, 'write': lambda c, e, cb: timers.setTimeout(cb, 1)})

    def on_drain():
        log('drain', w.writableLength, w.writableNeedDrain)
        log('write after drain', w.write('z'))
        w.end()

    w.on('drain', on_drain)
    w.on('finish', lambda: log('drain case finish'))
    log('w1', w.write('ab'), 'w2', w.write('cd'), 'w3', w.write('e'), w.writableNeedDrain)


def main():
    run('sync', False, lambda: run('async', True, drain_case))


nodehttp.run(main)
