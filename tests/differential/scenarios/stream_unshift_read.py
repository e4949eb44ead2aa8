# read(n) sizes, unshift() back to the front, read(0), highWaterMark growth
# on a large read(n), objectMode reads, push() return values.
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


def js(v):
    return json.dumps(v, separators=(',', ':'))


def main():
    r = stream.Readable({'highWaterMark': 8, 'read': lambda: None})
    log('push', r.push('abcd'), r.push('efgh'), r.push('ij'), r.readableLength)
    log('read 3', r.read(3).decode(), r.readableLength)
    log('read 4', r.read(4).decode(), r.readableLength)
    r.unshift('XY')
    log('after unshift', r.readableLength)
    log('read 100', r.read(100), r.readableHighWaterMark)
    log('read()', r.read().decode(), r.readableLength)
    log('read 0', r.read(0))
    r.push(None)
    r.on('end', lambda: log('end', r.readableEnded))
    r.on('readable', lambda: log('readable', r.read()))

    o = stream.Readable({'objectMode': True, 'read': lambda: None})
    log('object hwm', o.readableHighWaterMark)
    rets = [o.push({'i': i}) for i in range(17)]
    log('object push rets', ','.join('true' if x else 'false' for x in rets[14:]), o.readableLength)
    log('object read', js(o.read()), js(o.read(5)), o.readableLength)
    o.unshift({'back': True})
    log('object read after unshift', js(o.read()))
    e = stream.Readable({'read': lambda: None})
    log('push empty', e.push(''), e.readableLength)
    e.on('error', lambda err: log('e error', err.code, err.message))
    e.push(None)

    def on_end():
        log('e end')
        e.unshift('z')

    e.on('end', on_end)
    e.resume()


nodehttp.run(main)
