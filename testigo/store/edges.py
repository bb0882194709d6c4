"""The ``edges`` table: a slim, query-ready row per claim, derived from claims and documents.

Invariant: ``edges`` holds exactly one row per stored claim, computed by ``edge_row`` from the
claim and its document; the Writer adds and deletes rows in the transaction that adds and
deletes claims, and ``rebuild`` recomputes the whole table from the claims (after a bulk load
that bypassed the Writer). Nothing else writes it, so it can always be thrown away and rebuilt.

What is folded in advance is what the network query (analyse/load.py) would otherwise decode
from every claim: the origin parts (analyse/origin.py), the earliest and latest date, the
document's outlet and publication date, and the quote and sources as plain text. A claim is in
force at an ``--as-of`` date A exactly when ``substr(since, 1, len(A)) <= A``: it is when one
of its dates is on or before A at the coarser precision (period.py), that holds for some date
exactly when it holds for the earliest in string order, and for one date v it reads
``v[:len(A)] <= A``.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import Column, MetaData, Table, select
from sqlalchemy.engine import Connection

from testigo.store import tables as t
from testigo.store.base import CHAIN_SEPARATOR

__all__ = ["REBUILD_CHUNK", "DocumentInfo", "document_info", "document_infos", "edge_row", "rebuild"]

REBUILD_CHUNK = 20_000  # claims read and edge rows written per step of a rebuild
DocumentInfo = tuple[str, str | None]  # (outlet origin key, publication date YYYY-MM-DD or None)


def document_info(outlet: str | None, location: str, published: str | None) -> DocumentInfo:
    """What an edge row needs of its document."""
    from testigo.analyse.origin import outlet_of

    return outlet_of(outlet, location), (published[:10] if published else None)


def edge_row(claim: dict[str, Any], document: DocumentInfo | None) -> dict[str, Any]:
    """The edge row of a claim given as a claims-table row (``qualifiers`` and ``attributed_to`` decoded)."""
    from testigo.analyse.origin import origin_parts

    qualifiers = claim["qualifiers"] or {}
    dates = [d["value"] for d in qualifiers.get("dates") or () if d.get("value")]
    outlet, published = document if document is not None else (f"document:{claim['document_id']}", None)
    values = dates or ([published] if published else [])
    source, anonymous = origin_parts(claim["attributed_to"] or ())
    return {
        "claim_id": claim["id"], "document_id": claim["document_id"], "span_start": claim["span_start"],
        "predicate": claim["predicate"], "certainty": claim["certainty"], "subject_id": claim["subject_id"],
        "object_id": claim["object_id"], "negative": claim["polarity"] == "negative",
        "since": min(values) if values else None, "until": max(values) if values else None,
        "dates": " ".join(dates), "title": qualifiers.get("title"), "outlet": outlet, "source": source,
        "anonymous": anonymous, "quote": claim["quote"],
        "attributed_to": CHAIN_SEPARATOR.join(claim["attributed_to"] or ()),
    }


def document_infos(conn: Connection, ids: set[str]) -> dict[str, DocumentInfo]:
    d = t.documents.c
    found: dict[str, DocumentInfo] = {}
    listed = sorted(ids)
    for start in range(0, len(listed), 500):
        query = select(d.id, d.outlet, d.source, d.published).where(d.id.in_(listed[start:start + 500]))
        for row in conn.execute(query):
            found[row.id] = document_info(row.outlet, row.source, row.published)
    return found


def _claim_chunks(conn: Connection) -> Iterator[list[dict[str, Any]]]:
    """Every claim as a dict, in id order, REBUILD_CHUNK at a time (keyset paging: no open cursor)."""
    c = t.claims.c
    columns = (c.id, c.document_id, c.span_start, c.predicate, c.certainty, c.subject_id, c.object_id,
               c.polarity, c.qualifiers, c.attributed_to, c.quote)
    last = ""
    while True:
        query = select(*columns).where(c.id > last).order_by(c.id).limit(REBUILD_CHUNK)
        rows = [dict(r._mapping) for r in conn.execute(query)]
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


_STAGING = Table("edges_staging", MetaData(), *(Column(c.name, c.type) for c in t.edges.columns))
_READ_ORDER = ("predicate", "negative", "certainty", "document_id", "span_start", "claim_id")


def rebuild(conn: Connection) -> int:
    """Recompute every edge row from the claims and documents; return how many were written.

    The table is dropped and created again, so a table of an older shape is replaced too. Rows
    are computed into a staging table and copied in the order the network query reads them
    (ix_edges_ties), so that on SQLite a query walks the table mostly in storage order.
    """
    _STAGING.drop(conn, checkfirst=True)
    _STAGING.create(conn)
    written = 0
    for claims in _claim_chunks(conn):
        documents = document_infos(conn, {c["document_id"] for c in claims})
        rows = [edge_row(c, documents.get(c["document_id"])) for c in claims]
        conn.execute(_STAGING.insert(), rows)
        written += len(rows)
    t.edges.drop(conn, checkfirst=True)
    t.edges.create(conn)
    s = _STAGING.c
    conn.execute(t.edges.insert().from_select([c.name for c in t.edges.columns],
                                              select(*s).order_by(*(s[name] for name in _READ_ORDER))))
    _STAGING.drop(conn)
    return written
