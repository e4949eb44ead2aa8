"""``http2.getDefaultSettings()``, ``getPackedSettings()``, ``getUnpackedSettings()``.

Node docs: http2.md "http2.getDefaultSettings()", "http2.getPackedSettings([settings])",
"http2.getUnpackedSettings(buf)", "Settings object". The dicts use Node's key
names. Behaviour the docs leave open was taken from Node 24 (see
tests/differential/scenarios/http2_settings.js):

* validation order: ``customSettings`` (type, count, then each id and
  value), ``headerTableSize``, ``initialWindowSize``, ``maxFrameSize``,
  ``maxConcurrentStreams``, ``maxHeaderListSize``, ``maxHeaderSize``,
  ``enablePush``, ``enableConnectProtocol``. Out-of-range or non-number
  values are a RangeError, non-boolean flags a TypeError
  (ERR_HTTP2_INVALID_SETTING_VALUE). NaN passes and packs as 0; fractions
  are truncated.
* ``maxHeaderSize`` wins over ``maxHeaderListSize`` (with a warning when
  both are given).
* custom settings: non-number values are skipped; an id or a value of 0 /
  NaN is a RangeError named "Range Error"; ids 1..6 land in Node's slots
  for the built-in settings (1 enablePush, 2 initialWindowSize,
  3 maxFrameSize, 4 maxConcurrentStreams, 5 maxHeaderListSize,
  6 enableConnectProtocol), where a built-in setting given by name wins;
  ids from 7 on are appended after the built-in ones, in key order.
* the packing refuses values nghttp2 refuses (enablePush, enableConnectProtocol
  or id 9 above 1, initialWindowSize above 2**31-1, maxFrameSize out of
  range): Node then returns ``undefined``, so we return ``None``.
"""

from __future__ import annotations

import math
import re
import struct
from typing import Any

from .. import errors, process

_RANGE_ERROR = errors.ERR_HTTP2_INVALID_SETTING_VALUE.RangeError

__all__ = ['getDefaultSettings', 'getPackedSettings', 'getUnpackedSettings']

MAX_INT = 2 ** 32 - 1
MAX_INITIAL_WINDOW_SIZE = 2 ** 31 - 1
MIN_MAX_FRAME_SIZE = 16384
MAX_MAX_FRAME_SIZE = 2 ** 24 - 1
MAX_ADDITIONAL_SETTINGS = 10

_SETTING = struct.Struct('>HL')

# Settings object key -> SETTINGS identifier, in the order Node packs them.
_PACK_ORDER = (
    ('headerTableSize', 1),
    ('enablePush', 2),
    ('maxConcurrentStreams', 3),
    ('initialWindowSize', 4),
    ('maxFrameSize', 5),
    ('maxHeaderListSize', 6),
    ('enableConnectProtocol', 8),
)
_BOOLEAN = ('enablePush', 'enableConnectProtocol')
# customSettings ids 1..6 fill Node's internal slots for built-in settings.
_CUSTOM_SLOT = {1: 'enablePush', 2: 'initialWindowSize', 3: 'maxFrameSize',
                4: 'maxConcurrentStreams', 5: 'maxHeaderListSize',
                6: 'enableConnectProtocol'}
# SETTINGS identifier -> key, for unpacking.
_UNPACK_NAMES = {1: ('headerTableSize',), 2: ('enablePush',), 3: ('maxConcurrentStreams',),
                 4: ('initialWindowSize',), 5: ('maxFrameSize',),
                 6: ('maxHeaderSize', 'maxHeaderListSize'), 8: ('enableConnectProtocol',)}

_RANGES = (
    ('headerTableSize', 0, MAX_INT),
    ('initialWindowSize', 0, MAX_INITIAL_WINDOW_SIZE),
    ('maxFrameSize', MIN_MAX_FRAME_SIZE, MAX_MAX_FRAME_SIZE),
    ('maxConcurrentStreams', 0, MAX_INT),
    ('maxHeaderListSize', 0, MAX_INT),
    ('maxHeaderSize', 0, MAX_INT),
)


def getDefaultSettings() -> dict:
    """http2.getDefaultSettings(): a new dict on every call."""
    return {
        'headerTableSize': 4096,
        'enablePush': True,
        'initialWindowSize': 65535,
        'maxFrameSize': 16384,
        'maxConcurrentStreams': 4294967295,
        'maxHeaderSize': 65535,
        'maxHeaderListSize': 65535,
        'enableConnectProtocol': False,
    }


# -- JS value helpers ---------------------------------------------------------

def _is_number(v: Any) -> bool:
    """``typeof v === 'number'``."""
    return isinstance(v, (int, float)) and not isinstance(v, bool)


_JS_NUM = re.compile(r'[+-]?(?:Infinity|(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\Z')


def _js_number(v: Any) -> float | int:
    """``Number(v)``."""
    if isinstance(v, bool):
        return int(v)
    if _is_number(v):
        return v
    if v is None:
        return math.nan                      # undefined
    if isinstance(v, str):
        s = v.strip(' \t\n\r\v\f\u00a0\ufeff\u2028\u2029')
        if not s:
            return 0
        low = s.lower()
        for prefix, base in (('0x', 16), ('0o', 8), ('0b', 2)):
            if low.startswith(prefix):
                try:
                    return int(s[2:], base) if '_' not in s else math.nan
                except ValueError:
                    return math.nan
        if not _JS_NUM.match(s):
            return math.nan
        f = float(s)
        return int(f) if f.is_integer() else f
    return math.nan


def _to_uint32(v: float | int) -> int:
    """ToUint32 for a value already known to be in 0..2**32-1 (or NaN)."""
    if isinstance(v, float):
        if math.isnan(v) or math.isinf(v):
            return 0
        return int(v) & MAX_INT
    return v & MAX_INT


