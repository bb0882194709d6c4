"""Ingest: turn files, folders, JSON Lines, stdin, web pages and RSS/Atom feeds into Documents.

``iter_documents`` takes one string per source:

- a ``.txt`` file. Its title stays None: a first line is not reliably a headline. A file given
  by name with any other extension is read as text too (as HTML when it starts like a page);
- an ``.html``/``.htm`` file: trafilatura extracts the main text, title, author, site name and
  publication date. The date comes from the page's markup only and is never guessed from years
  in the text;
- a ``.jsonl`` file: one article a line, ``{"text": ...}`` or ``{"html": ...}`` with optional
  ``url``, ``title``, ``author``, ``published``, ``outlet`` and ``language``. Rejections name the
  line as ``path:LINENO``; Documents use the line's ``url`` as their source when it has one.
  The size cap applies to each line, so a JSONL file can hold any number of articles;
- a folder: its .txt, .html, .htm and .jsonl files, recursively, in sorted order. Hidden files
  and folders and other extensions are skipped;
- ``-``: standard input (source ``<stdin>``), read as JSON Lines when its first non-blank line
  starts with ``{``, as HTML when it looks like a page, and as text otherwise;
- an ``http://`` or ``https://`` address: an HTML page, plain text, or an RSS/Atom feed whose
  entries' links are each fetched as an article.
"""

# Invariant: iter_documents never raises for a bad input. Every failure is an IngestError,
# turned into exactly one Rejection at the level it concerns (a source, a file in a folder, a
# JSONL line, a feed entry), and the batch goes on. trafilatura, httpx and feedparser are
# imported inside functions so that importing this module stays cheap.

from __future__ import annotations

import codecs
import dataclasses
import json
import logging
import os
import re
import sys
import time
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple
from urllib.parse import urljoin, urlsplit

from testigo.errors import IngestError
from testigo.model import Document, Rejection
from testigo.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

if TYPE_CHECKING:
    import httpx

__all__ = ["STDIN", "decode_bytes", "ingest_text", "iter_documents", "normalise_text"]

logger = logging.getLogger(__name__)

_Item = Document | Rejection

STDIN = "<stdin>"
_STAGE = "ingest"
_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_META_KEYS = ("title", "author", "outlet", "published", "language")
_HTML_TYPES = frozenset({"text/html", "application/xhtml+xml"})
_FEED_TYPES = frozenset({"application/rss+xml", "application/atom+xml", "application/xml", "text/xml"})
_PAGE_TYPES = _HTML_TYPES | _FEED_TYPES | {"text/plain", ""}
_LATIN_CHARSETS = frozenset({"utf-8", "utf8", "ascii", "us-ascii", "iso-8859-1", "latin-1", "windows-1252"})
_USER_AGENT = "testigo/0.1 (news ingest)"
_MIN_HTML_WORDS = 5
_MAX_CONTROL_SHARE = 0.05  # above this share of control characters, bytes are binary
_MAX_SYMBOL_SHARE = 0.2  # above this, a non-UTF-8 reading is noise, not text
_SAMPLE = 65536

_LINE_BREAKS = "\r\v\f\x1c\x1d\x1e\x85\u2028\u2029"
_SPACES = "\t\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_INVISIBLE = "\u00ad\u200b\u2060\ufeff"
_SPACE_RUN = re.compile(" {2,}")
_BLANK_RUN = re.compile("\n{3,}")
_WORD = re.compile(r"\w*[^\W\d_]\w*")
_HTML_START = re.compile(r"<(?:!doctype\s+html|html|head|body)\b", re.IGNORECASE)
_HTML_LANG = re.compile(r"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})\b", re.IGNORECASE)
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {c: None for c in (*range(0x20), *range(0x7F, 0xA0))}
    table.update({ord(c): None for c in _INVISIBLE})
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): "\n" for c in _LINE_BREAKS + "\n"})
    return table


_TABLE = _translation_table()


