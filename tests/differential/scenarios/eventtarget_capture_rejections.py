# captureRejections: a listener's rejected promise becomes 'error' (emitted
# with capturing off), or goes to emitter[Symbol.for('nodejs.rejection')];
# events.captureRejections sets the default; a bad option is rejected.
# Python: an async JS listener is a listener returning a rejected thenable.
import json

import nodehttp
from nodehttp import events, process, timers
from nodehttp._util import Thenable
from nodehttp.events import EventEmitter, captureRejectionSymbol


def log(s):
    print(s)


def b(x):
    return 'true' if x else 'false'


def rejected(msg):
    p = Thenable()
    p._reject(Exception(msg))
    return p


def main():
    log('%s %s' % (b(captureRejectionSymbol.description == 'nodejs.rejection'), b(EventEmitter.captureRejections)))
    ee = EventEmitter({'captureRejections': True})
    ee.on('foo', lambda x: rejected('kaboom %s' % x))
    ee.on('foo', lambda x: log('sync listener %s' % x))
    ee.on('error', lambda err: log('error %s' % err))
    log('emit %s' % b(ee.emit('foo', 1)))
    process.queueMicrotask(lambda: log('microtask'))
    process.nextTick(lambda: log('tick'))

    def later():
        ee2 = EventEmitter({'captureRejections': True})
        setattr(ee2, captureRejectionSymbol,
                lambda err, name, *args: log('rejection %s %s %s' % (err, name, json.dumps(list(args), separators=(',', ':')))))
        ee2.on('bar', lambda: rejected('bad'))
        ee2.emit('bar', 'a', 2)
        events.captureRejections = True
        ee4 = EventEmitter()
        log('default now %s' % b(EventEmitter.captureRejections))
        ee4.on('q', lambda: rejected('q failed'))
        ee4.on('error', lambda e: log('ee4 error %s' % e))
        ee4.emit('q')
        events.captureRejections = False
        try:
            EventEmitter({'captureRejections': 1})
        except Exception as e:
            log('%s %s' % (e.code, e.message))
        try:
            events.captureRejections = 'yes'
        except Exception as e:
            log('%s %s' % (e.code, e.message))
        ee5 = EventEmitter({'captureRejections': True})
        ee5.on('r', lambda: rejected('no error listener'))
        process.on('uncaughtException', lambda e: log('uncaught %s' % e))
        ee5.emit('r')
    timers.setTimeout(later, 1)


nodehttp.run(main)
