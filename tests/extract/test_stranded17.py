"""The date and place of an event told before a reporting verb: 'marines arrested X, a G boss, on May 9 in
P, the navy said' (the parser hangs 'on May 9' on 'said'); they are the event's, while a date after the
reporting verb ('the navy said on May 9') is when it was said. Sentences written for these tests, invented
names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def arrests(extractor: Any, text: str) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    return [(s.dates, s.places) for s in said(extractor, text) if s.predicate == "arrested"]


@pytest.mark.parametrize(("text", "date", "place"), [
    ("Marines arrested Rogelio Tamez Ibarra, a Gulf Cartel plaza boss, on March 17, 2025 in Reynosa, the Navy "
     "said.\n", "2025-03-17", "Reynosa"),
    ('Soldiers captured Julio Rangel Ortiz, alias "El Tejón", on 4 May 2024 in Matamoros, the army said in a '
     "statement.\n", "2024-05-04", "Matamoros"),
    ("Federal police detained Ana Lidia Moreno Paz, the group's accountant, in Tijuana on February 7, 2025, "
     "prosecutors said.\n", "2025-02-07", "Tijuana"),
])
def test_the_events_date_before_the_reporting_verb(extractor: Any, text: str, date: str, place: str) -> None:
    found = arrests(extractor, text)
    assert found and all(date in dates for dates, _ in found)
    assert any(place in places for _, places in found)


def test_a_date_after_the_reporting_verb_is_when_it_was_said(extractor: Any) -> None:
    text = ("Marines arrested Rogelio Tamez Ibarra, a Gulf Cartel plaza boss, in Reynosa, the Navy said on March 17, "
            "2025.\n")
    found = arrests(extractor, text)
    assert found and all("2025-03-17" not in dates for dates, _ in found)


def test_a_date_of_a_later_clause_that_is_not_a_saying_stays_there(extractor: Any) -> None:
    text = ("Prosecutors charged Ramiro Fuentes Olmedo with drug trafficking and threatening agents: in 1999 his "
            "gunmen had surrounded two agents in Matamoros.\n")
    found = [s.dates for s in said(extractor, text) if s.predicate == "charged"]
    assert found and all("1999" not in dates for dates in found)