def normalise_text(text: str) -> str:
    """Tidy whitespace and Unicode so the same article always gives the same text (and id).

    NFC; every line break becomes ``\\n``; tabs and Unicode spaces become one plain space;
    control and invisible characters go; lines are stripped; at most one blank line in a row.
    Idempotent: normalising twice changes nothing.
    """
    text = text.replace("\r\n", "\n").translate(_TABLE)
    lines = (_SPACE_RUN.sub(" ", line).strip(" ") for line in text.split("\n"))
    text = _BLANK_RUN.sub("\n\n", "\n".join(lines)).strip("\n")
    # NFC last: removing characters above can bring a base letter and a combining mark together.
    return unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes, source: str) -> str:
    """Decode bytes that should be text: UTF-8 (BOM or not), UTF-16 with a BOM, else Windows-1252.

    Use it for anything read from a file, stdin or the web. Raises IngestError for binary data
    and for bytes that no text encoding explains.
    """
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = _decode_marked(data, "utf-16", source)
    elif data.startswith(codecs.BOM_UTF8):
        text = _decode_marked(data[len(codecs.BOM_UTF8) :], "utf-8", source)
    elif b"\x00" in data:
        raise IngestError(source, _binary_reason("it contains NUL bytes"))
    else:
        text = _decode_unmarked(data, source)
    _check_controls(text, source)
    return text


