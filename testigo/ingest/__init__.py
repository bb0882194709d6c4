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
# imported inside functions so that importing this package stays cheap.
#
# Layout: text.py normalises, decodes and extracts HTML; files.py reads paths, folders, JSON
# Lines and stdin (and holds the batch and its guards); web.py fetches URLs and feeds. This
# module only picks the reader for each source.

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import BinaryIO

from testigo.errors import IngestError
from testigo.ingest.files import STDIN, _Batch, _guard_many, _Item, _iter_path, _iter_stdin, iter_records
from testigo.ingest.text import decode_bytes, ingest_text, normalise_text
from testigo.ingest.web import _is_url, _iter_url, _Web
from testigo.model import Document, Rejection
from testigo.settings import DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT

__all__ = ["STDIN", "decode_bytes", "ingest_text", "iter_documents", "iter_records", "normalise_text"]

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")


def iter_documents(
    sources: Iterable[str],
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    timeout: float = DEFAULT_TIMEOUT,
    stdin: BinaryIO | None = None,
    url_guard: Callable[[str], None] | None = None,
) -> Iterator[Document | Rejection]:
    """Yield a Document for each article in ``sources`` and a Rejection for each bad input.

    Use it for any batch: it never raises for a bad input, so one broken file, line or URL
    does not stop the others. ``max_bytes`` caps each file, download and JSONL line;
    ``timeout`` is in seconds per request; ``stdin`` replaces ``sys.stdin`` for ``-``.
    A single string counts as one source. ``url_guard`` is called with every address about to
    be fetched (redirects and feed entries included) and raises IngestError to refuse it.
    """
    web = _Web(timeout=timeout, max_bytes=max_bytes, guard=url_guard)
    batch = _Batch(max_bytes=max_bytes, stdin=stdin, web=web)
    if isinstance(sources, str):
        sources = [sources]
    try:
        for source in sources:
            yield from _unexpected(source, partial(_guard_many, partial(_iter_source, source, batch)))
    finally:
        batch.web.close()


def _unexpected(source: str, make: Callable[[], Iterator[_Item]]) -> Iterator[_Item]:
    """A bug of ours or a library's on one input becomes that input's rejection; the batch goes on."""
    try:
        yield from make()
    except Exception as exc:  # noqa: BLE001 (anything not already an IngestError is unforeseen)
        logging.getLogger(__name__).exception("unexpected error reading %s", source)
        reason = (f"could not be read ({exc.__class__.__name__}: {exc}); the rest of the batch went on — "
                  "please report this input")
        yield Rejection.make(source, "ingest", reason)


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
