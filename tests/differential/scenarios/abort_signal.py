# AbortController/AbortSignal: abort reasons, the 'abort' event (trusted,
# once), onabort, throwIfAborted, AbortSignal.abort/any/timeout, and
# events.addAbortListener resisting stopImmediatePropagation.
import nodehttp
from nodehttp import timers
from nodehttp.events import addAbortListener, AbortController, AbortSignal


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def u(x):
    return 'undefined' if x is None else x


def main():
    ac = AbortController()
    s = ac.signal
    log('%s %s' % (b(s.aborted), u(s.reason)))

    def abort1(e):
        log('abort1 %s trusted=%s target=%s aborted=%s' % (e.type, b(e.isTrusted), b(e.target is s), b(s.aborted)))
        e.stopImmediatePropagation()
    s.addEventListener('abort', abort1)
    s.addEventListener('abort', lambda: log('abort2 never'))
    s.onabort = lambda e: log('onabort %s' % e.type)
    addAbortListener(s, lambda e: log('addAbortListener %s' % e.type))
    any_ = AbortSignal.any([s, AbortController().signal])
    any_.addEventListener('abort', lambda: log('any aborted reason same=%s' % b(any_.reason is s.reason)))
    log('any before %s' % b(any_.aborted))
    ac.abort()
    log('%s %s %s %s %s' % (b(s.aborted), s.reason.name, s.reason.message, s.reason.code,
                            b(isinstance(s.reason, Exception))))
    ac.abort('again')
    log('reason kept %s' % s.reason.name)
    try:
        s.throwIfAborted()
    except Exception as e:
        log('threw %s' % b(e is s.reason))
    ac2 = AbortController()
    ac2.abort('custom')
    log(ac2.signal.reason)
    ac3 = AbortController()
    boom = Exception('boom')
    ac3.abort(boom)
    log(b(ac3.signal.reason is boom))
    try:
        ac3.signal.throwIfAborted()
    except Exception as e:
        log('threw %s' % e)
    AbortController().signal.throwIfAborted()
    log('not aborted: no throw')
    pre = AbortSignal.abort()
    log('%s %s %s' % (b(pre.aborted), pre.reason.name, pre.reason.message))
    log(AbortSignal.abort(42).reason)
    any2 = AbortSignal.any([AbortController().signal, AbortSignal.abort('first')])
    log('any2 %s %s' % (b(any2.aborted), any2.reason))
    for f in (lambda: AbortSignal(),):
        try:
            f()
        except Exception as e:
            log('%s %s %s' % (e.name, e.code, e.message))
    for f in (lambda: addAbortListener({}, lambda: None), lambda: addAbortListener(pre, 5)):
        try:
            f()
        except Exception as e:
            log('%s %s' % (e.code, e.message))
    addAbortListener(pre, lambda e=None: log('already aborted listener gets %s' % u(e)))
    log('after addAbortListener on aborted')
    ac4 = AbortController()
    d4 = addAbortListener(ac4.signal, lambda: log('disposed never'))
    d4.dispose()
    ac4.abort()
    log('ac4 aborted')
    for f in (lambda: AbortSignal.timeout(-1), lambda: AbortSignal.timeout('1'),
              lambda: AbortSignal.any([1])):
        try:
            f()
        except Exception as e:
            log('%s %s' % (e.code, e.message))
    t = AbortSignal.timeout(10)
    t.addEventListener('abort', lambda: log('timeout %s %s %s' % (t.reason.name, t.reason.message, t.reason.code)))
    timers.setTimeout(lambda: log('kept alive until 30ms'), 30)
    t2 = AbortSignal.timeout(100000)
    log("unref'd %s" % b(t2.aborted))


nodehttp.run(main)
