"""Web: fetch http(s) addresses with httpx and read pages, plain text and RSS/Atom feeds.

A feed's entries are each fetched as an article. httpx and feedparser are imported inside
functions so that importing this module stays cheap.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date
from functools import partial
from typing import TYPE_CHECKING, Any
from urllib.parse import urljoin, urlsplit

from testigo.errors import IngestError
from testigo.ingest.files import _Batch, _guard_one, _Item
from testigo.ingest.text import (
    _HTML_START,
    _check_controls,
    _extract_article,
    _merge,
    _too_large,
    decode_bytes,
    ingest_text,
)
from testigo.model import Document

if TYPE_CHECKING:
    import httpx

logger = logging.getLogger(__name__)

_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"})
_PAGE_TYPES = _HTML_TYPES | _FEED_TYPES | {"text/plain", ""}
_LATIN_CHARSETS = frozenset({"utf-8", "utf8", "ascii", "us-ascii", "iso-8859-1", "latin-1", "windows-1252"})
_USER_AGENT = "testigo/0.1 (news ingest)"


def _is_url(source: str) -> bool:
    parts = urlsplit(source)
    return parts.scheme.lower() in ("http", "https") and bool(parts.netloc)


@dataclass(frozen=True, slots=True)
class _Page:
    url: str
    content_type: str
    charset: str | None
    body: bytes


class _Web:
    """Fetches pages for one batch through one httpx client, opened on first use."""

    def __init__(self, *, timeout: float, max_bytes: int, guard: Callable[[str], None] | None = None) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.guard = guard
        self._client: httpx.Client | None = None

    def fetch(self, url: str) -> _Page:
        import httpx

        try:
            with self._open().stream("GET", url) as response:
                return self._page(url, response)
        except httpx.TimeoutException as exc:
            raise IngestError(
                url,
                f"no answer within {self.timeout:g} s; try again later, "
                "or allow more time with TESTIGO_HTTP_TIMEOUT",
            ) from exc
        except httpx.InvalidURL as exc:
            raise IngestError(url, f"is not a valid web address ({exc}); check it") from exc
        except httpx.HTTPError as exc:
            raise IngestError(url, _network_reason(exc)) from exc

    def _page(self, url: str, response: httpx.Response) -> _Page:
        if response.status_code >= 400:
            raise IngestError(
                url,
                f"the server answered HTTP {response.status_code} {response.reason_phrase}; check the "
                "address (the page may have moved or need a login) or try again later",
            )
        content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
        if content_type not in _PAGE_TYPES:
            raise IngestError(
                url,
                f"the server sent {content_type}, not a web page, plain text or a feed; "
                "give the address of an article",
            )
        body = _read_capped(response, url, max_bytes=self.max_bytes)
        return _Page(url=url, content_type=content_type, charset=response.charset_encoding, body=body)

    def _open(self) -> httpx.Client:
        if self._client is None:
            import httpx

            guard = self.guard
            hooks = {"request": [lambda request: guard(str(request.url))]} if guard else {}
            self._client = httpx.Client(
                timeout=self.timeout, follow_redirects=True, headers={"User-Agent": _USER_AGENT},
                event_hooks=hooks,
            )
        return self._client

    def close(self) -> None:
        if self._client is not None:
            self._client.close()
            self._client = None


def _network_reason(exc: httpx.HTTPError) -> str:
    import httpx

    if isinstance(exc, httpx.ConnectError):
        return f"could not connect to the server ({exc}); check the address and your network, then try again"
    if isinstance(exc, httpx.TooManyRedirects):
        return "redirects too many times; open it in a browser to find the article's final address"
    return f"download failed ({type(exc).__name__}: {exc}); check the address and try again"


def _read_capped(response: httpx.Response, url: str, *, max_bytes: int) -> bytes:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        raise _too_large(url, max_bytes, int(declared))
    chunks: list[bytes] = []
    size = 0
    for chunk in response.iter_bytes():
        size += len(chunk)
        if size > max_bytes:
            raise _too_large(url, max_bytes)  # stop downloading right there
        chunks.append(chunk)
    return b"".join(chunks)


def _iter_url(url: str, batch: _Batch) -> Iterator[_Item]:
    page = batch.web.fetch(url)
    feed = _parse_feed(page)
    if feed is None:
        yield _document_from_page(page)
        return
    if not feed.entries:
        raise IngestError(
            url, "is an RSS/Atom feed with no entries; try again later or pass article addresses"
        )
    outlet = feed.feed.get("title")
    for number, entry in enumerate(feed.entries, 1):
        link = entry.get("link")
        source = urljoin(url, link) if link else f"{url}#entry-{number}"
        yield _guard_one(partial(_document_from_entry, entry, source, outlet=outlet, batch=batch))


def _parse_feed(page: _Page) -> Any | None:
    head = page.body[:1024].lstrip().lower()
    looks_like_feed = head.startswith(b"<?xml") or b"<rss" in head or b"<feed" in head
    if page.content_type not in _FEED_TYPES and not looks_like_feed:
        return None
    import feedparser

    try:
        parsed = feedparser.parse(page.body)  # bytes: feedparser never fetches or opens anything itself
    except Exception as exc:  # feedparser wraps its parsers loosely
        raise IngestError(page.url, f"could not be read as a feed ({type(exc).__name__}: {exc})") from exc
    return parsed if parsed.get("version") else None


def _document_from_entry(entry: Any, source: str, *, outlet: str | None, batch: _Batch) -> Document:
    if not entry.get("link"):
        raise IngestError(source, "this feed entry has no link to an article; nothing to fetch")
    if not _is_url(source):
        raise IngestError(source, "this feed entry's link is not an http(s) address; nothing to fetch")
    when = entry.get("published_parsed") or entry.get("updated_parsed")
    defaults = {
        "title": entry.get("title"),
        "author": entry.get("author"),
        "published": _struct_date(when),
        "outlet": outlet,
    }
    return _document_from_page(batch.web.fetch(source), defaults=defaults)


def _struct_date(when: time.struct_time | None) -> str | None:
    return date(when.tm_year, when.tm_mon, when.tm_mday).isoformat() if when else None


def _document_from_page(page: _Page, *, defaults: Mapping[str, str | None] | None = None) -> Document:
    defaults = defaults or {}
    if page.content_type in _FEED_TYPES:
        raise IngestError(
            page.url,
            f"is {page.content_type} but not an article or an RSS/Atom feed; give the address of either",
        )
    text = _decode_page(page)
    if page.content_type in _HTML_TYPES or (not page.content_type and _HTML_START.search(text[:2048])):
        body, found = _extract_article(text, page.url, url=page.url)
        return ingest_text(body, page.url, **_merge(defaults, found))
    return ingest_text(text, page.url, **defaults)


def _decode_page(page: _Page) -> str:
    charset = (page.charset or "").lower()
    if charset and charset not in _LATIN_CHARSETS:  # Latin pages are better served by decode_bytes
        try:
            text = page.body.decode(charset)
        except (LookupError, UnicodeDecodeError):
            logger.info("%s: declared charset %s does not fit, guessing", page.url, charset)
        else:
            _check_controls(text, page.url)
            return text
    return decode_bytes(page.body, page.url)
