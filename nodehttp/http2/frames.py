"""HTTP/2 frames (RFC 9113 §4, §6; ALTSVC RFC 7838 §4; ORIGIN RFC 8336 §2), sans-IO.

Theory of operation
-------------------
Every frame is a 9-octet header (24-bit length, 8-bit type, 8-bit flags,
1 reserved bit + 31-bit stream identifier) and a payload. There is one
class per frame type, each with its ``type`` byte, registered in
``FRAME_TYPES``; ``frame.serialize()`` gives the wire bytes and
``Cls.parse_payload(flags, stream_id, payload)`` the reverse.

``FrameParser.feed(data)`` is incremental: bytes may arrive in any split
and the same frames come out. It checks what can be checked from framing
alone and raises the RFC's error as an exception carrying the wire code
(``exceptions.H2ConnectionError`` -> GOAWAY, ``H2StreamError`` ->
RST_STREAM):

* frame larger than SETTINGS_MAX_FRAME_SIZE -> FRAME_SIZE_ERROR (§4.2);
* fixed-size payloads of the wrong size, SETTINGS not a multiple of 6,
  SETTINGS ACK with a payload -> FRAME_SIZE_ERROR (§6.3-§6.9; PRIORITY is
  a stream error, the others connection errors);
* stream 0 where a stream is needed and the reverse, padding that does not
  fit, WINDOW_UPDATE of 0, a stream depending on itself, a field block
  interrupted before END_HEADERS (§6.10), a preface that does not match
  (§3.4), SETTINGS values out of range (§6.5.2; INITIAL_WINDOW_SIZE is a
  FLOW_CONTROL_ERROR) -> PROTOCOL_ERROR;
* more than 8 CONTINUATION frames for one field block -> INTERNAL_ERROR
  (Node 24's "CONTINUATION flood" limit).

Frames of unknown type are skipped (§4.1, §5.5), flags a type does not
define are ignored (kept in ``flags``), and malformed ALTSVC/ORIGIN frames
are ignored as their RFCs require for extension frames.

What Node 24 itself sends differs in places (observed by sending each
malformed case of tests/unit/test_frames.py to a Node 24 server): it
answers frames on the wrong stream, SETTINGS values out of range,
PUSH_PROMISE problems and WINDOW_UPDATE of 0 with GOAWAY INTERNAL_ERROR
(nghttp2's invalid-frame callback fails the session); it makes a PRIORITY
of the wrong length a connection error; it ignores PRIORITY on stream 0
and self-dependent PRIORITY frames; a DATA frame flagged PADDED without a
Pad Length gets PROTOCOL_ERROR. The codec raises the RFC's code; the
session layer may map it to Node's.

When ``feed()`` raises, ``exc.frames`` holds the frames completed before
the error in that call. After a stream error the parser has moved past the
offending frame and ``feed(b'')`` carries on; after a connection error it
is dead (as the connection is).
"""

from __future__ import annotations

import struct
from typing import ClassVar, Iterable

from .exceptions import (
    ErrorCode, FlowControlError, FrameSizeError, H2ConnectionError, H2Error,
    H2StreamError, ProtocolError,
)

__all__ = [
    'PREFACE', 'FRAME_HEADER_LEN', 'DEFAULT_MAX_FRAME_SIZE', 'MAX_MAX_FRAME_SIZE',
    'FLAG_END_STREAM', 'FLAG_ACK', 'FLAG_END_HEADERS', 'FLAG_PADDED', 'FLAG_PRIORITY',
    'SettingCode', 'Frame', 'DataFrame', 'HeadersFrame', 'PriorityFrame',
    'RstStreamFrame', 'SettingsFrame', 'PushPromiseFrame', 'PingFrame',
    'GoAwayFrame', 'WindowUpdateFrame', 'ContinuationFrame', 'AltSvcFrame',
    'OriginFrame', 'FRAME_TYPES', 'FrameParser', 'parse_frames', 'header_block_frames',
]

#: Client connection preface (RFC 9113 §3.4).
PREFACE = b'PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n'
FRAME_HEADER_LEN = 9
DEFAULT_MAX_FRAME_SIZE = 16384             # 2**14, RFC 9113 §6.5.2
MAX_MAX_FRAME_SIZE = 16777215              # 2**24 - 1
MAX_WINDOW = 2147483647                    # 2**31 - 1
STREAM_ID_MASK = 0x7FFFFFFF

