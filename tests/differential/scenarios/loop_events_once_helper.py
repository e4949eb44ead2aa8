# events.once(emitter, name): a promise of the arguments array, rejected by
# an 'error' emitted first; its listeners are removed once settled.
import json

import nodehttp
from nodehttp import events, process, timers
from nodehttp.events import EventEmitter


def log(s):
    print(s)


def main():
    e = EventEmitter()
    events.once(e, 'ready').then(lambda args: log('ready %s listeners left %d %d' % (
        json.dumps(args, separators=(',', ':')), e.listenerCount('ready'), e.listenerCount('error'))))
    log('while waiting %d %d' % (e.listenerCount('ready'), e.listenerCount('error')))

    def tick():
        log('tick emits')
        e.emit('ready', 1, 'two')
        log('after emit (then callbacks are microtasks)')
    process.nextTick(tick)
    f = EventEmitter()
    events.once(f, 'never').then(lambda v: log('BUG resolved'), lambda err: log(
        'rejected %s listeners left %d %d' % (err, f.listenerCount('never'), f.listenerCount('error'))))
    timers.setTimeout(lambda: f.emit('error', Exception('nope')), 1)
    g = EventEmitter()
    events.once(g, 'error').then(lambda args: log('waiting for error itself %s' % args[0]))
    g.emit('error', Exception('as value'))


nodehttp.run(main)
