"""Built-in proxy support for the HTTP client (http.md "Built-in Proxy
Support"; Node 24: lib/internal/http.js).

Theory of operation
-------------------
An Agent created with ``proxyEnv`` (or the global agent when the process was
started with ``NODE_USE_ENV_PROXY=1``) reads ``HTTP_PROXY``/``http_proxy`` and
``NO_PROXY``/``no_proxy`` from it once, into a ``ProxyConfig``.  For each
request the ClientRequest asks ``config.applies(host, port)``; when it does:

- the request line carries the absolute form ``http://host[:port]/path`` and
  the Host header the URL's host (port dropped when it is 80);
- ``proxy-authorization: Basic ...`` goes out when the proxy URL has
  credentials (percent-decoded), and ``proxy-connection`` says ``keep-alive``
  or ``close`` as the agent's ``keepAlive`` does;
- the agent connects to the proxy instead of the origin, but pools the socket
  under the origin's name (``agent.getName()`` of the request).

Requests over a Unix socket (``socketPath``) never use the proxy.
``HTTPS_PROXY`` is read but only matters to HTTPS agents.
"""

import base64
import ipaddress
from urllib.parse import unquote, urlsplit

__all__ = ['ProxyConfig', 'parse_proxy_config', 'env_wants_proxy']


def env_wants_proxy(environ):
    """NODE_USE_ENV_PROXY=1 turns proxy support on for the global agent."""
    return environ.get('NODE_USE_ENV_PROXY') == '1'


def _pick(env, lower, upper):
    # http.md: "If both are set, `http_proxy` takes precedence."
    value = env.get(lower)
    if value is None:
        value = env.get(upper)
    return value


class ProxyConfig:
    """The proxy an Agent sends plain-HTTP requests through."""

    __slots__ = ('href', 'hostname', 'port', 'auth', 'no_proxy', 'keep_alive')

    def __init__(self, href, hostname, port, auth, no_proxy, keep_alive):
        self.href = href
        self.hostname = hostname          # where the agent connects
        self.port = port
        self.auth = auth                  # 'Basic ...' or None
        self.no_proxy = no_proxy          # list of NO_PROXY entries (lower case)
        self.keep_alive = keep_alive

    def applies(self, host, port):
        """True if a request to host:port goes through the proxy (NO_PROXY Format)."""
        entries = self.no_proxy
        if not entries:
            return True
        host = (host or '').lower()
        port = str(port) if port else '80'
        for entry in entries:
            if entry == '*':
                return False
            e_host, e_port = entry, None
            # "example.com:8080 - Hostname with specific port"
            colon = entry.rfind(':')
            if colon > 0 and entry.count(':') == 1 and entry[colon + 1:].isdigit():
                e_host, e_port = entry[:colon], entry[colon + 1:]
            if e_port is not None and e_port != port:
                continue
            if '-' in e_host and _in_ip_range(e_host, host):
                return False
            if e_host.startswith('*.'):
                # "*.example.com - Wildcard domain match": subdomains only.
                if host.endswith(e_host[1:]):
                    return False
            elif e_host.startswith('.'):
                # ".example.com - Domain suffix match": the domain and below.
                if host.endswith(e_host) or host == e_host[1:]:
                    return False
            elif host == e_host:
                return False
        return True


def _in_ip_range(entry, host):
    """'192.168.1.1-192.168.1.100' contains host (an IP literal)."""
    lo, _, hi = entry.partition('-')
    try:
        lo = ipaddress.ip_address(lo.strip())
        hi = ipaddress.ip_address(hi.strip())
        ip = ipaddress.ip_address(host)
    except ValueError:
        return False
    if lo.version != ip.version or hi.version != ip.version:
        return False
    return lo <= ip <= hi


def parse_proxy_config(env, protocol='http:', keep_alive=False):
    """ProxyConfig from a proxyEnv mapping, or None when no proxy applies."""
    if not env:
        return None
    if protocol == 'https:':
        href = _pick(env, 'https_proxy', 'HTTPS_PROXY')
    else:
        href = _pick(env, 'http_proxy', 'HTTP_PROXY')
    if not href:
        return None
    try:
        parts = urlsplit(href)
        hostname = parts.hostname
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ('http', 'https') or not hostname:
        # DEVIATION: Node 24 accepts such a value at Agent creation and fails
        # later; a proxy URL we cannot connect to is ignored here.
        return None
    if port is None:
        port = 443 if parts.scheme == 'https' else 80
    auth = None
    if parts.username is not None or parts.password is not None:
        cred = unquote(parts.username or '') + ':' + unquote(parts.password or '')
        auth = 'Basic ' + base64.b64encode(cred.encode('utf-8')).decode('ascii')
    no_proxy = _pick(env, 'no_proxy', 'NO_PROXY') or ''
    entries = [e.strip().lower() for e in no_proxy.split(',')]
    entries = [e for e in entries if e]
    return ProxyConfig(href, hostname, port, auth, entries, keep_alive)