def _decode_marked(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        name = encoding.upper()
        raise IngestError(
            source,
            f"starts with a {name} byte-order mark but is not valid {name} (bad bytes at offset "
            f"{exc.start}); re-save it as UTF-8",
        ) from exc


def _decode_unmarked(data: bytes, source: str) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        text = data.decode("latin-1")
    _check_controls(text, source)
    if _share(text, _is_symbol) > _MAX_SYMBOL_SHARE:
        raise IngestError(
            source,
            "cannot be decoded as text: it is not UTF-8, and read as Windows-1252 it is mostly "
            "symbols; if it is text, save it as UTF-8 and try again",
        )
    logger.info("%s: not UTF-8, read as Windows-1252", source)
    return text


def _check_controls(text: str, source: str) -> None:
    if "\x00" in text:
        raise IngestError(source, _binary_reason("it contains NUL characters"))
    share = _share(text, _is_control)
    if share > _MAX_CONTROL_SHARE:
        raise IngestError(source, _binary_reason(f"{share:.0%} of it is control characters"))


def _too_large(source: str, max_bytes: int, size: int | None = None) -> IngestError:
    what = "is over" if size is None else f"is {size:,} bytes, over"
    return IngestError(
        source,
        f"{what} the size cap of {max_bytes:,} bytes; raise the cap with --max-bytes or "
        "TESTIGO_MAX_BYTES if it really is one article",
    )


def _binary_reason(why: str) -> str:
    return (
        f"looks like a binary file, not text ({why}); testigo reads plain text, HTML and JSON "
        "Lines: export the article as one of those"
    )


def _share(text: str, predicate: Callable[[str], bool]) -> float:
    sample = text[:_SAMPLE]
    return sum(1 for char in sample if predicate(char)) / len(sample) if sample else 0.0


def _is_control(char: str) -> bool:
    return (char < " " and char not in "\t\n\v\f\r") or char == "\x7f"


def _is_symbol(char: str) -> bool:
    category = unicodedata.category(char)
    return category[0] == "S" or category in ("Co", "Cn") or (category == "Cc" and not char.isspace())


def ingest_text(text: str, source: str, **meta: str | None) -> Document:
    """Normalise ``text`` and wrap it in a Document with ``meta`` (title, author, published, …).

    The building block of every source; use it directly for text you already hold.
    ``published`` may be any ISO date or datetime and is stored as ``YYYY-MM-DD``.
    Raises IngestError when nothing but whitespace is left or ``published`` is not a date.
    """
    clean = normalise_text(text)
    if not clean:
        raise IngestError(
            source, "contains no text (it is empty or only whitespace); check that it is the article"
        )
    fields = {key: " ".join(value.split()) for key, value in meta.items() if value and value.strip()}
    if "published" in fields:
        fields["published"] = _iso_date(fields["published"], source)
    if "language" in fields:
        fields["language"] = fields["language"].lower()
    return Document.make(clean, source, **fields)


def _iso_date(value: str, source: str) -> str:
    try:
        return datetime.fromisoformat(value).date().isoformat()
    except ValueError as exc:
        raise IngestError(
            source, f"published={value!r} is not a date; write it as YYYY-MM-DD or leave it out"
        ) from exc


def iter_documents(
    sources: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: BinaryIO | None = None,
) -> Iterator[Document | Rejection]:
    """Yield a Document for each article in ``sources`` and a Rejection for each bad input.

    Use it for any batch: it never raises for a bad input, so one broken file, line or URL
    does not stop the others. ``max_bytes`` caps each file, download and JSONL line;
    ``timeout`` is in seconds per request; ``stdin`` replaces ``sys.stdin`` for ``-``.
    A single string counts as one source.
    """
    batch = _Batch(max_bytes=max_bytes, stdin=stdin, web=_Web(timeout=timeout, max_bytes=max_bytes))
    if isinstance(sources, str):
        sources = [sources]
    try:
        for source in sources:
            yield from _guard_many(partial(_iter_source, source, batch))
    finally:
        batch.web.close()


@dataclass(frozen=True, slots=True)
class _Batch:
    max_bytes: int
    stdin: BinaryIO | None
    web: _Web


def _guard_many(make: Callable[[], Iterator[_Item]]) -> Iterator[_Item]:
    try:
        yield from make()
    except IngestError as exc:
        yield _reject(exc)


def _guard_one(make: Callable[[], Document]) -> _Item:
    try:
        return make()
    except IngestError as exc:
        return _reject(exc)


def _reject(exc: IngestError) -> Rejection:
    logger.info("rejected %s: %s", exc.source, exc.reason)
    return Rejection.make(exc.source, _STAGE, exc.reason)


def _iter_source(source: str, batch: _Batch) -> Iterator[_Item]:
    if source == "-":
        yield from _iter_stdin(batch)
    elif _is_url(source):
        yield from _iter_url(source, batch)
    elif _SCHEME.match(source):
        raise IngestError(
            source, "only http:// and https:// addresses can be fetched; save the page and pass the file"
        )
    else:
        yield from _iter_path(Path(source), batch)


# -- files and folders --------------------------------------------------------------------


@contextmanager
def _reading(source: str) -> Iterator[None]:
    try:
        yield
    except OSError as exc:
        raise IngestError(source, _os_reason(exc)) from exc


def _os_reason(exc: OSError) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder; check the path"
    if isinstance(exc, PermissionError):
        return "cannot be read: permission denied; give your user read access (chmod u+r) and try again"
    return f"cannot be read ({exc.strerror or exc}); check the file and try again"


def _iter_path(path: Path, batch: _Batch) -> Iterator[_Item]:
    with _reading(str(path)):
        is_dir = path.is_dir()
    if is_dir:
        yield from _iter_folder(path, batch)
    else:
        yield from _iter_file(path, batch)  # a missing path fails there, in _reading


def _iter_folder(folder: Path, batch: _Batch) -> Iterator[_Item]:
    files, errors = _walk(folder)
    yield from (_reject(error) for error in errors)
    if not files and not errors:
        kinds = ", ".join(_KINDS)
        raise IngestError(
            str(folder), f"has no {kinds} files (other extensions and hidden files are skipped)"
        )
    for path in files:
        yield from _guard_many(partial(_iter_file, path, batch))


def _walk(folder: Path) -> tuple[list[Path], list[IngestError]]:
    files: list[Path] = []
    errors: list[IngestError] = []

    def on_error(exc: OSError) -> None:
        errors.append(IngestError(str(exc.filename or folder), _os_reason(exc)))

    for root, dirs, names in os.walk(folder, onerror=on_error):
        dirs[:] = [name for name in dirs if not name.startswith(".")]
        for name in names:
            if name.startswith(".") or Path(name).suffix.lower() not in _KINDS:
                logger.debug("skipped %s", Path(root, name))
            else:
                files.append(Path(root, name))
    return sorted(files), errors


def _iter_file(path: Path, batch: _Batch) -> Iterator[_Item]:
    kind = _KINDS.get(path.suffix.lower(), "other")
    if kind == "jsonl":
        yield from _iter_jsonl_file(path, batch)
    else:
        yield _document_from_bytes(_read_file(path, max_bytes=batch.max_bytes), str(path), kind=kind)


def _read_file(path: Path, *, max_bytes: int) -> bytes:
    source = str(path)
    with _reading(source):
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(source, max_bytes, size)
        with path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:  # the file grew after stat()
        raise _too_large(source, max_bytes)
    if not data:
        raise IngestError(source, "is an empty file (0 bytes); check that the article was saved into it")
    return data


def _document_from_bytes(data: bytes, source: str, *, kind: str) -> Document:
    text = decode_bytes(data, source)
    if kind == "html" or (kind == "other" and _HTML_START.search(text[:2048])):
        body, found = _extract_article(text, source)
        return ingest_text(body, source, **found)
    return ingest_text(text, source)


# -- HTML ---------------------------------------------------------------------------------


def _extract_article(html: str, source: str, *, url: str | None = None) -> tuple[str, dict[str, str | None]]:
    result = _run_trafilatura(html, source, url=url)
    text = normalise_text(result.text or "") if result is not None else ""
    words = len(_WORD.findall(text))
    if result is None or words < _MIN_HTML_WORDS:
        raise IngestError(
            source,
            f"no article text found in the HTML ({words} words outside menus, scripts and markup); "
            "pass the article's own page, or its text as a .txt file",
        )
    language = _HTML_LANG.search(html[:4096])
    found = {
        "title": result.title,
        "author": result.author,
        "outlet": _site_name(result.sitename, url),
        "published": result.date,
        "language": language.group(1) if language else None,
    }
    return text, found


def _site_name(name: str | None, url: str | None) -> str | None:
    """The site's name, unless trafilatura only made it up from the address's host."""
    host = urlsplit(url).netloc.lower() if url else ""
    if name and host and (name.lower() == host or host.endswith("." + name.lower())):
        return None
    return name


def _run_trafilatura(html: str, source: str, *, url: str | None) -> Any:
    import trafilatura
    from trafilatura.settings import set_date_params

    try:
        return trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            date_extraction_params=set_date_params(False),  # markup only: no dates guessed from the text
        )
    except Exception as exc:  # lxml and trafilatura raise many kinds of error on broken markup
        raise IngestError(
            source, f"the HTML could not be parsed ({type(exc).__name__}: {exc}); check the file"
        ) from exc


