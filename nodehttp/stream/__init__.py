"""`node:stream` (doc: ../shared/spec/node/stream.md).

Readable, Writable, Duplex, Transform and PassThrough with Node's state
machines and event order, plus `pipeline`, `finished` and the predicates.
`addAbortSignal` takes a `nodehttp.events.AbortSignal` (stream/abort.py).
"""

from .legacy import Stream
from .readable import Readable, ReadableState
from .writable import Writable, WritableState
from .duplex import Duplex
from .transform import Transform, PassThrough
from .end_of_stream import finished
from .pipeline import pipeline
from .duplex_pair import duplexPair
from . import promises
from .compose import compose
from .abort import addAbortSignal
from .state import getDefaultHighWaterMark, setDefaultHighWaterMark
from ._utils import is_readable as isReadable, is_writable as isWritable, \
    is_errored as isErrored, is_disturbed as isDisturbed

__all__ = [
    'Stream', 'Readable', 'Writable', 'Duplex', 'Transform', 'PassThrough', 'pipeline',
    'finished', 'getDefaultHighWaterMark', 'setDefaultHighWaterMark', 'isReadable',
    'isWritable', 'isErrored', 'isDisturbed', 'ReadableState', 'WritableState', 'duplexPair', 'promises', 'compose',
    'addAbortSignal',
]
