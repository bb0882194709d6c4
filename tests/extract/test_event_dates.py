"""Dates of an event whose own clause gives none (event_dates.py), on sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.extract.event_dates import event_dates, event_span

pytestmark = pytest.mark.model


def dates(nlp: Any, text: str, word: str, published: str | None = None) -> list[str | None]:
    doc = nlp(text)
    trigger = [t for t in doc if t.text == word][-1]
    clause = doc[trigger.sent.start:trigger.sent.end]
    return [m.value for m in event_dates(trigger, clause, published=published)]


def test_the_clause_s_own_date_comes_first(nlp: Any) -> None:
    assert dates(nlp, "Police arrested the mayor on May 4, 2021.", "arrested") == ["2021-05-04"]


def test_the_document_named_again_brings_the_date_of_its_first_mention(nlp: Any) -> None:
    text = ("Three men were charged in an indictment unsealed on Tuesday in Houston. The indictment "
            "charges Mario Vela with laundering money.")
    assert dates(nlp, text, "charges", published="2024-06-13") == ["2024-06-11"]


def test_arrested_with_him_is_the_occasion_of_the_previous_sentence(nlp: Any) -> None:
    text = ("The gang's leader was detained by state police at a checkpoint on March 2, 2024. His brother, "
            "Luis Mora, was arrested with him.")
    assert dates(nlp, text, "arrested") == ["2024-03-02"]


def test_no_date_is_guessed_when_the_previous_sentence_has_several(nlp: Any) -> None:
    text = ("The leader was detained in 2019 and freed in 2021. His brother was arrested with him.")
    assert dates(nlp, text, "arrested") == []


def test_a_new_document_is_not_a_mention_of_an_older_one(nlp: Any) -> None:
    text = "A report published in 2020 named him. He was charged in a new indictment."
    assert dates(nlp, text, "charged") == []


def test_soon_afterwards_keeps_the_year_of_the_previous_date(nlp: Any) -> None:
    text = "In March 2011 the navy captured the gang's founder. His deputies split from the gang soon afterwards."
    doc = nlp(text)
    trigger = [t for t in doc if t.text == "split"][0]
    (found,) = event_dates(trigger, doc[trigger.sent.start:trigger.sent.end])
    assert (found.text, found.value, found.precision) == ("soon afterwards", "2011", "year")


def test_the_span_that_gave_the_date_also_gives_the_place(nlp: Any) -> None:
    text = ("Three men were charged in an indictment unsealed on Tuesday in Houston. The indictment "
            "charges Mario Vela with laundering money.")
    doc = nlp(text)
    trigger = [t for t in doc if t.text == "charges"][0]
    clause = doc[trigger.sent.start:trigger.sent.end]
    assert "Houston" in event_span(trigger, clause, published="2024-06-13").text
    own = [t for t in doc if t.text == "unsealed"][0]
    assert event_span(own, doc[own.sent.start:own.sent.end]).text.startswith("Three men")


def test_an_extracted_event_takes_the_borrowed_date_and_place(extractor: Any) -> None:
    """The frame uses event_dates/event_span: a claim whose clause has no date gets the one the
    text gives for the same occasion, and the place written there."""
    from testigo.model import Document

    text = ("Soldiers detained Arturo Vela Ríos at a checkpoint in Fresnillo on March 2, 2024. "
            "His wife, Teresa Muñoz Lara, was arrested with him.")
    result = extractor(Document.make(text, "test.txt", published="2024-03-10"))
    names = {e.id: e.name for e in result.entities}
    arrests = {names[c.subject_id]: c for c in result.claims if c.predicate == "arrested"}
    wife = next(c for name, c in arrests.items() if "Teresa" in name)
    assert [d.value for d in wife.qualifiers.dates] == ["2024-03-02"]
    assert "Fresnillo" in wife.qualifiers.places
