"""Files: read paths, folders, JSON Lines files and standard input into Documents.

Also holds what every source shares for one batch: ``_Batch`` (its size cap, stdin and web
client) and the guards that turn an IngestError into a Rejection so the batch goes on.
"""

from __future__ import annotations

import codecs
import dataclasses
import json
import logging
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import chain
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO, NamedTuple

from testigo.errors import IngestError
from testigo.ingest.header import read_header
from testigo.ingest.text import (
    _HTML_START,
    _binary_reason,
    _extract_article,
    _merge,
    _too_large,
    decode_bytes,
    ingest_text,
)
from testigo.model import Document, Rejection

if TYPE_CHECKING:
    from testigo.ingest.web import _Web

logger = logging.getLogger(__name__)

_Item = Document | Rejection

STDIN = "<stdin>"
_STAGE = "ingest"
_KINDS = {".txt": "text", ".html": "html", ".htm": "html", ".jsonl": "jsonl"}
_META_KEYS = ("title", "author", "outlet", "published", "language")


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
    return ingest_text(text, source, **read_header(text))


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


def iter_records(records: Iterable[Mapping[str, Any]], source: str) -> Iterator[_Item]:
    """Documents from records shaped like JSON Lines objects (a Parquet shard's rows), named ``source:N``."""
    for number, record in enumerate(records, start=1):
        yield _guard_one(partial(_document_from_record, record, f"{source}:{number}"))


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
