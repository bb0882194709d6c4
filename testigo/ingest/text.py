"""Text: normalise and decode article text, wrap it in a Document, and pull articles out of HTML.

Every source ends here: ``decode_bytes`` turns bytes into text, ``_extract_article`` runs
trafilatura over HTML, and ``ingest_text`` normalises the text and builds the Document.
trafilatura is imported inside ``_run_trafilatura`` so that importing this module stays cheap.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any
from urllib.parse import urlsplit

from testigo.errors import IngestError
from testigo.model import Document

logger = logging.getLogger(__name__)

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


def _translation_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {c: None for c in (*range(0x20), *range(0x7F, 0xA0))}
    table.update({ord(c): None for c in _INVISIBLE})
    table.update({ord(c): " " for c in _SPACES})
    table.update({ord(c): "\n" for c in _LINE_BREAKS + "\n"})
    return table


_TABLE = _translation_table()


_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def normalise_text(text: str) -> str:
    """Tidy whitespace and Unicode so the same article always gives the same text (and id).

    NFC; every line break becomes ``\\n``; tabs and Unicode spaces become one plain space;
    control and invisible characters go; lone surrogates (which JSON escapes can carry, and no
    encoder accepts) become U+FFFD; lines are stripped; at most one blank line in a row.
    Idempotent: normalising twice changes nothing.
    """
    text = _LONE_SURROGATE.sub("\ufffd", text)
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


def _merge(low: Mapping[str, str | None], high: Mapping[str, str | None]) -> dict[str, str | None]:
    """``low`` with every value ``high`` knows laid over it."""
    return {**low, **{key: value for key, value in high.items() if value is not None}}
