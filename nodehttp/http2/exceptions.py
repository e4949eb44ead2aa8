"""Protocol errors raised by the sans-IO HTTP/2 codecs (HPACK and frames).

Every exception carries the wire error code (RFC 9113 §7) in
``error_code``; the code that catches it queues the GOAWAY (connection
error, RFC 9113 §5.4.1) or the RST_STREAM (stream error, §5.4.2). This is
the split python-hyper/h2 makes in ``h2/exceptions.py``.
"""

from __future__ import annotations

from enum import IntEnum

__all__ = [
    'ErrorCode', 'H2Error', 'H2ConnectionError', 'H2StreamError',
    'ProtocolError', 'FrameSizeError', 'FlowControlError',
    'CompressionError', 'HeaderListTooLarge',
]


class ErrorCode(IntEnum):
    """RFC 9113 §7 error codes (Node: ``http2.constants.NGHTTP2_*``)."""

    NO_ERROR = 0x0
    PROTOCOL_ERROR = 0x1
    INTERNAL_ERROR = 0x2
    FLOW_CONTROL_ERROR = 0x3
    SETTINGS_TIMEOUT = 0x4
    STREAM_CLOSED = 0x5
    FRAME_SIZE_ERROR = 0x6
    REFUSED_STREAM = 0x7
    CANCEL = 0x8
    COMPRESSION_ERROR = 0x9
    CONNECT_ERROR = 0xA
    ENHANCE_YOUR_CALM = 0xB
    INADEQUATE_SECURITY = 0xC
    HTTP_1_1_REQUIRED = 0xD


class H2Error(Exception):
    """Base class: a protocol violation with its RFC 9113 error code."""

    #: the wire error code to put in GOAWAY / RST_STREAM
    error_code: ErrorCode = ErrorCode.PROTOCOL_ERROR
    #: 0 for a connection error, else the stream to reset
    stream_id: int = 0

    def __init__(self, message: str = '', error_code: int | None = None,
                 stream_id: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        if error_code is not None:
            self.error_code = ErrorCode(error_code)
        if stream_id is not None:
            self.stream_id = stream_id

    @property
    def is_connection_error(self) -> bool:
        return not isinstance(self, H2StreamError)

    def __repr__(self) -> str:
        return (f'{type(self).__name__}({self.message!r}, '
                f'error_code={self.error_code.name}, stream_id={self.stream_id})')


class H2ConnectionError(H2Error):
    """Connection error (RFC 9113 §5.4.1): send GOAWAY and close."""


class H2StreamError(H2Error):
    """Stream error (RFC 9113 §5.4.2): send RST_STREAM on ``stream_id``."""


class ProtocolError(H2ConnectionError):
    error_code = ErrorCode.PROTOCOL_ERROR


class FrameSizeError(H2ConnectionError):
    error_code = ErrorCode.FRAME_SIZE_ERROR


class FlowControlError(H2ConnectionError):
    error_code = ErrorCode.FLOW_CONTROL_ERROR


class CompressionError(H2ConnectionError):
    """A header block that cannot be decoded (RFC 7541 / RFC 9113 §4.3)."""

    error_code = ErrorCode.COMPRESSION_ERROR


class HeaderListTooLarge(H2StreamError):
    """The decoded header list exceeds SETTINGS_MAX_HEADER_LIST_SIZE.

    Node resets the stream with NGHTTP2_ENHANCE_YOUR_CALM (node
    test/parallel/test-http2-too-large-headers.js). The whole block has
    been decoded, so the HPACK context stays usable; ``headers`` holds the
    fields that fitted.
    """

    error_code = ErrorCode.ENHANCE_YOUR_CALM

    def __init__(self, message: str = '', headers: list | None = None,
                 size: int = 0, **kw) -> None:
        super().__init__(message, **kw)
        self.headers = headers if headers is not None else []
        self.size = size