# -- JSON Lines and stdin -----------------------------------------------------------------


class _Line(NamedTuple):
    number: int
    data: bytes
    too_long: bool


def _read_lines(stream: BinaryIO, source: str, *, max_bytes: int) -> Iterator[_Line]:
    number = 0
    while True:
        with _reading(source):
            data = stream.readline(max_bytes + 1)
            too_long = len(data.rstrip(b"\r\n")) > max_bytes
            rest = data
            while too_long and rest and not rest.endswith(b"\n"):
                rest = stream.readline(65536)  # skip the rest of an over-long line
        if not data:
            return
        number += 1
        yield _Line(number, data, too_long)


def _iter_jsonl_file(path: Path, batch: _Batch) -> Iterator[_Item]:
    source = str(path)
    with _reading(source):
        handle = path.open("rb")
    with handle:
        with _reading(source):
            head = handle.read(8192)
            handle.seek(0)
        if not head:
            raise IngestError(
                source, "is an empty file (0 bytes); check that the articles were saved into it"
            )
        if b"\x00" in head:
            raise IngestError(source, _binary_reason("it contains NUL bytes"))
        yield from _iter_jsonl(
            _read_lines(handle, source, max_bytes=batch.max_bytes), source, max_bytes=batch.max_bytes
        )


def _iter_jsonl(lines: Iterable[_Line], source: str, *, max_bytes: int) -> Iterator[_Item]:
    seen = 0
    for line in lines:
        if not line.data.strip():
            continue
        seen += 1
        yield _guard_one(partial(_document_from_line, line, f"{source}:{line.number}", max_bytes=max_bytes))
    if not seen:
        raise IngestError(source, "has no articles, only blank lines; put one JSON object per line")


