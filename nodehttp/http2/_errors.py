"""Node errors raised by the http2 helpers, built on ``nodehttp.errors``.

Kept in one place so the helpers read like Node's code. Where
``nodehttp.errors`` has the class for a code it is used; otherwise (the
module was still being written when this package was) an equivalent
class with the same ``code``, ``name``, message and Python base is made
here.
"""

from __future__ import annotations

from typing import Any

try:  # pragma: no cover - depends on the errors layer being present
    from nodehttp import errors as _node_errors
except ImportError:  # pragma: no cover
    _node_errors = None


def _base(kind: str) -> type:
    """NodeError / NodeTypeError / NodeRangeError, or a stand-in."""
    if _node_errors is not None:
        cls = getattr(_node_errors, kind, None)
        if cls is not None:
            return cls
    return _FALLBACK[kind]


class _NodeError(Exception):
    name = 'Error'

    def __init__(self, message: str = '') -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class _NodeTypeError(_NodeError, TypeError):
    name = 'TypeError'


class _NodeRangeError(_NodeError, ValueError):
    name = 'RangeError'


_FALLBACK = {'NodeError': _NodeError, 'NodeTypeError': _NodeTypeError,
             'NodeRangeError': _NodeRangeError}

_classes: dict[tuple[str, str], type] = {}


def _make(kind: str, code: str, message: str, **props: Any) -> Exception:
    """An error of JS class ``kind`` with ``code`` and exactly ``message``."""
    base = _base(kind)
    registered = getattr(_node_errors, code, None) if _node_errors is not None else None
    if isinstance(registered, type):
        # The registry's class for the code, or its RangeError variant, so
        # that ``isinstance(err, errors.ERR_...)`` holds where it can.
        variant = getattr(registered, 'RangeError', None) if kind == 'NodeRangeError' else None
        for candidate in (variant, registered):
            if isinstance(candidate, type) and issubclass(candidate, base):
                base = candidate
                break
    key = (kind, code)
    cls = _classes.get(key)
    if cls is None:
        # Node's ERR_* errors print as 'Name [CODE]: message'.
        cls = _classes[key] = type(code, (base,), {'_code_in_string': True})
    err = cls.__new__(cls)
    Exception.__init__(err, message)
    err.message = message
    err.code = code
    err.name = base.name if isinstance(getattr(base, 'name', None), str) else kind[4:] or 'Error'
    for k, v in props.items():
        setattr(err, k, v)
    return err


def received(value: Any) -> str:
    """The " Received ..." tail of ERR_INVALID_ARG_TYPE (API.md: Errors)."""
    if _node_errors is not None and hasattr(_node_errors, 'received'):
        return _node_errors.received(value)
    if value is None:
        return 'Received undefined'
    if isinstance(value, bool):
        return f"Received type boolean ({'true' if value else 'false'})"
    if isinstance(value, (int, float)):
        from .settings import _js_str
        return f'Received type number ({_js_str(value)})'
    if isinstance(value, str):
        shown = value if len(value) <= 28 else value[:25] + '...'
        return f"Received type string ('{shown}')"
    if callable(value) and hasattr(value, '__name__'):
        return f'Received function {value.__name__}'
    if isinstance(value, (list, tuple)):
        return 'Received an instance of Array'
    if isinstance(value, dict):
        return 'Received an instance of Object'
    return f'Received an instance of {type(value).__name__}'


def invalid_arg_type(name: str, expected: Any, actual: Any) -> Exception:
    # Node's ERR_INVALID_ARG_TYPE message, for the three shapes used here.
    if expected == 'object':
        what = 'of type object'
    elif isinstance(expected, list):
        what = 'an instance of ' + ' or '.join(expected)
    else:
        what = f'an instance of {expected}'
    return _make('NodeTypeError', 'ERR_INVALID_ARG_TYPE',
                 f'The "{name}" argument must be {what}. {received(actual)}')


def invalid_setting_range(name: str, actual: Any, lo: int, hi: int) -> Exception:
    from .settings import _js_str
    return _make('NodeRangeError', 'ERR_HTTP2_INVALID_SETTING_VALUE',
                 f'Invalid value for setting "{name}": {_js_str(actual)}',
                 actual=actual, min=lo, max=hi)


def invalid_setting_type(name: str, actual: Any) -> Exception:
    from .settings import _js_str
    return _make('NodeTypeError', 'ERR_HTTP2_INVALID_SETTING_VALUE',
                 f'Invalid value for setting "{name}": {_js_str(actual)}',
                 actual=actual)


def too_many_custom_settings() -> Exception:
    return _make('NodeError', 'ERR_HTTP2_TOO_MANY_CUSTOM_SETTINGS',
                 'Number of custom settings exceeds MAX_ADDITIONAL_SETTINGS')


def invalid_packed_settings_length() -> Exception:
    return _make('NodeRangeError', 'ERR_HTTP2_INVALID_PACKED_SETTINGS_LENGTH',
                 'Packed settings length must be a multiple of six')


def warn(message: str) -> None:
    """process.emitWarning(message), when the process layer exists."""
    try:
        from nodehttp import process
        emit = process.emitWarning
    except (ImportError, AttributeError):  # pragma: no cover
        return
    emit(message)
