# One source piped into two destinations: the source waits for 'drain'
# from every slow destination; unpipe(dest) and unpipe() emit 'unpipe'.
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


def dest(name, delay):
    def write(c, e, cb):
        log(name, 'write', c.decode())
        timers.setTimeout(cb, delay)

    w = stream.Writable({'highWaterMark': 2, 'write': write})
    w.on('drain', lambda: log(name, 'drain'))
    w.on('unpipe', lambda *a: log(name, 'unpipe'))
    w.on('finish', lambda: log(name, 'finish'))
    return w


def main():
    src = stream.Readable({'read': lambda: None})
    a = dest('a', 1)
    b = dest('b', 4)
    src.pipe(a)
    src.pipe(b)
    src.on('pause', lambda: log('src pause'))
    src.on('resume', lambda: log('src resume'))
    src.push('111')
    src.push('222')

    def step1():
        src.unpipe(a)
        log('pipes after unpipe(a)', src.readableFlowing)
        src.push('333')

    def step2():
        src.unpipe()
        log('after unpipe()', src.readableFlowing, src.isPaused())
        src.push(None)

    # Each step waits for the slow destination's 'drain' (not for a timer).
    drains = [0]

    def on_b_drain():
        drains[0] += 1
        if drains[0] == 2:
            timers.setImmediate(step1)
        if drains[0] == 3:
            timers.setImmediate(step2)

    b.on('drain', on_b_drain)


nodehttp.run(main)