def _document_from_line(line: _Line, source: str, *, max_bytes: int) -> Document:
    if line.too_long:
        raise _too_large(source, max_bytes)
    data = line.data.removeprefix(codecs.BOM_UTF8) if line.number == 1 else line.data
    try:
        record = json.loads(data.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise IngestError(
            source, "this line is not valid UTF-8, which JSON Lines must be; re-save the file as UTF-8"
        ) from exc
    except json.JSONDecodeError as exc:
        raise IngestError(
            source, f"this line is not valid JSON ({exc.msg} at column {exc.colno}); fix or remove it"
        ) from exc
    if not isinstance(record, dict):
        raise IngestError(
            source,
            f"this line is a JSON {_json_kind(record)}, not an object; "
            'write each article as {"text": "..."}',
        )
    return _document_from_record(record, source)


def _document_from_record(record: Mapping[str, Any], source: str) -> Document:
    given = {key: _string_field(record, key, source) for key in _META_KEYS}
    url, text, html = (_string_field(record, key, source) for key in ("url", "text", "html"))
    if text is None and html is None:
        raise IngestError(
            source, 'this line has no "text" or "html" field; put the article text under "text"'
        )
    if html is not None and not (text or "").strip():
        body, found = _extract_article(html, source, url=url)
        document = ingest_text(body, source, **_merge(found, given))
    else:
        document = ingest_text(text or "", source, **given)
    return dataclasses.replace(document, source=url) if url else document


def _string_field(record: Mapping[str, Any], key: str, source: str) -> str | None:
    value = record.get(key)
    if value is None or isinstance(value, str):
        return value
    raise IngestError(
        source, f'"{key}" on this line is a JSON {_json_kind(value)}, not a string; fix this line'
    )


def _json_kind(value: object) -> str:
    kinds = {list: "array", dict: "object", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else kinds.get(type(value), type(value).__name__)


def _merge(low: Mapping[str, str | None], high: Mapping[str, str | None]) -> dict[str, str | None]:
    """``low`` with every value ``high`` knows laid over it."""
    return {**low, **{key: value for key, value in high.items() if value is not None}}


def _iter_stdin(batch: _Batch) -> Iterator[_Item]:
    stream = batch.stdin if batch.stdin is not None else sys.stdin.buffer
    lines = _read_lines(stream, STDIN, max_bytes=batch.max_bytes)
    head: list[_Line] = []
    for line in lines:
        head.append(line)
        if line.data.strip():
            break
    if head and head[-1].data.lstrip(codecs.BOM_UTF8 + b" \t").startswith(b"{"):
        yield from _iter_jsonl(chain(head, lines), STDIN, max_bytes=batch.max_bytes)
        return
    data = b"".join(line.data for line in head)
    with _reading(STDIN):
        data += stream.read(max(batch.max_bytes + 1 - len(data), 0))
    if any(line.too_long for line in head) or len(data) > batch.max_bytes:
        raise _too_large(STDIN, batch.max_bytes)
    if not data:
        raise IngestError(STDIN, "is empty: nothing was piped in; pipe an article or JSON Lines into testigo")
    yield _document_from_bytes(data, STDIN, kind="other")


# -- the web ------------------------------------------------------------------------------


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

    def __init__(self, *, timeout: float, max_bytes: int) -> None:
        self.timeout = timeout
        self.max_bytes = max_bytes
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

            self._client = httpx.Client(
                timeout=self.timeout, follow_redirects=True, headers={"User-Agent": _USER_AGENT}
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
