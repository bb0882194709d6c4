"""Bulk loading: many documents' rows at once, by COPY on PostgreSQL and batched inserts on SQLite.

Use it when rows come in large numbers from elsewhere (the Ray engine's Parquet files); a daily
run goes through ``Store.writer`` instead. The rows are those of ``store/rows.py``, the same the
Writer writes.

Invariant: loading is idempotent and resumable. Every chunk commits on its own and inserts
ignore rows whose key is already stored; documents are marked extracted last, so a load that
stops half-way leaves documents unmarked and the next load repeats them without duplicates.
A document extracted before with another extractor version has its old claims and mentions
deleted before the new ones are loaded, as ``Writer.clear_extraction`` does.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Table, and_, delete, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import SQLAlchemyError

from testigo.errors import StoreError
from testigo.model import now
from testigo.store import edges
from testigo.store import tables as t
from testigo.store._dialect import redact
from testigo.store.base import Store
from testigo.store.rows import JSON_COLUMNS

__all__ = ["LOAD_ORDER", "LoadReport", "bulk_load", "extracted_ids"]


# Tables in the order they load; "extracted" rows are (document id, extractor version) marks.
LOAD_ORDER = ("documents", "entities", "aliases", "mentions", "claims", "rejections", "extracted")

Rows = list[dict[str, Any]]


@dataclass(slots=True)
class LoadReport:
    """How many rows of each table were new, and how many were offered."""

    new: Counter[str] = field(default_factory=Counter)
    offered: Counter[str] = field(default_factory=Counter)


def bulk_load(store: Store, chunks: Mapping[str, Iterable[Rows]]) -> LoadReport:
    """Load row chunks per table (keys of LOAD_ORDER), each chunk in its own transaction.

    JSON columns may be given as JSON text (as flat files carry them) or as Python values.
    The derived ``edges`` rows (store/edges.py) are written with each chunk of claims.
    """
    engine = getattr(store, "engine", None)
    if engine is None:
        raise StoreError(f"store {store.url} does not support bulk loading; use an SQL store")
    unknown = set(chunks) - set(LOAD_ORDER)
    if unknown:
        raise StoreError(f"bulk load: unknown tables {sorted(unknown)}; use {', '.join(LOAD_ORDER)}")
    report = LoadReport()
    for name in LOAD_ORDER:
        for chunk in chunks.get(name, ()):
            if not chunk:
                continue
            try:
                with engine.begin() as conn:
                    report.new[name] += _load_chunk(conn, name, chunk)
            except SQLAlchemyError as exc:
                raise StoreError(f"bulk load of {name} into {redact(store.url)} failed and that chunk was "
                                 f"rolled back (re-run to finish; loaded rows are kept): {exc}") from exc
            report.offered[name] += len(chunk)
    return report


def extracted_ids(store: Store, version: str) -> frozenset[str]:
    """Ids of the documents stored as extracted with this extractor version (to skip them)."""
    engine = getattr(store, "engine", None)
    if engine is None:
        return frozenset()
    with engine.connect() as conn:
        query = select(t.documents.c.id).where(t.documents.c.extracted_with == version)
        return frozenset(conn.execute(query).scalars())


def _load_chunk(conn: Connection, name: str, rows: Rows) -> int:
    if name == "extracted":
        return _mark_extracted(conn, rows)
    table = t.metadata.tables[name]
    if name == "claims":
        _load_edges(conn, rows)
    rows = [_with_json(name, row, as_text=conn.dialect.name == "postgresql") for row in rows]
    if name == "documents":
        stale = _stale(conn, rows)
        if stale:
            conn.execute(delete(t.claims).where(t.claims.c.document_id.in_(stale)))
            conn.execute(delete(t.mentions).where(t.mentions.c.document_id.in_(stale)))
            conn.execute(delete(t.edges).where(t.edges.c.document_id.in_(stale)))
        rows = [{k: v for k, v in row.items() if k not in ("extracted_with", "extracted_at")} for row in rows]
    if conn.dialect.name == "postgresql":
        return _copy_ignore(conn, table, rows)
    return _insert_ignore_many(conn, table, rows)


def _load_edges(conn: Connection, claim_rows: Rows) -> None:
    """The edge rows of a chunk of claims, in the claims' transaction (as the Writer keeps them)."""
    decoded = [_with_json("claims", row, as_text=False) for row in claim_rows]
    documents = edges.document_infos(conn, {row["document_id"] for row in decoded})
    table_rows = [edges.edge_row(row, documents.get(row["document_id"])) for row in decoded]
    if conn.dialect.name == "postgresql":
        _copy_ignore(conn, t.edges, table_rows)
    else:
        _insert_ignore_many(conn, t.edges, table_rows)


def _stale(conn: Connection, rows: Rows) -> list[str]:
    """Documents of this chunk stored as extracted with another version than the one loading."""
    versions = {row["id"]: row.get("extracted_with") for row in rows}
    c = t.documents.c
    query = select(c.id, c.extracted_with).where(c.id.in_(list(versions)), c.extracted_with.is_not(None))
    return [r.id for r in conn.execute(query) if versions.get(r.id) and r.extracted_with != versions[r.id]]


def _mark_extracted(conn: Connection, rows: Rows) -> int:
    c = t.documents.c
    marked = 0
    for version in {row["extracted_with"] for row in rows}:
        ids = [row["document_id"] for row in rows if row["extracted_with"] == version]
        done = and_(c.id.in_(ids), c.extracted_with.is_distinct_from(version))
        result = conn.execute(update(t.documents).where(done).values(extracted_with=version, extracted_at=now()))
        marked += max(result.rowcount, 0)
    return marked


def _with_json(name: str, row: dict[str, Any], *, as_text: bool) -> dict[str, Any]:
    columns = JSON_COLUMNS.get(name, ())
    if not columns:
        return row
    row = dict(row)
    for column in columns:
        value = row[column]
        if as_text and not isinstance(value, str):
            row[column] = json.dumps(value, ensure_ascii=False)
        elif not as_text and isinstance(value, str):
            row[column] = json.loads(value)
    return row


def _insert_ignore_many(conn: Connection, table: Table, rows: Rows) -> int:
    """SQLite: one executemany of INSERT .. ON CONFLICT DO NOTHING; new rows counted by total_changes."""
    from sqlalchemy.dialects.sqlite import insert as sqlite_insert

    raw: Any = conn.connection.driver_connection
    before = raw.total_changes
    conn.execute(sqlite_insert(table).on_conflict_do_nothing(), rows)
    return int(raw.total_changes - before)


def _copy_ignore(conn: Connection, table: Table, rows: Rows) -> int:
    """PostgreSQL: COPY into a temporary table, then INSERT .. SELECT .. ON CONFLICT DO NOTHING."""
    columns = [c.name for c in table.columns if c.name in rows[0]]
    names = ", ".join(f'"{c}"' for c in columns)
    temp = f"_bulk_{table.name}"
    cursor: Any = conn.connection.cursor()
    cursor.execute(f'CREATE TEMP TABLE IF NOT EXISTS {temp} (LIKE "{table.name}" INCLUDING DEFAULTS) '
                   "ON COMMIT DROP")
    with cursor.copy(f"COPY {temp} ({names}) FROM STDIN") as copy:
        for row in rows:
            copy.write_row([row[c] for c in columns])
    cursor.execute(f'INSERT INTO "{table.name}" ({names}) SELECT {names} FROM {temp} ON CONFLICT DO NOTHING')
    inserted = int(cursor.rowcount)
    cursor.execute(f"DROP TABLE {temp}")
    return inserted
