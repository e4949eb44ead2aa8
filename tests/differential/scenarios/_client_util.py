"""Helpers for the client_*/agent_* scenario twins: JS-style printing."""

import json
import math


def js(value):
    """JSON.stringify(value)."""
    return json.dumps(value, separators=(',', ':'), ensure_ascii=False)


def s(value):
    """String(value) as JS prints it in a template."""
    if value is True:
        return 'true'
    if value is False:
        return 'false'
    if value is None:
        return 'undefined'
    if isinstance(value, float):
        if value == math.inf:
            return 'Infinity'
        if value == int(value):
            return str(int(value))
    return str(value)


def count(mapping):
    return sum(len(v) for v in mapping.values())
