# pipe(): an error on the destination unpipes the source (which keeps its
# data), an unhandled destination error is still emitted; Writable.pipe is
# ERR_STREAM_CANNOT_PIPE; a source ending before pipe() ends the destination.
import nodehttp
from nodehttp import stream, timers


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
    src = stream.Readable({'read': lambda n: None})
    dst = stream.Writable({'write': lambda c, e, cb: cb(Exception('disk full'))})
    dst.on('unpipe', lambda s, *a: log('dst unpipe', s is src, src.readableFlowing))
    dst.on('error', lambda e: log('dst error', str(e), src.readableFlowing))
    dst.on('close', lambda: log('dst close'))
    src.on('pause', lambda: log('src pause'))
    src.pipe(dst)
    src.push('x')

    def later():
        log('src after', src.destroyed, src.readableFlowing, src.listenerCount('data'))
        w = stream.Writable({'write': lambda c, e, cb: cb()})
        w.on('error', lambda e: log('w error', e.code, e.message))
        w.pipe(stream.PassThrough())
        ended = stream.Readable({'read': lambda n: None})
        ended.push(None)
        ended.resume()

        def on_end():
            p = stream.PassThrough()
            p.on('finish', lambda: log('late dest finish'))
            p.on('pipe', lambda s: log('late dest pipe'))
            ended.pipe(p)

        ended.on('end', on_end)

    timers.setTimeout(later, 5)


nodehttp.run(main)
