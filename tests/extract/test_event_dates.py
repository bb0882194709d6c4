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


def mentions(nlp: Any, text: str, word: str, published: str | None = None) -> list[tuple[str, Any, Any]]:
    doc = nlp(text)
    trigger = [t for t in doc if t.text == word][-1]
    clause = doc[trigger.sent.start:trigger.sent.end]
    return [(m.text, m.value, m.precision) for m in event_dates(trigger, clause, published=published)]


@pytest.mark.parametrize(("second", "word", "expected"), [
    ("His brother was arrested on the same day in Sinaloa.", "arrested", ("the same day", "2024-03-05", "day")),
    ("He was extradited to the United States the next day.", "extradited", ("the next day", "2024-03-06", "day")),
    ("The following week, his brother was detained.", "detained", ("The following week", "2024-03", "month")),
    ("That year, the Treasury sanctioned the gang.", "sanctioned", ("That year", "2024", "year")),
    ("The same month, the Treasury sanctioned the gang.", "sanctioned", ("The same month", "2024-03", "month")),
    ("A year later, he was extradited.", "extradited", ("A year later", "2025", "year")),
    ("Two days earlier, his brother was detained.", "detained", ("Two days earlier", "2024-03-03", "day")),
])
def test_a_date_said_by_pointing_at_the_last_one(nlp: Any, second: str, word: str, expected: tuple) -> None:
    text = "Mario Vela was arrested in Culiacán on March 5, 2024. " + second
    assert mentions(nlp, text, word) == [expected]


def test_pointing_at_a_coarser_date_keeps_what_can_be_said(nlp: Any) -> None:
    text = "Mario Vela was arrested in May 2021. "
    assert mentions(nlp, text + "His brother was detained the same day.", "detained") == [
        ("the same day", "2021-05", "month")]
    assert mentions(nlp, text + "He was extradited the next day.", "extradited") == [("the next day", None, None)]
    assert mentions(nlp, "He was extradited the next day.", "extradited") == [("the next day", None, None)]


def test_at_the_time_of_his_arrest_is_the_date_of_the_arrest(nlp: Any) -> None:
    text = ("Mario Vela was arrested on March 5, 2024. The gang was sanctioned in 2025. "
            "At the time of his arrest, the gang was an ally of Los Cuervos.")
    assert mentions(nlp, text, "ally") == [("At the time of his arrest", "2024-03-05", "day")]


def test_relative_dates_in_the_clause_still_use_the_publication_date(nlp: Any) -> None:
    text = "Mario Vela was arrested on Thursday, police said."
    assert mentions(nlp, text, "arrested", published="2025-06-14") == [("Thursday", "2025-06-12", "day")]
    assert mentions(nlp, text, "arrested") == [("Thursday", None, None)]


def test_at_the_time_of_the_killing(nlp: Any) -> None:
    text = "Mario Vela was killed in Culiacán on March 5, 2024. At the time of the killing, the gang was an ally of Y."
    assert mentions(nlp, text, "ally") == [("At the time of the killing", "2024-03-05", "day")]


def test_a_date_describing_a_person_does_not_date_the_event(nlp: Any) -> None:
    """'arrested X, born on 26 April 1962, who had been wanted since 1993': the birth and the years on
    the run describe X; the arrest's date is the clause's own."""
    from testigo.extract.event_dates import event_dates as dates_of

    doc = nlp("This morning in Palermo, police arrested Mario Vela Soto, born in Trapani on 26 April 1962, "
              "who had been wanted since 1993.")
    trigger = [t for t in doc if t.text == "arrested"][0]
    clause = doc[trigger.sent.start:trigger.sent.end]
    assert [d.value for d in dates_of(trigger, clause, published="2023-01-16")] == ["2023-01-16"]


def test_a_relative_clause_telling_the_event_keeps_its_date(nlp: Any) -> None:
    from testigo.extract.event_dates import event_dates as dates_of

    doc = nlp("He was charged with the murder of Mario Vela Soto, who was shot dead in Limón in December 2016.")
    trigger = [t for t in doc if t.text == "murder"][0]
    clause = doc[trigger.sent.start:trigger.sent.end]
    assert [d.value for d in dates_of(trigger, clause)] == ["2016-12"]
