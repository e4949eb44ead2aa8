# setInterval repeats until cleared (also from inside its callback);
# refresh() re-arms a timeout that already fired; a cleared timeout, its
# numeric primitive or its string form all cancel; close() cancels.
import nodehttp
from nodehttp import timers


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def main():
    state = {'n': 0}

    def tick(tag):
        state['n'] += 1
        n = state['n']
        log('interval %s %d' % (tag, n))
        if n == 3:
            timers.clearInterval(iv)
            fired = [0]

            def on_t():
                fired[0] += 1
                log('refreshable fired %d hasRef %s' % (fired[0], b(t.hasRef())))
                if fired[0] < 2:
                    def again():
                        t.refresh()
                        log('refreshed')
                    timers.setTimeout(again, 2)
            t = timers.setTimeout(on_t, 1)
            by_id = timers.setTimeout(lambda: log('BUG by id'), 2)
            timers.clearTimeout(int(by_id))
            by_str = timers.setTimeout(lambda: log('BUG by string'), 2)
            timers.clearTimeout(str(int(by_str)))
            closed = timers.setTimeout(lambda: log('BUG closed'), 2)
            log('close returns itself %s' % b(closed.close() is closed))
            cleared = timers.setTimeout(lambda: log('BUG cleared then refreshed'), 2)
            timers.clearTimeout(cleared)
            cleared.refresh()
            log('primitive is a number %s' % b(isinstance(int(by_id), int)))
    iv = timers.setInterval(tick, 2, 'tag')


nodehttp.run(main)
