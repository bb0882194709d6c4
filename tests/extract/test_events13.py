"""The dates and places of events and claims: where a claim's time or place is written away from its
verb, and where a word that looks like one must not be taken. Each reading is checked both ways."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _dates(extractor: Any, text: str, predicate: str, published: str | None = None) -> set[tuple[str, ...]]:
    return {s.dates for s in said(extractor, text, published) if s.predicate == predicate}


def _places(extractor: Any, text: str, predicate: str, published: str | None = None) -> set[tuple[str, ...]]:
    return {s.places for s in said(extractor, text, published) if s.predicate == predicate}


# --- a month without its year, told of a past event whose verb only looks like a plan ----------------
def test_set_off_in_the_past_keeps_a_past_month_in_the_year_before(extractor: Any) -> None:
    text = ("The killing of Marcos Ruelas Peña, a Los Halcones del Sur commander, in October set off "
            "a new round of reprisals.")
    assert _dates(extractor, text, "killed", "2025-03-12") == {("2024-10",)}


def test_is_set_to_still_tells_a_plan(extractor: Any) -> None:
    text = "Marcos Ruelas Peña is set to be sentenced in October."
    assert _dates(extractor, text, "charged", "2025-03-12") == {("2025-10",)}


# --- a relative clause's own date is the date of what it tells ----------------------------------------
def test_relative_clause_dates_its_own_claim(extractor: Any) -> None:
    text = ("He later worked for Tomás Ibarra Lugo, who ran Los Halcones del Sur until his death in 2004.")
    assert {s.dates for s in said(extractor, text) if s.predicate == "leader_of"} == {("2004",)}


def test_relative_clause_leaves_a_date_of_a_clause_joined_to_it(extractor: Any) -> None:
    text = ("Police detained Tomás Ibarra Lugo, who leads Los Halcones del Sur and who was arrested "
            "once before in 2015.")
    assert {s.dates for s in said(extractor, text) if s.predicate == "leader_of"} == {()}
