# readable/writable[Symbol.asyncDispose](): destroy with an AbortError unless
# already ended/finished; the promise fulfils once the stream is finished.
import nodehttp
from nodehttp import timers
from nodehttp.stream import Readable, Writable
from nodehttp.stream.iterator import readable_async_dispose, writable_async_dispose


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    r = Readable({'read': lambda n: None})
    r.on('error', lambda e: log('r error %s %s' % (e.name, e.code)))
    r.on('close', lambda: log('r close'))
    readable_async_dispose(r).then(lambda v: log('r disposed destroyed=%s' % b(r.destroyed)),
                                   lambda e: log('r rejected %s' % e.name))
    log('r destroyed at once %s' % b(r.destroyed))
    w = Writable({'write': lambda c, e, cb: cb()})
    w.on('error', lambda e: log('w error %s' % e.name))
    w.on('close', lambda: log('w close'))
    writable_async_dispose(w).then(lambda v: log('w disposed'), lambda e: log('w rejected %s' % e.name))
    fin = Writable({'write': lambda c, e, cb: cb()})
    fin.on('error', lambda e: log('fin error %s' % e.name))

    def on_finish():
        log('fin finish')
        writable_async_dispose(fin).then(
            lambda v: log('fin disposed errored=%s' % ('null' if fin.errored is None else fin.errored)),
            lambda e: log('fin rejected %s' % e.name))
    fin.on('finish', on_finish)
    fin.end('x')
    ended = Readable({'read': lambda n: None})

    def on_end():
        log('ended end')
        readable_async_dispose(ended).then(
            lambda v: log('ended disposed errored=%s' % ('null' if ended.errored is None else ended.errored)))
    ended.on('end', on_end)
    ended.push(None)
    ended.resume()
    bad = Readable({'read': lambda n: None})
    bad.on('error', lambda e: log('bad error %s' % e))
    bad.destroy(Exception('earlier'))
    timers.setTimeout(lambda: readable_async_dispose(bad).then(lambda v: log('bad disposed'),
                                                               lambda e: log('bad rejected %s' % e)), 1)


nodehttp.run(main)
