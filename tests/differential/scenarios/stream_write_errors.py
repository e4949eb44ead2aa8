# Writable misuse: write after end (ERR_STREAM_WRITE_AFTER_END), write after
# destroy (ERR_STREAM_DESTROYED), null (thrown), bad chunk type (thrown),
# end twice, callback called twice (ERR_MULTIPLE_CALLBACK), _write missing.
import nodehttp
from nodehttp import stream


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

import json


def main():
    w = stream.Writable({'write': lambda c, e, cb: cb()})
    w.on('error', lambda e: log('w error', e.code, e.message))
    w.on('close', lambda: log('w close'))
    w.end()
    log('write ret', w.write('x', lambda err: log('w write cb', err.code)))

    w2 = stream.Writable({'write': lambda c, e, cb: cb()})
    w2.on('error', lambda e: log('w2 error', e.code))
    w2.destroy()
    w2.write('x', lambda err: log('w2 write cb', err.code, err.message))
    w2.end(lambda err: log('w2 end cb', err.code, err.message))

    w3 = stream.Writable({'write': lambda c, e, cb: cb()})
    try:
        w3.write(None)
    except Exception as e:
        log('null', e.code, e.name, e.message)
    try:
        w3.write(5)
    except Exception as e:
        log('number', e.code, e.name)
    try:
        w3.write('a', 'bogus')
    except Exception as e:
        log('encoding', e.code, e.message)

    def owrite(c, e, cb):
        log('object', json.dumps(c, separators=(',', ':')), e or 'none')
        cb()

    wo = stream.Writable({'objectMode': True, 'write': owrite})
    try:
        wo.write(None)
    except Exception as e:
        log('object null', e.code)
    wo.write(5)
    wo.write({'a': 1})

    def w4write(c, e, cb):
        cb()
        cb()

    w4 = stream.Writable({'write': w4write})
    w4.on('error', lambda e: log('w4 error', e.code, e.message))
    w4.write('x')

    w5 = stream.Writable({'write': lambda c, e, cb: cb()})

    def w5finish():
        log('w5 finish')
        w5.end(lambda err: log('w5 end again cb', err.code, err.message))

    w5.on('finish', w5finish)
    w5.end()

    w6 = stream.Writable()
    w6.on('error', lambda e: log('w6 error', e.code, e.message))
    try:
        w6.write('x')
    except Exception as e:
        log('w6 thrown', e.code, e.message)

    r = stream.Readable({'read': lambda: None})
    r.on('error', lambda e: log('r error', e.code, e.message))
    r.push(None)
    r.push('late')
    r2 = stream.Readable()
    r2.on('error', lambda e: log('r2 error', e.code, e.message))
    r2.read()


nodehttp.run(main)
