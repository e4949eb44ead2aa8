"""nodehttp: Node.js's node:http (and node:http2) in plain Python.

``import nodehttp as http`` is ``require('node:http')``; the submodules
``events``, ``stream``, ``net``, ``timers``, ``process`` and ``http2`` are
their Node namesakes (../shared/API.md).  Exports are resolved lazily, so
importing the package is cheap and each layer loads only when used.
"""

from .loop import run

__version__ = '0.1.0'

# node:http's exports -> the module that defines each (lazy, PEP 562)
_EXPORTS = {
    'Agent': 'nodehttp.http.agent',
    'globalAgent': 'nodehttp.http.agent',
    'ClientRequest': 'nodehttp.http.client',
    'request': 'nodehttp.http.client',
    'get': 'nodehttp.http.client',
    'createClient': 'nodehttp.http.client',
    'ClientResponse': 'nodehttp.http.client',
    'ServerRequest': 'nodehttp.http.client',
    'IncomingMessage': 'nodehttp.http.incoming',
    'OutgoingMessage': 'nodehttp.http.outgoing',
    'Server': 'nodehttp.http.server',
    'ServerResponse': 'nodehttp.http.server',
    'createServer': 'nodehttp.http.server',
    'METHODS': 'nodehttp.http.common',
    'STATUS_CODES': 'nodehttp.http.common',
    'maxHeaderSize': 'nodehttp.http.common',
    'validateHeaderName': 'nodehttp.http.common',
    'validateHeaderValue': 'nodehttp.http.common',
    'setMaxIdleHTTPParsers': 'nodehttp.http.common',
}

# (node:http's WebSocket, and the tls/https modules of API.md, do not exist yet)
_SUBMODULES = ('events', 'stream', 'net', 'timers', 'process', 'http2', 'errors', 'loop')

__all__ = sorted(_EXPORTS) + ['run']


def __getattr__(name):
    import importlib
    mod = _EXPORTS.get(name)
    if mod is not None:
        value = getattr(importlib.import_module(mod), name)
        if name != 'globalAgent':       # settable in Node; always read it fresh
            globals()[name] = value
        return value
    if name in _SUBMODULES:
        return importlib.import_module('nodehttp.' + name)
    raise AttributeError("module 'nodehttp' has no attribute %r" % name)


def __dir__():
    return sorted(set(globals()) | set(_EXPORTS) | set(_SUBMODULES))
