"""Contradictions within and across documents are found, never resolved silently."""

from __future__ import annotations

from testigo.contradict import find_contradictions
from testigo.model import Claim, DateValue, Evidence, Polarity, Qualifiers


def claim(doc: str, subject: str, predicate: str, obj: str | None, *, dates: tuple[str, ...] = (),
          polarity: Polarity = Polarity.POSITIVE, start: int = 0) -> Claim:
    qualifiers = Qualifiers(dates=tuple(DateValue(d, d, "day" if len(d) == 10 else "month") for d in dates))
    return Claim.make(doc, subject, predicate, object_id=obj, rule="test.v1", qualifiers=qualifiers,
                      polarity=polarity, evidence=Evidence(f"{subject} {predicate} {obj}", start, start + 10))


def test_two_dates_for_one_arrest_in_two_documents_once_names_are_resolved() -> None:
    one = claim("doc-a", "ent-zambada", "arrested", "kb-usa", dates=("2024-07",))
    two = claim("doc-b", "kb-mayo", "arrested", "kb-usa", dates=("2026-07-25",))
    assert find_contradictions([one, two]) == []  # two names, not yet one actor
    merged = {"ent-zambada": "kb-mayo"}
    (found,) = find_contradictions([one, two], canonical=lambda i: merged.get(i, i))
    assert found.kind == "dates" and {found.left.document_id, found.right.document_id} == {"doc-a", "doc-b"}


def test_a_date_inside_another_is_no_contradiction() -> None:
    month = claim("doc-a", "kb-mayo", "arrested", "kb-usa", dates=("2024-07",))
    day = claim("doc-b", "kb-mayo", "arrested", None, dates=("2024-07-25",))
    assert find_contradictions([month, day]) == []


def test_assertion_and_denial() -> None:
    said = claim("doc-a", "kb-cjng", "ally_of", "kb-los-chapitos")
    denied = claim("doc-b", "kb-los-chapitos", "ally_of", "kb-cjng", polarity=Polarity.NEGATIVE)
    (found,) = find_contradictions([said, denied])
    assert found.kind == "polarity"


def test_allies_and_rivals_only_when_their_times_overlap() -> None:
    ally = claim("doc-a", "kb-cjng", "ally_of", "kb-los-chapitos", dates=("2025-05",))
    rival_then = claim("doc-b", "kb-los-chapitos", "rival_of", "kb-cjng", dates=("2015",))
    rival_now = claim("doc-c", "kb-los-chapitos", "rival_of", "kb-cjng", dates=("2025",), start=5)
    kinds = [(c.kind, c.right.document_id) for c in find_contradictions([ally, rival_then, rival_now])]
    assert kinds == [("ally_and_rival", "doc-c")]


def test_an_event_denied_without_an_agent_contradicts_its_assertion_by_one() -> None:
    captured = claim("doc-a", "ent-meza", "arrested", "kb-sedena")
    not_arrested = claim("doc-a", "ent-meza", "arrested", None, polarity=Polarity.NEGATIVE, start=40)
    (found,) = find_contradictions([captured, not_arrested])
    assert found.kind == "polarity"


def test_an_event_denied_for_one_agent_and_asserted_for_another_is_no_contradiction() -> None:
    by_police = claim("doc-a", "ent-meza", "arrested", "kb-police")
    not_by_army = claim("doc-a", "ent-meza", "arrested", "kb-sedena", polarity=Polarity.NEGATIVE, start=40)
    assert find_contradictions([by_police, not_by_army]) == []
