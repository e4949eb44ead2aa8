"""``node:http2`` (``from nodehttp import http2``).

So far: the sans-IO codecs (``hpack``, ``frames``) and the public helpers
that need no session: ``constants``, ``sensitiveHeaders``,
``getDefaultSettings()``, ``getPackedSettings()``, ``getUnpackedSettings()``
(Node docs: http2.md "Core API").
"""

from .constants import constants, sensitiveHeaders
from .settings import getDefaultSettings, getPackedSettings, getUnpackedSettings

__all__ = [
    'constants', 'sensitiveHeaders', 'getDefaultSettings', 'getPackedSettings',
    'getUnpackedSettings',
]
