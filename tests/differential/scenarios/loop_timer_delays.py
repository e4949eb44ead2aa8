# Delay coercion (timers.md): below 1, above 2**31-1 or not a number becomes
# 1; non-integer delays are truncated; Node 24 warns on overflow every time,
# on a negative or NaN delay once per process; a non-function throws.
import json
import math

import nodehttp
from nodehttp import process, timers
from nodehttp.errors import js_number


def log(s):
    print(s)


def main():
    process.on('warning', lambda w: log('warning %s: %s' % (w.name, json.dumps(w.message))))
    order = []
    delays = [1.9, 1, 0, -5, -1, math.nan, 'abc', '1', 2 ** 31, math.inf, 2 ** 31 - 1, None, True]
    handles = [timers.setTimeout(lambda i=i: order.append(i), d) for i, d in enumerate(delays)]
    log('idle %s' % ','.join(js_number(t._idleTimeout) for t in handles))
    timers.clearTimeout(handles[10])
    timers.setTimeout(lambda: log('fired in order %s' % ','.join(map(str, order))), 5)
    for bad in (lambda: timers.setTimeout('code'), lambda: timers.setInterval(42, 1),
                lambda: timers.setImmediate({})):
        try:
            bad()
        except Exception as e:
            log('%s %s: %s' % (e.code, e.name, e.message))


nodehttp.run(main)
