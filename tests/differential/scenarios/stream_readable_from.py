# Readable.from(): objectMode by default, one item per push; a string is
# one chunk; null items are ERR_STREAM_NULL_VALUES; objectMode false.
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
    r = stream.Readable.from_(['a', 'b', 'c'])
    log('from', r.readableObjectMode, r.readableHighWaterMark)
    r.on('data', lambda d: log('data', json.dumps(d)))

    def on_end():
        log('end')
        s = getattr(stream.Readable, 'from')('whole string')
        s.on('data', lambda d: log('string data', json.dumps(d)))

        def s_end():
            n = stream.Readable.from_([1, None, 2])
            n.on('data', lambda d: log('n data', d))
            n.on('error', lambda err: log('n error', err.code, err.message))

            def n_close():
                log('n close')
                b = stream.Readable.from_(['x', 'y'], {'objectMode': False})
                b.on('data', lambda d: log('b data', isinstance(d, bytes), d.decode()))
                b.on('end', lambda: log('b end'))

            n.on('close', n_close)

        s.on('end', s_end)

    r.on('end', on_end)
    r.on('close', lambda: log('close'))


nodehttp.run(main)
