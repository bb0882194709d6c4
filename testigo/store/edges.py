"""The ``edges`` table: a slim, query-ready row per claim, derived from claims and documents.

Invariant: ``edges`` holds exactly one row per stored claim, computed by ``edge_row`` from the
claim and its document; the Writer adds and deletes rows in the transaction that adds and
deletes claims, and ``rebuild`` recomputes the whole table from the claims (after a bulk load
that bypassed the Writer). Nothing else writes it, so it can always be thrown away and rebuilt.

What is folded in advance is what the network query (analyse/query.py) would otherwise decode
from every claim: the origin parts (analyse/origin.py), the earliest and latest date (a claim is
in force at an ``--as-of`` date exactly when its earliest date is, see ``since_bound``), and
the document's outlet and publication date.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.engine import Connection

from testigo.store import tables as t

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
        "anonymous": anonymous,
    }


def since_bound(as_of: str) -> tuple[int, str]:
    """(length, value) such that a claim is in force at ``as_of`` iff ``substr(since, 1, length) <= value``.

    A claim is in force when one of its dates is on or before ``as_of`` at the coarser precision
    (period.py); that holds for some date exactly when it holds for the earliest (string order),
    and for one date ``v`` it is ``v[:len(as_of)] <= as_of``.
    """
    return len(as_of), as_of


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
               c.polarity, c.qualifiers, c.attributed_to)
    last = ""
    while True:
        query = select(*columns).where(c.id > last).order_by(c.id).limit(REBUILD_CHUNK)
        rows = [dict(r._mapping) for r in conn.execute(query)]
        if not rows:
            return
        yield rows
        last = rows[-1]["id"]


def rebuild(conn: Connection) -> int:
    """Recompute every edge row from the claims and documents; return how many were written."""
    conn.execute(delete(t.edges))
    written = 0
    for claims in _claim_chunks(conn):
        documents = document_infos(conn, {c["document_id"] for c in claims})
        rows = [edge_row(c, documents.get(c["document_id"])) for c in claims]
        conn.execute(t.edges.insert(), rows)
        written += len(rows)
    return written