FLAG_END_STREAM = 0x01
FLAG_ACK = 0x01
FLAG_END_HEADERS = 0x04
FLAG_PADDED = 0x08
FLAG_PRIORITY = 0x20

# 24-bit length as 16 + 8 bits, type, flags, stream id.
_HEADER = struct.Struct('>HBBBL')
_pack_header = _HEADER.pack
_unpack_header = _HEADER.unpack_from
_U32 = struct.Struct('>L')
_U32x2 = struct.Struct('>LL')
_SETTING = struct.Struct('>HL')


def _header(length: int, ftype: int, flags: int, stream_id: int) -> bytes:
    return _pack_header(length >> 8, length & 0xFF, ftype, flags, stream_id)


class SettingCode:
    """SETTINGS identifiers (RFC 9113 §6.5.2, RFC 8441 §3, RFC 9218 §2.1)."""

    HEADER_TABLE_SIZE = 0x1
    ENABLE_PUSH = 0x2
    MAX_CONCURRENT_STREAMS = 0x3
    INITIAL_WINDOW_SIZE = 0x4
    MAX_FRAME_SIZE = 0x5
    MAX_HEADER_LIST_SIZE = 0x6
    ENABLE_CONNECT_PROTOCOL = 0x8
    NO_RFC7540_PRIORITIES = 0x9


def _strip_padding(ftype: str, flags: int, payload: bytes, extra: int = 0) -> tuple[bytes, int]:
    """Remove Pad Length + padding (RFC 9113 §6.1); (rest, pad_length).

    ``extra`` is the size of fixed fields that must fit besides the padding.
    """
    if not flags & FLAG_PADDED:
        if len(payload) < extra:
            raise FrameSizeError(f'{ftype} frame too short')
        return payload, 0
    if not payload:
        raise FrameSizeError(f'{ftype} frame too short for Pad Length')
    pad = payload[0]
    if len(payload) < extra + 1:
        raise FrameSizeError(f'{ftype} frame too short')
    if pad > len(payload) - 1 - extra:
        # §6.1: padding as long as the payload (or longer) is a
        # PROTOCOL_ERROR connection error.
        raise ProtocolError(f'{ftype} frame padding exceeds the payload')
    return payload[1:len(payload) - pad], pad


def _pad(body: bytes, pad_length: int | None) -> tuple[bytes, int]:
    if pad_length is None:
        return body, 0
    if not 0 <= pad_length <= 255:
        raise ValueError('pad_length must be 0..255')
    return bytes((pad_length,)) + body + b'\0' * pad_length, FLAG_PADDED


