# stream/promises: pipeline() and finished() as promises (thenables in Python).
import nodehttp
from nodehttp import process, stream
from nodehttp.stream import promises


def main():
    src = stream.Readable.from_(['a', 'b'])
    dst = stream.Writable({'objectMode': True, 'write': lambda c, e, cb: (print('write', c), cb())})
    promises.pipeline(src, stream.PassThrough({'objectMode': True}), dst).then(
        lambda v: print('pipeline ok', 'undefined' if v is None else v))
    w = stream.Writable({'write': lambda c, e, cb: cb(Exception('x'))})
    w.on('error', lambda e: print('w error'))
    promises.finished(w).then(lambda v: print('finished ok'), lambda e: print('finished err', e))
    w.write('a')
    process.nextTick(lambda: print('tick'))


nodehttp.run(main)
