# pipe(): a fast source into a slow destination; 'pipe', 'drain', pause/resume
# of the source, 'unpipe', and dest.end() after the source's 'end'.
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
    n = [0]

    def read(size):
        n[0] += 1
        if n[0] <= 6:
            src.push(str(n[0]) * 3)
        else:
            src.push(None)

    src = stream.Readable({'highWaterMark': 4, 'read': read})

    def write(chunk, enc, cb):
        log('write', chunk.decode(), dst.writableLength)
        timers.setTimeout(cb, 1)

    dst = stream.Writable({'highWaterMark': 5, 'write': write})
    for ev in ['pause', 'resume', 'end', 'close']:
        src.on(ev, lambda ev=ev: log('src', ev, src.readableLength, src.readableFlowing))
    for ev in ['drain', 'finish', 'close']:
        dst.on(ev, lambda ev=ev: log('dst', ev, dst.writableLength))
    dst.on('pipe', lambda s: log('dst pipe', s is src))
    dst.on('unpipe', lambda s: log('dst unpipe', s is src))
    log('ret', src.pipe(dst) is dst, src.readableFlowing)


nodehttp.run(main)
