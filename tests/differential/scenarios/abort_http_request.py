# http.request({signal}): abort() destroys the request with an AbortError
# (cause: the reason) even if an earlier 'abort' listener stops immediate
# propagation; the request's listener is gone after 'close'; a signal that
# is already aborted destroys the request before it gets a socket.
import nodehttp as http
from nodehttp.events import getEventListeners, AbortController, AbortSignal


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    srv = http.createServer(lambda req, res: None)

    def listening():
        port = srv.address()['port']
        ac = AbortController()
        ac.signal.addEventListener('abort', lambda e: e.stopImmediatePropagation())
        req = http.request({'port': port, 'signal': ac.signal})
        log('listeners %d' % len(getEventListeners(ac.signal, 'abort')))
        req.on('error', lambda e: log('error %s %s %s cause=%s' % (e.name, e.code, e.message, e.cause.name)))

        def on_close():
            log('close listeners %d destroyed=%s' % (len(getEventListeners(ac.signal, 'abort')), b(req.destroyed)))
            r2 = http.request({'port': port, 'signal': AbortSignal.abort('early')})
            log('r2 destroyed at once %s' % b(r2.destroyed))
            r2.on('socket', lambda s: log('r2 socket?!'))
            r2.on('error', lambda e: log('r2 error %s cause=%s' % (e.code, e.cause)))
            r2.on('close', lambda: (log('r2 close'), srv.close()))
        req.on('close', on_close)
        req.end()
        ac.abort()
        log('aborted')
    srv.listen(0, '127.0.0.1', listening)


http.run(main)
