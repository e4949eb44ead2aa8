# 'readable' event: read() in a loop; read(n) with partial data; 'end' after
# the final read() returns null.
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
    i = [0]

    def read(n):
        i[0] += 1
        log('_read', i[0])
        if i[0] <= 3:
            data = 'x' * (i[0] * 3)
            timers.setImmediate(lambda: r.push(data))
        else:
            timers.setImmediate(lambda: r.push(None))

    r = stream.Readable({'read': read})

    def onreadable():
        log('readable', r.readableLength, r.readableFlowing)
        while True:
            chunk = r.read(4)
            if chunk is None:
                break
            log('read', chunk.decode())
        log('read null', r.readableLength)

    r.on('readable', onreadable)
    r.on('end', lambda: log('end'))
    r.on('close', lambda: log('close'))
    log('flowing', r.readableFlowing)


nodehttp.run(main)
