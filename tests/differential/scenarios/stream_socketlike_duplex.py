# A socket-like Duplex subclass: async _write, _final as a half-close,
# _read pulling from a queue, push(null) from the peer, emitClose false with
# a custom 'close'; the orders net.Socket relies on.
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



class Sock(stream.Duplex):
    def __init__(self):
        super().__init__({'allowHalfOpen': False, 'emitClose': False, 'highWaterMark': 4})
        self.wire = []

    def _read(self, n):
        log('_read', n, self.readableLength)

    def _write(self, chunk, enc, cb):
        log('_write', chunk.decode(), enc)

        def done():
            self.wire.append(chunk.decode())
            cb()

        timers.setImmediate(done)

    def _final(self, cb):
        log('_final (shutdown)')
        timers.setImmediate(cb)

    def _destroy(self, err, cb):
        log('_destroy', err and str(err))
        cb(err)
        process.nextTick(lambda: self.emit('close', bool(err)))


def main():
    s = Sock()
    for ev in ['end', 'prefinish', 'finish', 'drain']:
        s.on(ev, lambda ev=ev: log('event', ev, s.readableEnded, s.writableFinished))
    s.on('close', lambda had_error: log('event close', had_error, ''.join(s.wire)))
    s.on('data', lambda d: log('data', d.decode()))
    log('push ret', s.push('hello'), s.push('world'))
    log('write ret', s.write('ab'), s.write('cdef'))
    # The peer's FIN arrives once the writes are flushed.
    s.once('drain', lambda: timers.setImmediate(lambda: s.push(None)))


nodehttp.run(main)
