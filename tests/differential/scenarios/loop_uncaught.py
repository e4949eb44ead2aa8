# 'uncaughtException' gets (err, origin); after a throwing tick the other
# ticks still run, after a throwing microtask the other microtasks; a timer
# that throws does not stop the next timer.
import nodehttp
from nodehttp import process, timers


def log(s):
    print(s)


def fail(msg, what):
    def cb():
        log(msg)
        raise Exception(what)
    return cb


def main():
    def handler(err, origin):
        log('caught %s %s' % (err, origin))
        process.nextTick(lambda: log('tick from handler (%s)' % err))
    process.on('uncaughtException', handler)
    process.on('exit', lambda code: log('exit %d' % code))

    def start():
        process.nextTick(fail('tick 1', 'from tick'))
        process.nextTick(lambda: log('tick 2'))
        process.queueMicrotask(fail('micro 1', 'from microtask'))
        process.queueMicrotask(lambda: log('micro 2'))
        timers.setTimeout(fail('timer A', 'from timer'), 1)
        timers.setTimeout(lambda: log('timer B'), 1)
        timers.setImmediate(fail('immediate A', 'from immediate'))
        timers.setImmediate(lambda: log('immediate B'))
    timers.setTimeout(start, 1)


nodehttp.run(main)
