"""Other accounts of an event's date (rules/accounts.py): each is a claim of its own, sourced to who gives
it, so that the two dates are listed as a contradiction. Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.contradict import find_contradictions
from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def accounts(extractor: Any, text: str) -> list[tuple[str, tuple[str, ...], tuple[str, ...]]]:
    return [(s.subject, s.dates, s.sources) for s in said(extractor, text) if s.predicate == "arrested"]


def test_some_accounts_give_another_date(extractor: Any) -> None:
    text = ("Rodrigo Almanza Pizano was arrested by the army in Morelia on 4 May 2016; some accounts, citing "
            "the state prosecutor, give the date as 5 May.")
    found = accounts(extractor, text)
    assert ("Rodrigo Almanza Pizano", ("2016-05-04",), ("article",)) in found
    assert ("Rodrigo Almanza Pizano", ("2016-05-05",), ("article", "some accounts", "state prosecutor")) in found
    claims = extractor(Document.make(text, "t.txt")).claims
    assert [c.kind for c in find_contradictions(claims)] == ["dates"]


def test_an_account_that_places_the_capture_the_night_before(extractor: Any) -> None:
    text = ("Officials said Arturo Quiñones Lara was captured on a highway on March 9, 2019, though several "
            "newspapers placed the capture on the night of March 8.")
    found = accounts(extractor, text)
    assert {d for _, d, _ in found} == {("2019-03-09",), ("2019-03-08",)}
    assert ("Arturo Quiñones Lara", ("2019-03-08",), ("article", "several newspapers")) in found


def test_two_sources_date_the_arrest_told_the_sentence_before(extractor: Any) -> None:
    text = ("In June 2021 Colombian police arrested Hernán Duque Ríos in Cali. Prosecutors gave the date of "
            "the arrest as 14 June 2021; a statement from the police dated it to 15 June.")
    found = accounts(extractor, text)
    assert ("Hernán Duque Ríos", ("2021-06-14",), ("article", "Prosecutors")) in found
    assert ("Hernán Duque Ríos", ("2021-06-15",), ("article", "a statement from the police")) in found


def test_the_same_date_again_or_another_event_makes_no_account(extractor: Any) -> None:
    same = ("Rodrigo Almanza Pizano was arrested by the army in Morelia on 4 May 2016; local papers give the "
            "date as 4 May.")
    assert len(accounts(extractor, same)) == 1
    meeting = ("Rodrigo Almanza Pizano was arrested by the army in Morelia on 4 May 2016. His lawyer gave the "
               "date of the hearing as 9 May.")
    assert len(accounts(extractor, meeting)) == 1


def test_without_a_fight_is_still_a_capture_but_without_being_caught_is_none(extractor: Any) -> None:
    captured = "Marines captured Arturo Quiñones Lara without a shot fired in Tijuana on March 9, 2019."
    assert [s.polarity for s in said(extractor, captured) if s.predicate == "arrested"] == ["positive"]
    fled = "Arturo Quiñones Lara crossed into Guatemala without being arrested by the police."
    assert all(s.polarity == "negative" for s in said(extractor, fled) if s.predicate == "arrested")


def test_whom_the_account_cites_follows_it_in_the_chain(extractor: Any) -> None:
    text = ("Arturo Quiñones Lara was captured on a highway outside Tijuana on March 9, 2019, though several "
            "press accounts, citing unnamed police officials, placed the capture on the night of March 8.")
    found = accounts(extractor, text)
    assert ("Arturo Quiñones Lara", ("2019-03-08",), ("article", "several press accounts",
                                                      "unnamed police officials")) in found


def test_a_month_with_no_year_is_the_one_nearest_the_event(extractor: Any) -> None:
    text = ("Soldiers captured Raúl Pineda Cota in Culiacán in December 2011; a local newspaper at the time "
            'reported the arrest as having taken place "in the first days of January".')
    dates = {s.sources[-1]: s.dates for s in said(extractor, text) if s.predicate == "arrested"}
    assert dates == {"article": ("2011-12",), "a local newspaper": ("2012-01",)}
