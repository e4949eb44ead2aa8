# nextTick before microtasks; a tick queued from a microtask; nested ticks.
import nodehttp
from nodehttp import process, timers


def main():
    log = print
    timers.setTimeout(lambda: log('timeout'), 0)

    def micro1():
        log('micro 1')
        process.nextTick(lambda: log('tick from micro 1'))
        process.queueMicrotask(lambda: log('micro from micro 1'))
    process.queueMicrotask(micro1)

    def tick1():
        log('tick 1')

        def nested():
            log('nested tick 1')
            process.nextTick(lambda: log('nested nested tick 1'))
        process.nextTick(nested)
        process.queueMicrotask(lambda: log('micro from tick 1'))
    process.nextTick(tick1)
    process.nextTick(lambda a, b: log('tick 2 %s %s' % (a, b)), 'x', 'y')
    process.queueMicrotask(lambda: log('micro 2'))
    log('main')


nodehttp.run(main)
