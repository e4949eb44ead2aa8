# stream.addAbortSignal(): aborting destroys the stream with an AbortError
# whose cause is the signal's reason; an aborted signal destroys at once;
# after the stream finishes the abort listener is gone; argument errors.
import nodehttp
from nodehttp.events import getEventListeners, AbortController, AbortSignal
from nodehttp.stream import Readable, Writable, PassThrough
from nodehttp.stream.abort import addAbortSignal


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    ac = AbortController()
    r = Readable({'read': lambda n: None})
    log('returns stream %s' % b(addAbortSignal(ac.signal, r) is r))
    log('listeners %d' % len(getEventListeners(ac.signal, 'abort')))
    r.on('error', lambda e: log('r error %s %s %s cause=%s' % (e.name, e.code, e.message, e.cause and e.cause.name)))
    r.on('close', lambda: log('r close destroyed=%s' % b(r.destroyed)))
    ac.abort()
    log('after abort destroyed=%s' % b(r.destroyed))
    w = Writable({'write': lambda c, e, cb: cb()})
    w.on('error', lambda e: log('w error %s cause=%s' % (e.name, e.cause)))
    w.on('close', lambda: log('w close'))
    addAbortSignal(AbortSignal.abort('why'), w)
    log('pre-aborted destroyed=%s' % b(w.destroyed))
    ac2 = AbortController()
    p = PassThrough()
    addAbortSignal(ac2.signal, p)
    p.on('finish', lambda: log('p finish'))
    p.on('end', lambda: log('p end'))

    def on_close():
        log('p close listeners %d' % len(getEventListeners(ac2.signal, 'abort')))
        ac2.abort()
        log('p destroyed after late abort: errored=%s' % ('null' if p.errored is None else p.errored))
    p.on('close', on_close)
    p.resume()
    p.end('x')
    for a, s in (({}, r), (ac.signal, {}), (None, r)):
        try:
            addAbortSignal(a, s)
        except Exception as e:
            log('%s %s %s' % (e.name, e.code, e.message))


nodehttp.run(main)
