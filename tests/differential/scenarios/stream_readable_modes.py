# Readable: paused -> flowing via 'data'; pause()/resume() events;
# 'end' only after all data is consumed; autoDestroy 'close' after 'end'.
import nodehttp
from nodehttp import process, stream, timers


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
    chunks = ['a', 'bb', 'ccc']

    def read(n):
        c = chunks.pop(0) if chunks else None
        log('_read', n, 'EOF' if c is None else c, r.readableLength)
        r.push(c)

    r = stream.Readable({'highWaterMark': 4, 'read': read})
    for ev in ['pause', 'resume', 'end', 'close']:
        r.on(ev, lambda ev=ev: log('event', ev, r.readableFlowing, r.readableLength, r.readableEnded, r.destroyed))
    log('initial', r.readableFlowing, r.isPaused(), r.readableHighWaterMark, r.readableObjectMode)

    def resume():
        log('resuming')
        r.resume()

    def ondata(d):
        log('data', d.decode(), r.readableFlowing, r.readableLength)
        if d == b'bb':
            r.pause()
            log('paused', r.isPaused(), r.readableFlowing)
            timers.setTimeout(resume, 5)

    r.on('data', ondata)
    log('after on data', r.readableFlowing, r.isPaused())
    process.nextTick(lambda: log('tick', r.readableFlowing, r.readableLength))


nodehttp.run(main)
