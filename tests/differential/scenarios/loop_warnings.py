# process.emitWarning in all its forms: the 'warning' event (next tick) gets
# an Error-like object with name, message, code, detail.
import json

import nodehttp
from nodehttp import process


def log(s):
    print(s)


def u(x):
    return 'undefined' if x is None else x


def main():
    process.on('warning', lambda w: log('warning name=%s message=%s code=%s detail=%s isError=%s' % (
        w.name, json.dumps(w.message), u(w.code), u(w.detail),
        'true' if isinstance(w, Exception) else 'false')))
    process.emitWarning('plain')
    process.emitWarning('typed', 'CustomWarning')
    process.emitWarning('typed and coded', 'CustomWarning', 'WARN001')
    process.emitWarning('with options', {'type': 'OptWarning', 'code': 'OPT1', 'detail': 'some detail'})
    process.emitWarning('options without type', {'code': 'OPT2'})
    err = Exception('an error object')
    err.name = 'MyWarning'
    process.emitWarning(err)
    process.emitWarning('deprecated thing', 'DeprecationWarning', 'DEP0999')
    log('emitted synchronously: nothing yet')
    for bad in (lambda: process.emitWarning(42), lambda: process.emitWarning('x', 42),
                lambda: process.emitWarning('x', 'T', 42)):
        try:
            bad()
        except Exception as e:
            log('%s %s' % (e.code, e.message))
    process.nextTick(lambda: log('tick queued after the warnings'))


nodehttp.run(main)
