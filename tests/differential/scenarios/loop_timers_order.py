# Timers due at the same time run in creation order; ticks and microtasks
# queued by a timer run before the next timer; an immediate queued from an
# immediate waits for the next iteration; arguments are passed on.
import nodehttp
from nodehttp import process, timers


def log(s):
    print(s)


def main():
    for d in (3, 1, 2, 1, 3):
        timers.setTimeout(lambda d=d: log('delay %d' % d), d)

    for i in range(3):
        def timer(i=i):
            log('timer %d' % i)
            process.nextTick(lambda: log('tick after timer %d' % i))
            process.queueMicrotask(lambda: log('micro after timer %d' % i))
        timers.setTimeout(timer, 5)
    timers.setTimeout(lambda a, b, c: log('args %s %s %s' % (a, b, 'true' if c else 'false')),
                      6, 'a', 2, True)

    def later():
        def a():
            log('immediate A')
            timers.setImmediate(lambda: log('immediate C (queued by A)'))
            process.nextTick(lambda: log('tick after A'))
        timers.setImmediate(a)
        timers.setImmediate(lambda x: log('immediate B %s' % x), 'arg')
    timers.setTimeout(later, 8)


nodehttp.run(lambda: timers.setTimeout(main, 1))
