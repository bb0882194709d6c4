"""The table rows of each record: the one definition both the Writer and the bulk loader use.

Invariant: a row here is exactly what ``SQLWriter`` inserts, so a store filled in bulk reads
back the same as one filled document by document.
"""

from __future__ import annotations

from typing import Any

from testigo.model import Alias, Claim, Document, Entity, Mention, Rejection, name_key

__all__ = ["JSON_COLUMNS", "alias_rows", "claim_row", "document_row", "entity_row", "mention_row",
           "rejection_row"]

# Columns stored as JSON; flat files (Parquet, COPY) carry them as JSON text.
JSON_COLUMNS = {"entities": ("external_ids",), "claims": ("qualifiers", "attributed_to")}


def document_row(document: Document) -> dict[str, Any]:
    """The documents row (without the extraction marks)."""
    return document.to_dict()


def entity_row(entity: Entity) -> dict[str, Any]:
    """The entities row."""
    return {"id": entity.id, "kind": entity.kind, "name": entity.name, "external_ids": dict(entity.external_ids)}


def alias_rows(entity: Entity) -> list[dict[str, Any]]:
    """The aliases rows of an entity, its own name first."""
    names = [Alias(entity.name), *entity.aliases]
    return [{"entity_id": entity.id, "name": a.name, "lang": a.lang, "key": name_key(a.name)} for a in names]


def mention_row(mention: Mention) -> dict[str, Any]:
    """The mentions row."""
    return {"document_id": mention.document_id, "entity_id": mention.entity_id, "span_start": mention.start,
            "span_end": mention.end, "text": mention.text}


def claim_row(claim: Claim) -> dict[str, Any]:
    """The claims row."""
    return {
        "id": claim.id, "document_id": claim.document_id, "subject_id": claim.subject_id,
        "predicate": claim.predicate, "object_id": claim.object_id, "value": claim.value,
        "qualifiers": claim.qualifiers.to_dict(), "polarity": claim.polarity.value,
        "certainty": claim.certainty.value, "attributed_to": list(claim.attributed_to),
        "quote": claim.evidence.quote, "span_start": claim.evidence.start,
        "span_end": claim.evidence.end, "rule": claim.rule,
    }


def rejection_row(rejection: Rejection) -> dict[str, Any]:
    """The rejections row."""
    return rejection.to_dict()
