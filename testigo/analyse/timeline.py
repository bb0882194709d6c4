"""An entity's timeline: events, leadership, alliances formed and broken, in date order.

One row per date a claim gives (an arrest "in 2015 and again in February 2020" is two rows),
so each row has one date with its precision and the words it came from. Rows sort by date
value at its precision ("2024" before "2024-07" before "2024-07-25"); undated rows (no date,
or one the text gave but that could not be resolved, such as "last year" in an undated
article) come last, ordered by publication date, document and position in the text.
Denials are kept (an alliance "broken" or denied shows with polarity negative).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from testigo.analyse.network import same
from testigo.analyse.origin import Source, Sources, source_lookup
from testigo.model import Claim, Entity
from testigo.schema import load_schema

__all__ = ["TIMELINE_PREDICATES", "TimelineEntry", "timeline"]

TIMELINE_PREDICATES = ("arrested", "charged", "extradited", "killed", "designated", "leader_of", "founder_of",
                       "member_of", "official_of", "faction_of", "ally_of", "rival_of", "negotiated_with",
                       "held_by")


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One dated (or undated) row of a timeline, with everything needed to check it."""

    date: str | None
    precision: str | None
    words: str | None
    what: str  # "Ismael Zambada García arrested by United States"
    predicate: str
    role: str  # "subject" or "object": the entity's end of the claim
    other: str | None  # the other party's name, or the literal value
    other_id: str | None
    certainty: str
    polarity: str
    attributed_to: tuple[str, ...]
    quote: str
    document_id: str
    source: str | None
    published: str | None
    claim_id: str

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["attributed_to"] = list(self.attributed_to)
        return data


def _name(names: Mapping[str, str | Entity] | None, entity_id: str | None) -> str | None:
    if entity_id is None:
        return None
    entry = names.get(entity_id) if names is not None else None
    return entry.name if isinstance(entry, Entity) else entry or entity_id


def _rows(claim: Claim, role: str, subject: str, obj: str | None, other_id: str | None,
          names: Mapping[str, str | Entity] | None, source: Source | None) -> list[TimelineEntry]:
    label = load_schema().predicate(claim.predicate).label
    other_name = _name(names, other_id) if other_id else claim.value
    subject_name = _name(names, subject) or subject
    object_name = (_name(names, obj) if obj else claim.value) or ""
    if not object_name:  # "arrested by" with nobody named: "arrested"
        label = label.removesuffix(" by").removesuffix(" to")
    negation = "not " if claim.polarity.value == "negative" else ""
    what = f"{subject_name} {negation}{label} {object_name}".strip()
    common = dict(what=what, predicate=claim.predicate, role=role, other=other_name, other_id=other_id,
                  certainty=claim.certainty.value, polarity=claim.polarity.value,
                  attributed_to=claim.attributed_to, quote=claim.evidence.quote,
                  document_id=claim.document_id,
                  source=source.location if source else None, published=source.published if source else None,
                  claim_id=claim.id)
    dated = [d for d in claim.qualifiers.dates if d.value]
    if not dated:
        words = "; ".join(d.text for d in claim.qualifiers.dates) or None
        return [TimelineEntry(date=None, precision=None, words=words, **common)]  # type: ignore[arg-type]
    return [TimelineEntry(date=d.value, precision=d.precision, words=d.text, **common)  # type: ignore[arg-type]
            for d in dated]


def _order(entry: TimelineEntry, position: int) -> tuple[Any, ...]:
    if entry.date is not None:
        return (0, entry.date, entry.published or "", position)
    return (1, entry.published or "9999", entry.source or "", position)


def timeline(claims: Iterable[Claim], entity_id: str, *, canonical: Callable[[str], str] = same,
             names: Mapping[str, str | Entity] | None = None, sources: Sources = None,
             predicates: Iterable[str] = TIMELINE_PREDICATES) -> list[TimelineEntry]:
    """The rows about ``entity_id`` (after ``canonical``) among ``claims``, in date order, undated last.

    ``names`` labels the other party; ``sources`` maps document ids to Sources (location and
    publication date). Claims keep their input order among equals, so pass them in document
    and text order (as ``Store.iter_claims`` gives them).
    """
    wanted, target, source_of = set(predicates), canonical(entity_id), source_lookup(sources)
    found: list[tuple[tuple[Any, ...], TimelineEntry]] = []
    for position, claim in enumerate(claims):
        if claim.predicate not in wanted:
            continue
        subject = canonical(claim.subject_id)
        obj = canonical(claim.object_id) if claim.object_id else None
        if target not in (subject, obj) or subject == obj:
            continue
        role, other = ("subject", obj) if subject == target else ("object", subject)
        for entry in _rows(claim, role, subject, obj, other, names, source_of(claim.document_id)):
            found.append((_order(entry, position), entry))
    found.sort(key=lambda pair: pair[0])
    return [entry for _key, entry in found]
