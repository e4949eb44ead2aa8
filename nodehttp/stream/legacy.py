"""`stream.Stream`, the legacy base class with the old-style `pipe()`.

Readable and Writable derive from it, and http's OutgoingMessage uses it
directly, as in Node (lib/internal/streams/legacy.js).  Its `pipe` is the
pre-streams2 one: `'data'` -> `dest.write()`, a false return pauses the
source, `'drain'` resumes it, `'end'` ends the destination and `'close'`
destroys it.
"""

from ..events import EventEmitter


class Stream(EventEmitter):
    """`stream.Stream`."""

    # Class-level defaults so `stream._readableState` is a plain attribute
    # read on every kind of stream (None on the side a stream does not have).
    _readableState = None
    _writableState = None

    def __init__(self, options=None, **kwargs):
        EventEmitter.__init__(self)

    def pipe(self, dest, options=None):
        source = self
        did_on_end = []

        def ondata(chunk):
            if getattr(dest, 'writable', False) and dest.write(chunk) is False and callable(
                    getattr(source, 'pause', None)):
                source.pause()

        def ondrain():
            if getattr(source, 'readable', False) and callable(getattr(source, 'resume', None)):
                source.resume()

        def onend():
            if did_on_end:
                return
            did_on_end.append(True)
            dest.end()

        def onclose():
            if did_on_end:
                return
            did_on_end.append(True)
            if callable(getattr(dest, 'destroy', None)):
                dest.destroy()

        def make_onerror(emitter):
            def onerror(er):
                cleanup()
                if emitter.listenerCount('error') == 0:
                    emitter.emit('error', er)
            return onerror

        src_onerror = make_onerror(source)
        dest_onerror = make_onerror(dest)
        do_end = not getattr(dest, '_isStdio', False) and (not options or options.get('end') is not False)

        def cleanup():
            source.removeListener('data', ondata)
            dest.removeListener('drain', ondrain)
            source.removeListener('end', onend)
            source.removeListener('close', onclose)
            source.removeListener('error', src_onerror)
            dest.removeListener('error', dest_onerror)
            source.removeListener('end', cleanup)
            source.removeListener('close', cleanup)
            dest.removeListener('close', cleanup)

        source.on('data', ondata)
        dest.on('drain', ondrain)
        if do_end:
            source.on('end', onend)
            source.on('close', onclose)
        source.prependListener('error', src_onerror)
        dest.prependListener('error', dest_onerror)
        source.on('end', cleanup)
        source.on('close', cleanup)
        dest.on('close', cleanup)
        dest.emit('pipe', source)
        return dest
