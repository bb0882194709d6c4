"""What the extractor says about a text, as plain values a test can compare: one place for the
document set-up and the id-to-name lookup that every extraction test needs."""

from __future__ import annotations

from typing import Any, NamedTuple

from testigo.model import Claim, Document


class Said(NamedTuple):
    """One claim with its ends by name (the object '' when it has none)."""

    subject: str
    predicate: str
    object: str
    certainty: str
    polarity: str
    sources: tuple[str, ...]
    rule: str
    dates: tuple[str, ...]  # the values of its dates ('' for a date with no value)
    places: tuple[str, ...]
    title: str | None
    claim: Claim


def said(extractor: Any, text: str, published: str | None = None) -> list[Said]:
    """Every claim the extractor makes from ``text``, in its order."""
    result = extractor(Document.make(text, "test.txt", published=published))
    names = {e.id: e.name for e in result.entities}
    return [Said(names[c.subject_id], c.predicate, names.get(c.object_id or "", ""), c.certainty.value,
                 c.polarity.value, c.attributed_to, c.rule, tuple(d.value or "" for d in c.qualifiers.dates),
                 c.qualifiers.places, c.qualifiers.title, c) for c in result.claims]


def triples(extractor: Any, text: str, published: str | None = None) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every claim."""
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text, published)}


def names(extractor: Any, text: str, kind: str) -> set[str]:
    """The names of the entities of ``kind`` the extractor finds in ``text``."""
    return {e.name for e in extractor(Document.make(text, "test.txt")).entities if e.kind == kind}