def _is_array_index(key: Any) -> bool:
    if isinstance(key, int) and not isinstance(key, bool):
        return 0 <= key < MAX_INT
    return (isinstance(key, str) and key.isdigit() and key.isascii()
            and (key == '0' or key[0] != '0') and int(key) < MAX_INT)


def _js_entries(d: dict) -> list[tuple[Any, Any]]:
    """Object.entries order: integer keys ascending, then the rest as inserted."""
    items = list(d.items())
    ints = sorted((kv for kv in items if _is_array_index(kv[0])), key=lambda kv: int(kv[0]))
    rest = [kv for kv in items if not _is_array_index(kv[0])]
    return ints + rest


# -- validation -------------------------------------------------------------

def _assert_within_range(name: str, value: Any, lo: int, hi: int) -> None:
    # Node: value !== undefined && (typeof value !== 'number' || value < min || value > max)
    if value is None:
        return
    if not _is_number(value) or value < lo or value > hi:
        raise _RANGE_ERROR(name, value, lo, hi)


def _validate_settings(settings: dict) -> None:
    custom = settings.get('customSettings')
    if custom is not None:
        if not isinstance(custom, dict):
            raise errors.ERR_INVALID_ARG_TYPE('customSettings', 'Number', custom)
        entries = _js_entries(custom)
        if len(entries) > MAX_ADDITIONAL_SETTINGS:
            raise errors.ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS()
        for key, value in entries:
            _assert_within_range('customSettings:id', _js_number(key), 0, 0xFFFF)
            _assert_within_range('customSettings:value', _js_number(value), 0, MAX_INT)
    for name, lo, hi in _RANGES:
        _assert_within_range(name, settings.get(name), lo, hi)
    for name in _BOOLEAN:
        value = settings.get(name)
        if value is not None and not isinstance(value, bool):
            raise errors.ERR_HTTP2_INVALID_SETTING_VALUE(name, value)


def _falsy_number(v: float | int) -> bool:
    return v == 0 or (isinstance(v, float) and math.isnan(v))


def getPackedSettings(settings: dict | None = None, **kwargs: Any) -> bytes | None:
    """http2.getPackedSettings([settings]): the SETTINGS payload as bytes.

    Returns ``None`` where Node returns ``undefined`` (values nghttp2
    refuses to pack, reachable only through ``customSettings``).
    """
    if settings is None:
        settings = {}
    elif not isinstance(settings, dict):
        raise errors.ERR_INVALID_ARG_TYPE('settings', 'object', settings)
    if kwargs:
        settings = {**settings, **kwargs}
    settings = {k: v for k, v in settings.items() if v is not None}
    _validate_settings(settings)

    slots: dict[str, Any] = {}
    extra: list[tuple[int, int]] = []
    custom = settings.get('customSettings')
    if custom:
        for key, value in _js_entries(custom):
            if not _is_number(value):
                continue
            nkey = _js_number(key)
            if _falsy_number(nkey):
                raise _RANGE_ERROR('Range Error', nkey, 0, 0xFFFF)
            if _falsy_number(value):
                raise _RANGE_ERROR('Range Error', value, 0, MAX_INT)
            ident = int(nkey)
            if ident in _CUSTOM_SLOT:
                slots[_CUSTOM_SLOT[ident]] = _to_uint32(value)
            else:
                extra.append((ident, _to_uint32(value)))

    if 'maxHeaderSize' in settings:
        if 'maxHeaderListSize' in settings:
            process.emitWarning('settings.maxHeaderSize overwrite settings.maxHeaderListSize')
        settings['maxHeaderListSize'] = settings['maxHeaderSize']
    for name, _ident in _PACK_ORDER:
        if name in settings:
            value = settings[name]
            slots[name] = int(value) if isinstance(value, bool) else _to_uint32(value)

    entries = [(ident, slots[name]) for name, ident in _PACK_ORDER if name in slots]
    entries.extend(extra)
    # nghttp2_pack_settings_payload() validates like a received SETTINGS frame.
    for ident, value in entries:
        if ((ident in (2, 8, 9) and value > 1)
                or (ident == 4 and value > MAX_INITIAL_WINDOW_SIZE)
                or (ident == 5 and not MIN_MAX_FRAME_SIZE <= value <= MAX_MAX_FRAME_SIZE)):
            return None
    return b''.join(_SETTING.pack(ident, value) for ident, value in entries)


def getUnpackedSettings(buf: Any, options: dict | None = None, **kwargs: Any) -> dict:
    """http2.getUnpackedSettings(buf): the Settings object of a packed payload.

    ``options={'validate': True}`` (undocumented, as in Node) validates the
    result like ``getPackedSettings()`` does.
    """
    if not isinstance(buf, (bytes, bytearray, memoryview)):
        raise errors.ERR_INVALID_ARG_TYPE('buf', ['Buffer', 'TypedArray'], buf)
    data = bytes(buf)
    if len(data) % 6:
        raise errors.ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH()
    settings: dict[str, Any] = {}
    for pos in range(0, len(data), 6):
        ident, value = _SETTING.unpack_from(data, pos)
        names = _UNPACK_NAMES.get(ident)
        if names is None:
            custom = settings.setdefault('customSettings', {})
            custom[ident] = value
        elif ident in (2, 8):
            settings[names[0]] = value != 0
        else:
            for name in names:
                settings[name] = value
    if 'customSettings' in settings:
        settings['customSettings'] = dict(sorted(settings['customSettings'].items()))
    opts = dict(options or {}, **kwargs)
    if opts.get('validate'):
        _validate_settings(settings)
    return settings