class Frame:
    """A frame; subclasses set ``type`` and ``defined_flags``."""

    type: ClassVar[int] = -1
    name: ClassVar[str] = 'FRAME'
    #: flag name -> bit, for repr and tests
    defined_flags: ClassVar[dict[str, int]] = {}
    #: True: must be on stream 0; False: must not be; None: either
    stream_zero: ClassVar[bool | None] = None

    __slots__ = ('stream_id', 'flags')

    def __init__(self, stream_id: int = 0, flags: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags

    # -- wire ---------------------------------------------------------------

    def payload(self) -> bytes:
        raise NotImplementedError

    def serialize(self) -> bytes:
        body = self.payload()
        return _header(len(body), self.type, self.flags, self.stream_id) + body

    @classmethod
    def parse_payload(cls, flags: int, stream_id: int, payload: bytes) -> 'Frame':
        raise NotImplementedError

    # -- helpers ---------------------------------------------------------------

    def flag_names(self) -> list[str]:
        return [n for n, bit in self.defined_flags.items() if self.flags & bit]

    def _fields(self) -> dict:
        return {s: getattr(self, s) for cls in type(self).__mro__
                for s in getattr(cls, '__slots__', ()) if s not in ('stream_id', 'flags')}

    def __eq__(self, other: object) -> bool:
        return (type(self) is type(other) and self.stream_id == other.stream_id
                and self.flags == other.flags and self._fields() == other._fields())

    def __repr__(self) -> str:
        fields = ', '.join(f'{k}={v!r}' for k, v in self._fields().items())
        flags = '|'.join(self.flag_names()) or hex(self.flags)
        return f'{type(self).__name__}(stream_id={self.stream_id}, flags={flags}{", " if fields else ""}{fields})'


class DataFrame(Frame):
    """DATA (§6.1)."""

    type = 0x0
    name = 'DATA'
    defined_flags = {'END_STREAM': FLAG_END_STREAM, 'PADDED': FLAG_PADDED}
    stream_zero = False
    __slots__ = ('data', 'pad_length')

    def __init__(self, stream_id: int, data: bytes = b'', flags: int = 0,
                 pad_length: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.data = data
        self.pad_length = pad_length

    @classmethod
    def make(cls, stream_id: int, data: bytes = b'', end_stream: bool = False,
             pad_length: int | None = None) -> 'DataFrame':
        f = cls(stream_id, bytes(data), FLAG_END_STREAM if end_stream else 0)
        if pad_length is not None:
            f.flags |= FLAG_PADDED
            f.pad_length = pad_length
        return f

    @property
    def end_stream(self) -> bool:
        return bool(self.flags & FLAG_END_STREAM)

    @property
    def flow_controlled_length(self) -> int:
        """Bytes counted against flow control: the whole payload (§6.9.1)."""
        if self.flags & FLAG_PADDED:
            return len(self.data) + self.pad_length + 1
        return len(self.data)

    def payload(self) -> bytes:
        if self.flags & FLAG_PADDED:
            return bytes((self.pad_length,)) + self.data + b'\0' * self.pad_length
        return self.data

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        data, pad = _strip_padding('DATA', flags, payload)
        return cls(stream_id, data, flags, pad)


class _PriorityMixin:
    """Stream dependency fields (§5.3 of RFC 7540, kept by RFC 9113 §6.2/§6.3)."""

    __slots__ = ()

    def _priority_bytes(self) -> bytes:
        dep = self.depends_on | (0x80000000 if self.exclusive else 0)
        return _U32.pack(dep) + bytes((self.weight - 1,))

    @staticmethod
    def _parse_priority(data: bytes, pos: int = 0) -> tuple[int, int, bool]:
        dep = _U32.unpack_from(data, pos)[0]
        return dep & STREAM_ID_MASK, data[pos + 4] + 1, bool(dep >> 31)


class HeadersFrame(_PriorityMixin, Frame):
    """HEADERS (§6.2): a field block fragment, maybe priority fields."""

    type = 0x1
    name = 'HEADERS'
    defined_flags = {'END_STREAM': FLAG_END_STREAM, 'END_HEADERS': FLAG_END_HEADERS,
                     'PADDED': FLAG_PADDED, 'PRIORITY': FLAG_PRIORITY}
    stream_zero = False
    __slots__ = ('block', 'pad_length', 'depends_on', 'weight', 'exclusive')

    def __init__(self, stream_id: int, block: bytes = b'', flags: int = FLAG_END_HEADERS,
                 pad_length: int = 0, depends_on: int = 0, weight: int = 16,
                 exclusive: bool = False) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.block = block
        self.pad_length = pad_length
        self.depends_on = depends_on
        self.weight = weight          # 1..256 (the wire carries weight - 1)
        self.exclusive = exclusive

    @property
    def end_stream(self) -> bool:
        return bool(self.flags & FLAG_END_STREAM)

    @property
    def end_headers(self) -> bool:
        return bool(self.flags & FLAG_END_HEADERS)

    def payload(self) -> bytes:
        body = self.block
        if self.flags & FLAG_PRIORITY:
            body = self._priority_bytes() + body
        if self.flags & FLAG_PADDED:
            body = bytes((self.pad_length,)) + body + b'\0' * self.pad_length
        return body

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        prio = 5 if flags & FLAG_PRIORITY else 0
        body, pad = _strip_padding('HEADERS', flags, payload, prio)
        if prio:
            dep, weight, excl = cls._parse_priority(body)
            return cls(stream_id, body[5:], flags, pad, dep, weight, excl)
        return cls(stream_id, body, flags, pad)


class PriorityFrame(_PriorityMixin, Frame):
    """PRIORITY (§6.3), deprecated by RFC 9113 but still parsed."""

    type = 0x2
    name = 'PRIORITY'
    stream_zero = False
    __slots__ = ('depends_on', 'weight', 'exclusive')

    def __init__(self, stream_id: int, depends_on: int = 0, weight: int = 16,
                 exclusive: bool = False, flags: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.depends_on = depends_on
        self.weight = weight
        self.exclusive = exclusive

    def payload(self) -> bytes:
        return self._priority_bytes()

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        if len(payload) != 5:
            # §6.3: a stream error, not a connection error.
            raise H2StreamError('PRIORITY frame length must be 5',
                                ErrorCode.FRAME_SIZE_ERROR, stream_id)
        dep, weight, excl = cls._parse_priority(payload)
        if dep == stream_id:
            raise H2StreamError('a stream cannot depend on itself',
                                ErrorCode.PROTOCOL_ERROR, stream_id)
        return cls(stream_id, dep, weight, excl, flags)


class RstStreamFrame(Frame):
    """RST_STREAM (§6.4)."""

    type = 0x3
    name = 'RST_STREAM'
    stream_zero = False
    __slots__ = ('error_code',)

    def __init__(self, stream_id: int, error_code: int = 0, flags: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.error_code = error_code

    def payload(self) -> bytes:
        return _U32.pack(self.error_code)

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        if len(payload) != 4:
            raise FrameSizeError('RST_STREAM frame length must be 4')
        return cls(stream_id, _U32.unpack(payload)[0], flags)


class SettingsFrame(Frame):
    """SETTINGS (§6.5): ``settings`` is the list of (identifier, value) in order."""

    type = 0x4
    name = 'SETTINGS'
    defined_flags = {'ACK': FLAG_ACK}
    stream_zero = True
    __slots__ = ('settings',)

    def __init__(self, settings: Iterable[tuple[int, int]] | dict = (), flags: int = 0,
                 stream_id: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        if isinstance(settings, dict):
            settings = settings.items()
        self.settings = [(int(k), int(v)) for k, v in settings]

    @property
    def ack(self) -> bool:
        return bool(self.flags & FLAG_ACK)

    def payload(self) -> bytes:
        return b''.join(_SETTING.pack(k, v) for k, v in self.settings)

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        n = len(payload)
        if flags & FLAG_ACK:
            if n:
                raise FrameSizeError('SETTINGS ACK frame must be empty')
            return cls((), flags)
        if n % 6:
            raise FrameSizeError('SETTINGS frame length must be a multiple of 6')
        settings = [_SETTING.unpack_from(payload, i) for i in range(0, n, 6)]
        for ident, value in settings:
            if ident == SettingCode.INITIAL_WINDOW_SIZE:
                if value > MAX_WINDOW:
                    raise FlowControlError('SETTINGS_INITIAL_WINDOW_SIZE above 2^31-1')
            elif ident == SettingCode.MAX_FRAME_SIZE:
                if not DEFAULT_MAX_FRAME_SIZE <= value <= MAX_MAX_FRAME_SIZE:
                    raise ProtocolError('SETTINGS_MAX_FRAME_SIZE out of range')
            elif ident in (SettingCode.ENABLE_PUSH, SettingCode.ENABLE_CONNECT_PROTOCOL,
                           SettingCode.NO_RFC7540_PRIORITIES):
                if value > 1:
                    raise ProtocolError(f'SETTINGS value {value} for {ident:#x} must be 0 or 1')
        return cls(settings, flags)


class PushPromiseFrame(Frame):
    """PUSH_PROMISE (§6.6)."""

    type = 0x5
    name = 'PUSH_PROMISE'
    defined_flags = {'END_HEADERS': FLAG_END_HEADERS, 'PADDED': FLAG_PADDED}
    stream_zero = False
    __slots__ = ('promised_stream_id', 'block', 'pad_length')

    def __init__(self, stream_id: int, promised_stream_id: int, block: bytes = b'',
                 flags: int = FLAG_END_HEADERS, pad_length: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.promised_stream_id = promised_stream_id
        self.block = block
        self.pad_length = pad_length

    @property
    def end_headers(self) -> bool:
        return bool(self.flags & FLAG_END_HEADERS)

    def payload(self) -> bytes:
        body = _U32.pack(self.promised_stream_id) + self.block
        if self.flags & FLAG_PADDED:
            body = bytes((self.pad_length,)) + body + b'\0' * self.pad_length
        return body

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        body, pad = _strip_padding('PUSH_PROMISE', flags, payload, 4)
        promised = _U32.unpack_from(body)[0] & STREAM_ID_MASK
        if promised == 0:
            raise ProtocolError('PUSH_PROMISE must promise a stream other than 0')
        return cls(stream_id, promised, body[4:], flags, pad)


class PingFrame(Frame):
    """PING (§6.7): 8 octets of opaque data."""

    type = 0x6
    name = 'PING'
    defined_flags = {'ACK': FLAG_ACK}
    stream_zero = True
    __slots__ = ('opaque_data',)

    def __init__(self, opaque_data: bytes = b'\0' * 8, flags: int = 0,
                 stream_id: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.opaque_data = opaque_data

    @property
    def ack(self) -> bool:
        return bool(self.flags & FLAG_ACK)

    def payload(self) -> bytes:
        if len(self.opaque_data) != 8:
            raise ValueError('PING payload must be 8 bytes')
        return self.opaque_data

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        if len(payload) != 8:
            raise FrameSizeError('PING frame length must be 8')
        return cls(bytes(payload), flags)


class GoAwayFrame(Frame):
    """GOAWAY (§6.8)."""

    type = 0x7
    name = 'GOAWAY'
    stream_zero = True
    __slots__ = ('last_stream_id', 'error_code', 'debug_data')

    def __init__(self, last_stream_id: int = 0, error_code: int = 0,
                 debug_data: bytes = b'', flags: int = 0, stream_id: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.last_stream_id = last_stream_id
        self.error_code = error_code
        self.debug_data = debug_data

    def payload(self) -> bytes:
        return _U32x2.pack(self.last_stream_id, self.error_code) + self.debug_data

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        if len(payload) < 8:
            raise FrameSizeError('GOAWAY frame shorter than 8 octets')
        last, code = _U32x2.unpack_from(payload)
        return cls(last & STREAM_ID_MASK, code, bytes(payload[8:]), flags)


class WindowUpdateFrame(Frame):
    """WINDOW_UPDATE (§6.9), on a stream or on the connection (stream 0)."""

    type = 0x8
    name = 'WINDOW_UPDATE'
    __slots__ = ('increment',)

    def __init__(self, stream_id: int = 0, increment: int = 0, flags: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.increment = increment

    def payload(self) -> bytes:
        return _U32.pack(self.increment)

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        if len(payload) != 4:
            raise FrameSizeError('WINDOW_UPDATE frame length must be 4')
        inc = _U32.unpack(payload)[0] & STREAM_ID_MASK
        if inc == 0:
            msg = 'WINDOW_UPDATE increment of 0'
            if stream_id:
                raise H2StreamError(msg, ErrorCode.PROTOCOL_ERROR, stream_id)
            raise ProtocolError(msg)
        return cls(stream_id, inc, flags)


class ContinuationFrame(Frame):
    """CONTINUATION (§6.10)."""

    type = 0x9
    name = 'CONTINUATION'
    defined_flags = {'END_HEADERS': FLAG_END_HEADERS}
    stream_zero = False
    __slots__ = ('block',)

    def __init__(self, stream_id: int, block: bytes = b'', flags: int = FLAG_END_HEADERS) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.block = block

    @property
    def end_headers(self) -> bool:
        return bool(self.flags & FLAG_END_HEADERS)

    def payload(self) -> bytes:
        return self.block

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        return cls(stream_id, bytes(payload), flags)


class AltSvcFrame(Frame):
    """ALTSVC (RFC 7838 §4): ``origin`` and ``field`` (Alt-Svc value) bytes."""

    type = 0xA
    name = 'ALTSVC'
    __slots__ = ('origin', 'field')

    def __init__(self, stream_id: int = 0, origin: bytes = b'', field: bytes = b'',
                 flags: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.origin = origin
        self.field = field

    def payload(self) -> bytes:
        return len(self.origin).to_bytes(2, 'big') + self.origin + self.field

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        """None when RFC 7838 §4 says to ignore the frame."""
        if len(payload) < 2:
            return None
        n = int.from_bytes(payload[:2], 'big')
        if n > len(payload) - 2:
            return None
        origin = bytes(payload[2:2 + n])
        # §4: on stream 0 the origin is required; on a stream it must be empty.
        if (stream_id == 0) == (n == 0):
            return None
        return cls(stream_id, origin, bytes(payload[2 + n:]), flags)


class OriginFrame(Frame):
    """ORIGIN (RFC 8336 §2): the list of origins, as bytes."""

    type = 0xC
    name = 'ORIGIN'
    stream_zero = True
    __slots__ = ('origins',)

    def __init__(self, origins: Iterable[bytes] = (), flags: int = 0, stream_id: int = 0) -> None:
        self.stream_id = stream_id
        self.flags = flags
        self.origins = list(origins)

    def payload(self) -> bytes:
        return b''.join(len(o).to_bytes(2, 'big') + o for o in self.origins)

    @classmethod
    def parse_payload(cls, flags, stream_id, payload):
        """None when RFC 8336 §2.1 says to ignore the frame."""
        origins = []
        pos, n = 0, len(payload)
        while pos < n:
            if n - pos < 2:
                return None
            size = int.from_bytes(payload[pos:pos + 2], 'big')
            pos += 2
            if size > n - pos:
                return None
            origins.append(bytes(payload[pos:pos + size]))
            pos += size
        return cls(origins, flags)


FRAME_TYPES: dict[int, type[Frame]] = {
    cls.type: cls for cls in (
        DataFrame, HeadersFrame, PriorityFrame, RstStreamFrame, SettingsFrame,
        PushPromiseFrame, PingFrame, GoAwayFrame, WindowUpdateFrame,
        ContinuationFrame, AltSvcFrame, OriginFrame)
}

# Extension frames that are ignored rather than rejected when misplaced.
_IGNORE_MISPLACED = (AltSvcFrame.type, OriginFrame.type)


class FrameParser:
    """Incremental frame reader.

    ``max_frame_size``: our SETTINGS_MAX_FRAME_SIZE (settable at any time).
    ``preface``: expect the 24-octet client preface first (a server).
    ``settings_first``: the first frame must be a SETTINGS frame (§3.4).
    ``max_continuations``: CONTINUATION frames allowed after one HEADERS or
    PUSH_PROMISE (the "CONTINUATION flood" guard). Node 24 (nghttp2's
    default) allows 8; the 9th ends the connection with GOAWAY
    INTERNAL_ERROR and a session error "Too many CONTINUATION frames
    following a HEADER frame". ``None``: no limit.
    """

    def __init__(self, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
                 preface: bool = False, settings_first: bool = False,
                 max_continuations: int | None = 8) -> None:
        self.max_frame_size = max_frame_size
        self.max_continuations = max_continuations
        self._continuations = 0
        self._buf = b''            # unparsed bytes (start of a frame)
        # Pieces received while a large frame is incomplete are kept in a
        # list and joined once, when the frame is whole (no quadratic
        # re-copying of a 16 MB frame arriving in 64 KB reads).
        self._more: list[bytes] = []
        self._more_len = 0
        self._need = 0             # len(_buf) + more needed for the next frame
        self._preface_left = len(PREFACE) if preface else 0
        self._settings_first = settings_first
        # stream id of a field block awaiting CONTINUATION, else 0
        self._continuation = 0
        self.dead: H2Error | None = None

    @property
    def buffered(self) -> int:
        """Bytes received and not yet parsed into frames."""
        return len(self._buf) + self._more_len

    def feed(self, data: bytes) -> list[Frame]:
        """Parse what ``data`` completes; returns the frames, in order."""
        if self.dead is not None:
            raise self.dead
        if type(data) is not bytes:
            data = bytes(data)
        frames: list[Frame] = []
        if self._more or (self._need and len(self._buf) + len(data) < self._need):
            self._more.append(data)
            self._more_len += len(data)
            if len(self._buf) + self._more_len < self._need:
                return frames
            buf = b''.join([self._buf, *self._more])
            self._more = []
            self._more_len = 0
        else:
            buf = self._buf + data if self._buf else data
        try:
            pos = 0
            if self._preface_left:
                pos = self._check_preface(buf)
                if self._preface_left:
                    self._buf = b''
                    return frames
            n = len(buf)
            self._need = 0
            append = frames.append
            unpack = _unpack_header
            max_size = self.max_frame_size
            data_frame = DataFrame
            # DATA fast path allowed: no field block open, preface done.
            fast = not self._continuation and not self._settings_first
            while n - pos >= 9:
                hi, lo, ftype, flags, sid = unpack(buf, pos)
                length = hi << 8 | lo
                if length > max_size:
                    raise FrameSizeError(
                        f'frame of {length} octets exceeds SETTINGS_MAX_FRAME_SIZE {max_size}')
                end = pos + 9 + length
                if end > n:
                    self._need = end - pos
                    break
                sid &= STREAM_ID_MASK
                # Fast path: an unpadded DATA frame outside a field block.
                if ftype == 0 and fast and sid and not flags & FLAG_PADDED:
                    append(data_frame(sid, buf[pos + 9:end], flags))
                    pos = end
                    continue
                payload = buf[pos + 9:end]
                pos = end
                frame = self._parse(ftype, flags, sid, payload)
                if frame is not None:
                    append(frame)
                fast = not self._continuation and not self._settings_first
            self._buf = buf[pos:]
        except H2StreamError as exc:
            self._buf = buf[pos:]
            exc.frames = frames
            raise
        except H2Error as exc:
            self._buf = b''
            self.dead = exc
            exc.frames = frames
            raise
        return frames

    def _check_preface(self, buf: bytes) -> int:
        done = len(PREFACE) - self._preface_left
        take = min(self._preface_left, len(buf))
        if buf[:take] != PREFACE[done:done + take]:
            raise ProtocolError('invalid connection preface')
        self._preface_left -= take
        return take

    def _parse(self, ftype: int, flags: int, sid: int, payload: bytes) -> Frame | None:
        cont = self._continuation
        if cont:
            # §6.10: nothing but CONTINUATION on the same stream until END_HEADERS.
            if ftype != ContinuationFrame.type or sid != cont:
                raise ProtocolError('expected CONTINUATION frame of stream %d' % cont)
            self._continuations += 1
            if self.max_continuations is not None and self._continuations > self.max_continuations:
                raise H2ConnectionError('Too many CONTINUATION frames following a HEADER frame',
                                        ErrorCode.INTERNAL_ERROR)
        elif ftype == ContinuationFrame.type:
            raise ProtocolError('CONTINUATION frame without a field block in progress')
        cls = FRAME_TYPES.get(ftype)
        if cls is None:
            return None                       # unknown type: skipped (§5.5)
        if self._settings_first:
            if ftype != SettingsFrame.type or flags & FLAG_ACK:
                raise ProtocolError('the first frame must be SETTINGS (connection preface)')
            self._settings_first = False
        zero = cls.stream_zero
        if zero is not None and (sid == 0) != zero:
            if ftype in _IGNORE_MISPLACED:
                return None
            raise ProtocolError(
                f'{cls.name} frame on stream {sid}' if sid else f'{cls.name} frame on stream 0')
        frame = cls.parse_payload(flags, sid, payload)
        if ftype in (HeadersFrame.type, PushPromiseFrame.type):
            self._continuations = 0
        if ftype in (HeadersFrame.type, PushPromiseFrame.type, ContinuationFrame.type):
            self._continuation = 0 if flags & FLAG_END_HEADERS else sid
        return frame


def header_block_frames(stream_id: int, block: bytes,
                        max_frame_size: int = DEFAULT_MAX_FRAME_SIZE,
                        end_stream: bool = False,
                        promised_stream_id: int | None = None) -> list[Frame]:
    """Split a field block into HEADERS (or PUSH_PROMISE) + CONTINUATION
    frames of at most ``max_frame_size`` octets of payload (§4.3, §6.10)."""
    if promised_stream_id is None:
        first_room = max_frame_size
    else:
        first_room = max_frame_size - 4
    first, rest = block[:first_room], block[first_room:]
    flags = 0 if rest else FLAG_END_HEADERS
    if promised_stream_id is None:
        out: list[Frame] = [HeadersFrame(stream_id, first,
                                         flags | (FLAG_END_STREAM if end_stream else 0))]
    else:
        out = [PushPromiseFrame(stream_id, promised_stream_id, first, flags)]
    while rest:
        chunk, rest = rest[:max_frame_size], rest[max_frame_size:]
        out.append(ContinuationFrame(stream_id, chunk, 0 if rest else FLAG_END_HEADERS))
    return out


def parse_frames(data: bytes, max_frame_size: int = DEFAULT_MAX_FRAME_SIZE) -> list[Frame]:
    """Parse complete frames from ``data``; leftover bytes are an error."""
    p = FrameParser(max_frame_size)
    frames = p.feed(data)
    if p.buffered:
        raise FrameSizeError('truncated frame')
    return frames
