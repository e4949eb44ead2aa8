# cork()/uncork(): writes are buffered and flushed as one _writev;
# end() uncorks; writableCorked; _writev chunks and callbacks.
import nodehttp
from nodehttp import process, stream


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


def main():
    def write(chunk, enc, cb):
        log('_write', chunk.decode(), enc)
        cb()

    def writev(chunks, cb):
        log('_writev', ' '.join(c['chunk'].decode('utf-8', 'replace') + '/' + c['encoding'] for c in chunks))
        process.nextTick(cb)

    w = stream.Writable({'write': write, 'writev': writev})
    w.on('finish', lambda: log('finish'))
    w.write('a', lambda: log('cb a'))
    w.cork()
    w.cork()
    log('corked', w.writableCorked)
    w.write('b', lambda: log('cb b'))
    w.write('c')
    w.write('dd', 'hex', lambda: log('cb dd'))
    log('length', w.writableLength, 'buffered', len(w.writableBuffer))
    w.uncork()
    log('after uncork 1', w.writableCorked, w.writableLength)

    def later():
        w.uncork()
        log('after uncork 2', w.writableCorked, w.writableLength)
        w.cork()
        w.write('e')
        w.write('f')
        w.end('g', lambda: log('end cb'))
        log('after end', w.writableCorked)

    process.nextTick(later)


nodehttp.run(main)
