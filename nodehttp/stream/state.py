"""Default highWaterMark (stream.md "stream.getDefaultHighWaterMark(objectMode)")."""

from .. import errors as _errors

# Node 24: 64 KiB for byte streams, 16 objects in object mode.
_default_hwm = [65536, 16]  # [bytes, objectMode]


def getDefaultHighWaterMark(objectMode=False):
    """`stream.getDefaultHighWaterMark(objectMode)`."""
    return _default_hwm[1] if objectMode else _default_hwm[0]


def setDefaultHighWaterMark(objectMode, value):
    """`stream.setDefaultHighWaterMark(objectMode, value)`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _errors.ERR_INVALID_ARG_TYPE('value', 'number', value)
    if not _is_integer(value):
        raise _errors.ERR_OUT_OF_RANGE('value', 'an integer', value)
    if value < 0 or value > 9007199254740991:
        raise _errors.ERR_OUT_OF_RANGE('value', '>= 0 && <= 9007199254740991', value)
    _default_hwm[1 if objectMode else 0] = value


def get_high_water_mark(options, duplex_key, is_duplex, object_mode):
    """Node's getHighWaterMark: `highWaterMark`, else the Duplex side's key, else the default."""
    hwm = options.get('highWaterMark')
    name = 'options.highWaterMark'
    if hwm is None and is_duplex:
        hwm = options.get(duplex_key)
        name = 'options.' + duplex_key
    if hwm is None:
        return _default_hwm[1] if object_mode else _default_hwm[0]
    if not _is_integer(hwm) or hwm < 0:
        raise _errors.ERR_INVALID_ARG_VALUE(name, hwm)
    return int(hwm)


def _is_integer(v):
    """JS Number.isInteger."""
    if isinstance(v, bool):
        return False
    if isinstance(v, int):
        return True
    return isinstance(v, float) and v == v and v not in (float('inf'), float('-inf')) and v == int(v)
