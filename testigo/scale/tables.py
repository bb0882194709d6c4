"""Extraction results as table rows, and those rows as Parquet files, one folder per table.

The rows are the store's own (``testigo.store.rows``); JSON columns travel as JSON text. The
pseudo-table ``extracted`` holds (document id, extractor version) marks, loaded last.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from testigo.model import Document, Rejection
from testigo.pipeline import Extraction
from testigo.store import rows as r
from testigo.store.bulk import LOAD_ORDER

__all__ = ["ParquetTables", "extraction_rows", "read_tables"]

Rows = list[dict[str, Any]]


def extraction_rows(document: Document, result: Extraction | Rejection | None, version: str) -> dict[str, Rows]:
    """The rows that store one document and what was extracted from it (or its rejection)."""
    out: dict[str, Rows] = {"documents": [r.document_row(document)]}
    if isinstance(result, Rejection):
        out["rejections"] = [r.rejection_row(result)]
        return out
    if result is None:
        return out
    out["documents"][0]["extracted_with"] = version
    out["entities"] = [r.entity_row(e) for e in result.entities]
    out["aliases"] = [a for e in result.entities for a in r.alias_rows(e)]
    out["mentions"] = [r.mention_row(m) for m in result.mentions]
    out["claims"] = [r.claim_row(c) for c in result.claims]
    out["extracted"] = [{"document_id": document.id, "extracted_with": version}]
    return _json_as_text(out)


def _json_as_text(tables: dict[str, Rows]) -> dict[str, Rows]:
    for name, columns in r.JSON_COLUMNS.items():
        for row in tables.get(name, ()):
            for column in columns:
                row[column] = json.dumps(row[column], ensure_ascii=False)
    return tables


def _schema(name: str) -> Any:
    import pyarrow as pa
    from sqlalchemy import Integer

    from testigo.store import tables as t

    if name == "extracted":
        return pa.schema([("document_id", pa.string()), ("extracted_with", pa.string())])
    columns = [c for c in t.metadata.tables[name].columns if c.name != "extracted_at"]
    return pa.schema([(c.name, pa.int64() if isinstance(c.type, Integer) else pa.string()) for c in columns])


class ParquetTables:
    """Writes rows to ``folder/<table>/part-N.parquet``, a new part every ``part_rows`` rows."""

    def __init__(self, folder: str | Path, *, part_rows: int = 50_000) -> None:
        self.folder = Path(folder)
        self.part_rows = part_rows
        self.buffers: dict[str, Rows] = {name: [] for name in LOAD_ORDER}
        self.parts: dict[str, int] = dict.fromkeys(LOAD_ORDER, 0)
        self.seen_entities: set[str] = set()
        for name in LOAD_ORDER:  # a folder holds one run's output
            shutil.rmtree(self.folder / name, ignore_errors=True)
            (self.folder / name).mkdir(parents=True)

    def add(self, tables: dict[str, Rows]) -> None:
        """Add one document's rows; entities already written are written once only."""
        fresh = {row["id"] for row in tables.get("entities", ()) if row["id"] not in self.seen_entities}
        for name, rows in tables.items():
            if name == "entities":
                rows = [row for row in rows if row["id"] in fresh]
            self.buffers[name].extend(rows)
            if len(self.buffers[name]) >= self.part_rows:
                self._flush(name)
        self.seen_entities |= fresh

    def _flush(self, name: str) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        rows = self.buffers[name]
        if not rows:
            return
        schema = _schema(name)
        table = pa.Table.from_pylist([{f: row.get(f) for f in schema.names} for row in rows], schema=schema)
        pq.write_table(table, self.folder / name / f"part-{self.parts[name]:05d}.parquet")
        self.parts[name] += 1
        self.buffers[name] = []

    def close(self) -> None:
        """Write what is still buffered."""
        for name in LOAD_ORDER:
            self._flush(name)


def read_tables(folder: str | Path, *, chunk_rows: int = 20_000) -> dict[str, Iterator[Rows]]:
    """Row chunks per table from a folder written by ParquetTables, for ``bulk_load``."""
    return {name: _read(Path(folder) / name, chunk_rows) for name in LOAD_ORDER}


def _read(folder: Path, chunk_rows: int) -> Iterator[Rows]:
    import pyarrow.parquet as pq

    for part in sorted(folder.glob("*.parquet")):
        for batch in pq.ParquetFile(part).iter_batches(batch_size=chunk_rows):
            yield batch.to_pylist()
