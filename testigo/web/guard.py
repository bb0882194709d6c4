"""Refuse to fetch addresses on this machine or a private network (unless a setting allows it).

A page pasted into the web app must not make the server read its own admin pages, a cloud
metadata address or the newsroom's intranet. The check runs on every request the fetcher
makes, redirects and feed entries included. It resolves the host name first, so a public name
pointing at 127.0.0.1 is refused too (a name that changes its answer between the check and
the connection is not caught: the setting should stay off on a shared server).
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable
from urllib.parse import urlsplit

from testigo.errors import IngestError

__all__ = ["url_guard"]


def _refused(address: str) -> bool:
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    return not ip.is_global or ip.is_multicast


def check_public(url: str) -> None:
    """Raise IngestError unless ``url`` is http(s) and its host resolves only to public addresses."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise IngestError(url, "only http:// and https:// addresses of a host can be fetched")
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise IngestError(url, f"the host {parts.hostname!r} cannot be resolved ({exc}); check the address") from exc
    for *_rest, sockaddr in infos:
        if _refused(str(sockaddr[0])):
            raise IngestError(url, f"{parts.hostname} is a private, loopback or reserved address ({sockaddr[0]}); "
                                   "the server refuses to fetch it (set TESTIGO_ALLOW_PRIVATE_URLS=1 to allow)")


def url_guard(*, allow_private: bool) -> Callable[[str], None]:
    """The check to run before each fetch: http(s) only, and public addresses unless ``allow_private``."""
    if not allow_private:
        return check_public

    def scheme_only(url: str) -> None:
        if urlsplit(url).scheme not in ("http", "https"):
            raise IngestError(url, "only http:// and https:// addresses can be fetched")
    return scheme_only
