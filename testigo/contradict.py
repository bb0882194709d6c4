"""Contradictions among claims: kept side by side, never resolved silently.

Two claims conflict when they are about the same fact and give incompatible dates
(neither date contains the other: "July 2024" vs "2026-07-25"), opposite polarity,
or when one says ``ally_of`` and the other ``rival_of`` for the same pair; leading a group asserted conflicts
with membership of it denied.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import combinations

from testigo.model import Claim
from testigo.schema import load_schema

__all__ = ["Contradiction", "find_contradictions"]


@dataclass(frozen=True, slots=True)
class Contradiction:
    """Two claims that cannot both be true, and why."""

    kind: str  # "dates", "polarity" or "ally_and_rival"
    left: Claim
    right: Claim
    reason: str

    def to_dict(self) -> dict[str, object]:
        return {"kind": self.kind, "reason": self.reason, "left": self.left.to_dict(),
                "right": self.right.to_dict()}


Canonical = Callable[[str], str]


def _same(entity_id: str) -> str:
    return entity_id


def _pair(claim: Claim, canonical: Canonical = _same) -> tuple[str, ...]:
    ends = (canonical(claim.subject_id), canonical(claim.object_id) if claim.object_id else "")
    return tuple(sorted(ends)) if load_schema().predicate(claim.predicate).symmetric else ends


def _dates(claim: Claim) -> set[str]:
    return {d.value for d in claim.qualifiers.dates if d.value}


def _compatible(a: set[str], b: set[str]) -> bool:
    """Dates agree when some date of one contains or equals some date of the other."""
    return any(x.startswith(y) or y.startswith(x) for x in a for y in b)


def _date_conflicts(claims: list[Claim], canonical: Canonical) -> Iterable[Contradiction]:
    by_fact: dict[tuple[str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if load_schema().predicate(claim.predicate).event and _dates(claim) and claim.polarity.value == "positive":
            by_fact[(canonical(claim.subject_id), claim.predicate)].append(claim)
    for group in by_fact.values():
        for a, b in combinations(group, 2):
            if a.object_id and b.object_id and canonical(a.object_id) != canonical(b.object_id):
                continue
            if not _compatible(_dates(a), _dates(b)):
                reason = f"{a.predicate} dated {sorted(_dates(a))} and {sorted(_dates(b))}"
                yield Contradiction("dates", a, b, reason)


def _polarity_conflicts(claims: list[Claim], canonical: Canonical) -> Iterable[Contradiction]:
    """A relation asserted and denied for one pair; an event asserted and denied for one subject
    ('soldiers captured X' and 'X has not been arrested'): a denial that names no agent denies
    the event by any agent, so only two different agents keep the claims apart."""
    by_fact: dict[tuple[str, tuple[str, ...]], list[Claim]] = defaultdict(list)
    for claim in claims:
        ends = (canonical(claim.subject_id),) if load_schema().predicate(claim.predicate).event \
            else _pair(claim, canonical)
        by_fact[(claim.predicate, ends)].append(claim)
    for (_, ends), group in by_fact.items():
        for a, b in combinations(group, 2):
            if a.polarity == b.polarity:
                continue
            if len(ends) == 1 and a.object_id and b.object_id and canonical(a.object_id) != canonical(b.object_id):
                continue
            yield Contradiction("polarity", a, b, f"{a.predicate} asserted and denied")


def _led_but_never_member(claims: list[Claim], canonical: Canonical) -> Iterable[Contradiction]:
    """'A and B, two bosses, ran the clan' against 'A denied he was ever a member of the clan': a leader of a
    group is one of its members, so leading it asserted and membership denied conflict."""
    denied: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.predicate == "member_of" and claim.polarity.value == "negative":
            denied[_pair(claim, canonical)].append(claim)
    for a in claims if denied else []:
        if a.predicate == "leader_of" and a.polarity.value == "positive":
            for b in denied.get(_pair(a, canonical), []):
                yield Contradiction("polarity", a, b, "leadership asserted and membership denied")


def _sign_conflicts(claims: list[Claim], canonical: Canonical) -> Iterable[Contradiction]:
    rivals: dict[tuple[str, ...], list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.predicate == "rival_of" and claim.polarity.value == "positive":
            rivals[_pair(claim, canonical)].append(claim)
    allies = [c for c in claims if c.predicate == "ally_of" and c.polarity.value == "positive"]
    for a in allies:
        for b in rivals.get(_pair(a, canonical), []):
            if (not _dates(a) or not _dates(b) or _compatible(_dates(a), _dates(b))):
                yield Contradiction("ally_and_rival", a, b, "the same pair is called allies and rivals")


def find_contradictions(claims: Iterable[Claim], *, canonical: Canonical = _same) -> list[Contradiction]:
    """Every conflicting pair among ``claims`` (of one document or of many); ``canonical`` maps
    entity ids to resolved ids so that one actor under two names is compared with itself."""
    claims = list(claims)
    return (list(_date_conflicts(claims, canonical)) + list(_polarity_conflicts(claims, canonical))
            + list(_led_but_never_member(claims, canonical)) + list(_sign_conflicts(claims, canonical)))
