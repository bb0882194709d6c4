"""Shards: the files a distributed run reads, one task each, with the local engine's ingest code.

A shard is a JSON Lines or Parquet file of articles (``{"text": ...}`` records with optional
``url``, ``title``, ``published``…), or any single file the local engine reads. Each is read by
``testigo.ingest``, so sources and rejections are named exactly as in a local run (``path:LINE``).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from testigo.ingest import iter_documents, iter_records
from testigo.model import Document, Rejection

__all__ = ["SHARD_SUFFIXES", "item_from_row", "item_to_row", "iter_shard", "list_shards"]

SHARD_SUFFIXES = (".jsonl", ".parquet", ".txt", ".html", ".htm")
PARQUET_ROWS = 1024


def list_shards(paths: Iterable[str]) -> tuple[list[str], list[Rejection]]:
    """The shard files under ``paths`` (files or folders, sorted), and a Rejection for each bad path."""
    shards: list[str] = []
    rejections: list[Rejection] = []
    for path in paths:
        found = _shards_in(path)
        if isinstance(found, str):
            rejections.append(Rejection.make(path, "ingest", found))
        else:
            shards.extend(found)
    return shards, rejections


def _shards_in(source: str) -> list[str] | str:
    if source == "-" or "://" in source:
        return "the Ray engine reads files and folders of shards; use --engine local for URLs and stdin"
    path = Path(source)
    if path.is_file():
        return [str(path)]
    if not path.is_dir():
        return "no such file or folder; check the path"
    found = sorted(
        str(Path(root, name))
        for root, dirs, names in os.walk(path)
        if not Path(root).name.startswith(".") or Path(root) == path
        for name in names
        if not name.startswith(".") and name.lower().endswith(SHARD_SUFFIXES)
    )
    return found or f"has no shards ({', '.join(SHARD_SUFFIXES)} files)"


def iter_shard(path: str, *, max_bytes: int) -> Iterator[Document | Rejection]:
    """The documents of one shard, and a Rejection for each line or row that is not an article."""
    if not path.lower().endswith(".parquet"):
        yield from iter_documents([path], max_bytes=max_bytes)
        return
    try:
        records = list(_parquet_records(path))
    except Exception as exc:  # noqa: BLE001 (pyarrow raises several kinds for a broken file)
        yield Rejection.make(path, "ingest", f"is not a readable Parquet file ({exc.__class__.__name__}: {exc}); "
                                             "re-write the shard")
        return
    yield from iter_records(records, path)


def _parquet_records(path: str) -> Iterator[dict[str, Any]]:
    import pyarrow.parquet as pq

    for batch in pq.ParquetFile(path).iter_batches(batch_size=PARQUET_ROWS):
        yield from batch.to_pylist()


def item_to_row(item: Document | Rejection) -> dict[str, str]:
    """A flat row for a Ray dataset: the item's kind and its JSON."""
    kind = "document" if isinstance(item, Document) else "rejection"
    return {"kind": kind, "item": json.dumps(item.to_dict(), ensure_ascii=False)}


def item_from_row(kind: str, item: str) -> Document | Rejection:
    """The item a row from ``item_to_row`` holds."""
    data = json.loads(item)
    return Document.from_dict(data) if kind == "document" else Rejection.from_dict(data)
