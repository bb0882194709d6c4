"""Bulk loading writes the same rows as the Writer, adds nothing on a re-run, and replaces stale extractions."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Alias, Claim, Document, Entity, Evidence, Mention, Qualifiers, Rejection
from testigo.pipeline import Extraction, RunReport, record
from testigo.store import Store, open_store
from testigo.store.base import EdgeFilter
from testigo.store.bulk import bulk_load

pytest.importorskip("pyarrow")

from testigo.scale.tables import ParquetTables, extraction_rows, read_tables  # noqa: E402


def _extraction(document: Document, *, rule: str = "test.v1") -> Extraction:
    group = Entity.make("criminal_group", "Cártel del Norte", aliases=(Alias("CDN"),))
    other = Entity.make("criminal_group", f"Other {document.title}")
    claims = tuple(
        Claim.make(document.id, group.id, "ally_of", object_id=other.id, rule=rule,
                   evidence=Evidence(document.text[i:i + 8], i, i + 8), qualifiers=Qualifiers(title=f"t{i}"),
                   attributed_to=("article", "officials"))
        for i in range(3)
    )
    mentions = (Mention(document.id, group.id, 0, 6, document.text[:6]),)
    return Extraction(entities=(group, other), mentions=mentions, claims=claims)


def _documents(n: int) -> list[Document]:
    return [Document.make(f"Article {i}: the cartel and its allies.", f"a{i}.txt", title=str(i)) for i in range(n)]


def _snapshot(store: Store) -> dict[str, Any]:
    return {
        "counts": store.counts(),
        "claims": sorted(c.to_dict().__repr__() for c in store.iter_claims()),
        "entities": sorted(e.to_dict().__repr__() for e in store.iter_entities()),
        "mentions": sorted(repr(m) for d in store.iter_documents() for m in store.iter_mentions(d.id)),
        "extracted": sorted((d.id, store.extracted_with(d.id)) for d in store.iter_documents()),
        "rejections": sorted(r.id for r in store.iter_rejections()),
        "edges": sorted(repr(row) for predicate in ("ally_of",) for row in store.iter_edges(EdgeFilter(predicate))),
    }


def _chunks(documents: list[Document], version: str) -> dict[str, list[list[dict[str, Any]]]]:
    tables: dict[str, list[list[dict[str, Any]]]] = {}
    for i, document in enumerate(documents):
        result: Extraction | Rejection = _extraction(document)
        if i == 0:
            result = Rejection.make(document.source, "extract", "broken on purpose", document_id=document.id)
        for name, rows in extraction_rows(document, result, version).items():
            tables.setdefault(name, []).append(rows)  # one chunk per document: many transactions
    return tables


def test_bulk_load_equals_writer_and_rerun_adds_nothing(store: Store, tmp_path: Any) -> None:
    documents = _documents(5)
    report = RunReport()
    with open_store(str(tmp_path / "writer.db")) as reference:
        for i, document in enumerate(documents):
            result: Extraction | Rejection = _extraction(document)
            if i == 0:
                result = Rejection.make(document.source, "extract", "broken on purpose", document_id=document.id)
            record(document, result, reference, version="v1", report=report)
        expected = _snapshot(reference)
    first = bulk_load(store, _chunks(documents, "v1"))
    assert first.new["documents"] == 5 and first.new["claims"] == 12 and first.new["extracted"] == 4
    assert _snapshot(store) == expected
    again = bulk_load(store, _chunks(documents, "v1"))
    assert sum(again.new.values()) == 0
    assert _snapshot(store) == expected


def test_bulk_load_through_parquet_replaces_an_older_extraction(store: Store, tmp_path: Any) -> None:
    documents = _documents(3)
    writer = ParquetTables(tmp_path / "pq", part_rows=4)
    for document in documents:
        writer.add(extraction_rows(document, _extraction(document, rule="old.v1"), "v1"))
    writer.close()
    bulk_load(store, read_tables(tmp_path / "pq", chunk_rows=5))
    assert {c.rule for c in store.iter_claims()} == {"old.v1"}
    writer = ParquetTables(tmp_path / "pq")
    for document in documents:
        extraction = _extraction(document, rule="new.v2")
        writer.add(extraction_rows(document, Extraction(extraction.entities, extraction.mentions,
                                                        extraction.claims[:2]), "v2"))
    writer.close()
    report = bulk_load(store, read_tables(tmp_path / "pq"))
    assert report.new["extracted"] == 3
    assert {c.rule for c in store.iter_claims()} == {"new.v2"}
    assert store.counts()["claims"] == 6
    assert len(list(store.iter_edges(EdgeFilter("ally_of")))) == 6  # the old extraction's edges went with it
    assert {store.extracted_with(d.id) for d in documents} == {"v2"}
