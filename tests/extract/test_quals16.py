"""Dates, places and certainty of claims read in session 16 (helper quals16). Each reading is checked both
ways: the reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _dates(extractor: Any, text: str, predicate: str, published: str | None = "2024-10-08") -> list[tuple[str, ...]]:
    return [s.dates for s in said(extractor, text, published) if s.predicate == predicate]


def _texts(extractor: Any, text: str, predicate: str, published: str | None = "2024-10-08") -> set[str]:
    return {d.text for s in said(extractor, text, published) if s.predicate == predicate
            for d in s.claim.qualifiers.dates}


# --- a present perfect lasting 'for' a span began that long before the text's date ----------------------
@pytest.mark.parametrize(("text", "start"), [
    ("Los Tucanes and the Marlin Cartel have been fighting for at least a year, officials said.", "2023"),
    ("The Marlin Cartel and Los Tucanes have disputed the border for at least three years.", "2021"),
    ("For almost two years, the port has been at the centre of a war between Los Tucanes and the Marlin Cartel.",
     "2022"),
    ("Los Tucanes has been in conflict with the Marlin Cartel for the past five years.", "2019"),
    ("The Marlin Cartel has had an alliance with Los Tucanes for six months.", "2024-04"),
])
def test_perfect_for_a_span_gives_its_start(extractor: Any, text: str, start: str) -> None:
    assert (start,) in _dates(extractor, text, "ally_of") + _dates(extractor, text, "rival_of")


def test_for_years_keeps_its_words_unresolved(extractor: Any) -> None:
    text = "What I can tell you is that Los Tucanes has been in conflict with the Marlin Cartel for years."
    assert "for years" in _texts(extractor, text, "rival_of")
    assert ("",) in _dates(extractor, text, "rival_of")


@pytest.mark.parametrize("text", [
    "Los Tucanes were at war with the Marlin Cartel for three years.",  # a past tense: how long, not since when
    "Los Tucanes fought the Marlin Cartel for two years.",
    "Los Tucanes had been at war with the Marlin Cartel for three years when the truce came.",  # a past perfect
])
def test_past_span_gives_no_start(extractor: Any, text: str) -> None:
    assert all(not any(d.startswith(("2021", "2022")) for d in dates) for dates in _dates(extractor, text, "rival_of"))


def test_span_without_a_text_date_stays_unresolved(extractor: Any) -> None:
    text = "Los Tucanes and the Marlin Cartel have been fighting for at least a year."
    assert _dates(extractor, text, "rival_of", published=None) == [("",)]


# --- the date on a passive verb of saying or believing dates its infinitive -----------------------------
@pytest.mark.parametrize(("text", "predicate", "when"), [
    ("In early 2010 Los Tucanes were reported to have joined the Marlin Cartel.", "ally_of", "2010"),
    ("In 2015 the Marlin Cartel was said to be fighting Los Tucanes in the port.", "rival_of", "2015"),
    ("Last year Los Tucanes were believed to have allied with the Marlin Cartel.", "ally_of", "2023"),
    ("In 2012, Juan Pérez was thought to lead Los Tucanes.", "leader_of", "2012"),
])
def test_date_of_a_raised_report(extractor: Any, text: str, predicate: str, when: str) -> None:
    assert (when,) in _dates(extractor, text, predicate)


def test_expected_to_is_no_report_of_a_date(extractor: Any) -> None:
    text = "In March 2019 Los Tucanes were expected to join the Marlin Cartel."
    assert all(not dates for dates in _dates(extractor, text, "ally_of"))


def test_for_after_an_apposition_ends_the_clause(extractor: Any) -> None:
    text = "Los Tucanes have been fighting the Marlin Cartel, a splinter of the Delfines, for more than a decade."
    assert ("2014",) in _dates(extractor, text, "rival_of")


def test_for_opening_an_aside_is_not_the_span(extractor: Any) -> None:
    text = "Los Tucanes have reportedly sought an alliance with the Marlin Cartel, for years the Delfines' rival."
    assert "for years" not in _texts(extractor, text, "ally_of")


# --- a story told forward: a month before the one last written is of the next year ----------------------
@pytest.mark.parametrize(("text", "predicate", "when"), [
    ("In October 2009 soldiers captured Juan Pérez. In May his brother, Luis Pérez, was also detained.",
     "arrested", "2010-05"),
    ("Los Tucanes were founded in November 2010. In March they declared war on the Marlin Cartel.",
     "rival_of", "2011-03"),
    ("The Marlin Cartel split in December 2012. In February, police arrested its leader, Juan Pérez.",
     "arrested", "2013-02"),
])
def test_forward_story_goes_into_the_next_year(extractor: Any, text: str, predicate: str, when: str) -> None:
    assert (when,) in _dates(extractor, text, predicate, published="2015-06-01")


@pytest.mark.parametrize(("text", "published"), [
    ("In October 2009 soldiers captured Juan Pérez. In May his brother, Luis Pérez, had been detained.",
     "2015-06-01"),  # a past perfect looks back
    ("In October 2009 soldiers captured Juan Pérez. In May his brother, Luis Pérez, was also detained.",
     "2010-03-01"),  # May 2010 would be after the text's date
])
def test_no_next_year_looking_back_or_past_the_text(extractor: Any, text: str, published: str) -> None:
    assert ("2010-05",) not in _dates(extractor, text, "arrested", published=published)


def test_that_year_keeps_the_months_in_it(extractor: Any) -> None:
    text = ("Juan Pérez was arrested in Barinas in June 2012. The brothers surrendered that year as well: Luis "
            "Gómez gave himself up to US agents in Aruba in May, Pedro Gómez to the Colombian police in October.")
    assert not any(d.startswith("2013") for dates in _dates(extractor, text, "arrested", published="2015-06-01")
                   for d in dates)
