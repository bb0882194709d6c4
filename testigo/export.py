"""Exporters: the store as JSON lines (the contract in DESIGN.md) or CSV.

``iter_records(store, what)`` gives plain dicts; ``write_jsonl`` and ``write_csv``
write them. The claim record is the contract other tools read: keep its field names.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import lru_cache
from typing import Any, TextIO

from testigo.errors import ConfigError
from testigo.model import Claim, Document
from testigo.store.base import ClaimFilter, Store

__all__ = ["CSV_COLUMNS", "TABLES", "claim_record", "iter_records", "write_csv", "write_jsonl"]

TABLES = ("claims", "entities", "documents", "rejections")

CSV_COLUMNS = {
    "claims": (
        "id", "document.id", "document.source", "document.title", "document.published",
        "subject.id", "subject.name", "subject.kind", "predicate", "object.id", "object.name",
        "object.kind", "value", "qualifiers.dates", "qualifiers.places", "qualifiers.title",
        "qualifiers.label", "polarity", "certainty", "attributed_to", "evidence.quote",
        "evidence.start", "evidence.end", "rule",
    ),
    "entities": ("id", "name", "kind", "aliases"),
    "documents": ("id", "source", "title", "outlet", "author", "published", "language", "ingested_at", "text"),
    "rejections": ("id", "source", "stage", "reason", "document_id", "created_at"),
}


class _Lookup:
    """Caches entity and document summaries while claims stream past."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.entity = lru_cache(maxsize=50_000)(self._entity)
        self.document = lru_cache(maxsize=10_000)(self._document)

    def _entity(self, entity_id: str) -> dict[str, Any]:
        entity = self.store.get_entity(entity_id)
        if entity is None:
            return {"id": entity_id, "name": None, "kind": None, "aliases": []}
        return {"id": entity.id, "name": entity.name, "kind": entity.kind,
                "aliases": [a.name for a in entity.aliases]}

    def _document(self, document_id: str) -> dict[str, Any]:
        document = self.store.get_document(document_id)
        return _document_summary(document) if document else {"id": document_id, "source": None,
                                                              "title": None, "published": None}


def _document_summary(document: Document) -> dict[str, Any]:
    return {"id": document.id, "source": document.source, "title": document.title,
            "published": document.published}


def claim_record(claim: Claim, lookup: _Lookup) -> dict[str, Any]:
    """A claim in the JSONL contract of DESIGN.md, with its entities and document spelled out."""
    return {
        "id": claim.id,
        "document": lookup.document(claim.document_id),
        "subject": lookup.entity(claim.subject_id),
        "predicate": claim.predicate,
        "object": lookup.entity(claim.object_id) if claim.object_id else None,
        "value": claim.value,
        "qualifiers": claim.qualifiers.to_dict(),
        "polarity": claim.polarity.value,
        "certainty": claim.certainty.value,
        "attributed_to": list(claim.attributed_to),
        "evidence": claim.evidence.to_dict(),
        "rule": claim.rule,
    }


def iter_records(store: Store, what: str, *, where: ClaimFilter | None = None) -> Iterator[dict[str, Any]]:
    """Records of one table (``claims``, ``entities``, ``documents`` or ``rejections``) as dicts."""
    if what == "claims":
        lookup = _Lookup(store)
        return (claim_record(c, lookup) for c in store.iter_claims(where))
    if what == "entities":
        return (e.to_dict() for e in store.iter_entities())
    if what == "documents":
        return (d.to_dict() for d in store.iter_documents())
    if what == "rejections":
        return (r.to_dict() for r in store.iter_rejections())
    raise ConfigError(f"cannot export {what!r}; choose one of: {', '.join(TABLES)}")


def write_jsonl(records: Iterator[dict[str, Any]], out: TextIO) -> int:
    """Write one JSON object a line; return how many."""
    count = 0
    for record in records:
        out.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        count += 1
    return count


def _flat(record: dict[str, Any]) -> dict[str, Any]:
    """One level of columns: nested dicts become ``parent.child``, lists are joined."""
    flat: dict[str, Any] = {}
    for key, value in record.items():
        if isinstance(value, dict):
            for sub, inner in _flat(value).items():
                flat[f"{key}.{sub}"] = inner
        elif isinstance(value, list):
            flat[key] = " | ".join(_cell(v) for v in value)
        else:
            flat[key] = value
    return flat


def _cell(value: Any) -> str:
    if isinstance(value, dict):
        return value.get("text") or value.get("name") or json.dumps(value, ensure_ascii=False)
    return str(value)


def write_csv(records: Iterator[dict[str, Any]], out: TextIO, *, columns: tuple[str, ...]) -> int:
    """Write records as CSV with the given (flattened) columns; return how many."""
    writer = csv.DictWriter(out, fieldnames=list(columns), extrasaction="ignore", restval="")
    writer.writeheader()
    count = 0
    for record in records:
        writer.writerow(_flat(record))
        count += 1
    return count
