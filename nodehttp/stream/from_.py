"""`stream.Readable.from(iterable[, options])` (stream.md).

A `str` or `bytes` is pushed whole as one chunk.  Any other iterable is
pulled one item per push while `push()` returns true; options default to
`objectMode: True, highWaterMark: 1`.  `None` items are
ERR_STREAM_NULL_VALUES.  Destroying the stream closes a generator.
"""

from .. import errors as _errors
from .. import process as _process


def from_iterable(Readable, iterable, opts=None):
    opts = dict(opts or {})
    if isinstance(iterable, (str, bytes, bytearray, memoryview)):
        options = {'objectMode': True}
        options.update(opts)
        readable = Readable(options)

        def read_once(n=None):
            readable.push(iterable)
            readable.push(None)

        readable._read = read_once
        return readable
    try:
        iterator = iter(iterable)
    except TypeError:
        raise _errors.ERR_INVALID_ARG_TYPE('iterable', ['Iterable'], iterable) from None
    options = {'objectMode': True, 'highWaterMark': 1}
    options.update(opts)
    readable = Readable(options)
    reading = [False]

    def _read(n=None):
        if reading[0]:
            return
        reading[0] = True
        while True:
            try:
                value = next(iterator)
            except StopIteration:
                readable.push(None)
                return
            except Exception as e:
                readable.destroy(e)
                return
            if value is None:
                reading[0] = False
                readable.destroy(_errors.ERR_STREAM_NULL_VALUES())
                return
            if readable.push(value):
                continue
            reading[0] = False
            return

    def _destroy(error, cb):
        err = error
        try:
            if error is not None and hasattr(iterator, 'throw'):
                try:
                    iterator.throw(error)
                except StopIteration:
                    pass
                except BaseException as e:
                    if e is not error:
                        err = e
            close = getattr(iterator, 'close', None)
            if close is not None:
                close()
        except Exception as e:
            err = e or error
        # Node closes the iterator asynchronously, then calls back on a tick.
        _process.queueMicrotask(lambda: _process.nextTick(cb, err))

    readable._read = _read
    readable._destroy = _destroy
    return readable
