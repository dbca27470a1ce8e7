"""Who may talk to ``text2kg serve``: the Host a request names, where it comes from, its token.

- A web page on another site can point its own DNS name at 127.0.0.1 (DNS rebinding) and
  read the server as if it were that site; the ``Host`` header then names that site, so a
  request must name the address the server listens on (or ``localhost``). Listening on every
  address (``0.0.0.0``), the server answers to any IP address, ``localhost``, this machine's
  names and the names given with ``--allow-host``: rebinding needs a DNS name, so IP
  addresses are safe.
- A page on another site can POST a form to the server from the user's browser; an update
  must come from the server's own origin (when the browser says where it comes from) and
  carry the token printed at start-up, which no other site knows.
"""

from __future__ import annotations

import hmac
import ipaddress
import secrets
import socket
import urllib.parse
from collections.abc import Iterable

WILDCARDS = ("", "0.0.0.0", "::")
LOOPBACK = ("localhost", "127.0.0.1", "::1")


def new_token() -> str:
    """A fresh update token (32 random characters, safe in a header or a URL)."""
    return secrets.token_urlsafe(24)


def split_host(host: str) -> tuple[str, int | None]:
    """A ``Host`` header's name (lower case, without brackets) and port, if it has one.

    >>> split_host("[::1]:8000"), split_host("LocalHost"), split_host("a.example:x")
    (('::1', 8000), ('localhost', None), ('a.example', -1))
    """
    host = host.strip().lower()
    if host.startswith("["):
        name, _, rest = host[1:].partition("]")
        port = rest[1:] if rest.startswith(":") else None
    else:
        name, colon, port = host.rpartition(":") if ":" in host else (host, "", None)
    if port is None or port == "":
        return name.rstrip("."), None
    return name.rstrip("."), int(port) if port.isascii() and port.isdigit() else -1


def host_allowed(host: str | None, bind: str, port: int, extra: Iterable[str] = ()) -> bool:
    """Whether a request's ``Host`` names this server (listening on ``bind``:``port``).

    A request without a Host header (HTTP/1.0, never a browser) is let through.

    >>> host_allowed("localhost:8000", "127.0.0.1", 8000), host_allowed("evil.example:8000", "127.0.0.1", 8000)
    (True, False)
    >>> host_allowed("192.0.2.7:8000", "0.0.0.0", 8000), host_allowed("evil.example:8000", "0.0.0.0", 8000)
    (True, False)
    """
    if host is None:
        return True
    name, given = split_host(host)
    if given != port and not (given is None and port == 80):
        return False
    names = {bind.lower(), *LOOPBACK, *(n.lower().rstrip(".") for n in extra)}
    if bind in WILDCARDS:
        if _is_ip(name):
            return True
        names |= {socket.gethostname().lower(), socket.getfqdn().lower()}
    return name in names


def same_origin(origin: str | None, referer: str | None, host: str | None) -> bool:
    """Whether a browser's request comes from a page of this server (``host``: the request's
    ``Host``, already checked). A request that names no origin (not from a browser) passes.

    >>> same_origin("http://127.0.0.1:8000", None, "127.0.0.1:8000")
    True
    >>> same_origin("https://evil.example", None, "127.0.0.1:8000"), same_origin("null", None, "127.0.0.1:8000")
    (False, False)
    >>> same_origin(None, "http://evil.example/form.html", "127.0.0.1:8000")
    False
    """
    source = origin if origin is not None else referer
    if source is None:
        return True
    parts = urllib.parse.urlsplit(source.strip())
    return bool(host) and parts.scheme == "http" and parts.netloc.lower() == host.strip().lower()


def token_matches(authorization: str | None, token: str) -> bool:
    """Whether an ``Authorization: Bearer TOKEN`` header carries ``token``.

    >>> token_matches("Bearer abc", "abc"), token_matches("Bearer abd", "abc"), token_matches(None, "abc")
    (True, False, False)
    """
    if not authorization or not token:
        return False
    scheme, _, given = authorization.strip().partition(" ")
    return scheme.lower() == "bearer" and hmac.compare_digest(given.strip().encode(), token.encode())


def _is_ip(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True
