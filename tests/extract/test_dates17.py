"""Session 17 (helper dates17): when a text was written and when its events and lasting relations were true.

Sentences and headers are our own, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.ingest.header import read_header

# --------------------------------------------------------------------------- the publication date in a header

@pytest.mark.parametrize(("header", "published"), [
    # a translator's note of any length: the date its original's publication names
    ("[Unofficial English translation. Original in Spanish, published in a Culiacán weekly on Tuesday, March 4,"
     " 2025. Names of people and groups are kept as in the original; translator's notes in square brackets.]",
     "2025-03-04"),
    ("[Translation from Portuguese. Column \"Da Fronteira\" by Ana Ribeiro, published Sunday, 9 June 2024 in"
     " the daily Gazeta do Oeste. Translator's notes in square brackets, kept short as in the original.]",
     "2024-06-09"),
    ("[Unofficial translation prepared by a monitoring desk. Original in Spanish: Diario del Valle, Mexicali,"
     " Baja California, Monday 12 May 2025, section \"Policía\", page 3. Notes in square brackets.]",
     "2025-05-12"),
    ("(Original published 3 February 2022; translated by the desk with light edits for clarity and length"
     " and a few notes of our own on names and places mentioned in it, all in brackets.)", "2022-02-03"),
    # a date line in capitals, as a committee's transcript or a bulletin heads its first page
    ("TUESDAY, 4 MARCH 2025", "2025-03-04"),
    ("WEDNESDAY, JUNE 11, 2025", "2025-06-11"),
    # a place with a particle in its name, then the date
    ("Santiago de Querétaro, Qro., 2 April 2024", "2024-04-02"),
    ("San Juan del Río, 5 May 2023", "2023-05-05"),
    # a weekday's date line followed by where it was given
    ("Thursday, May 8, 2025, Government Palace, Culiacán", "2025-05-08"),
    # a label after a word naming the text, or a record's date
    ("Report published 14 February 2024", "2024-02-14"),
    ("Bulletin posted: 3 March 2025", "2025-03-03"),
    ("Decision date: 2019-11-04", "2019-11-04"),
    ("Created: 2009-06-30 17:45", "2009-06-30"),
    # a telegram's date-time group
    ("O 221530Z MAR 91", "1991-03-22"),
    ("R 030915Z OCT 08", "2008-10-03"),
    ("P 112200Z JUL 02", "2002-07-11"),
])
def test_more_headers_give_the_published_date(header: str, published: str) -> None:
    assert read_header(f"A headline\n\n{header}\n\nThe body of the article.")["published"] == published


@pytest.mark.parametrize("line", [
    # a release or declassification note: its date is not the text's
    "[Released in part under the Freedom of Information Act, case F-2011-00001, 12 March 2014. Redacted passages"
    " are marked. Routing indicators and distribution lists have been removed by the requester.]",
    "The report, published on March 3, 2025, named the gang.",  # a body sentence
    "Arrest date: 2019-11-04",  # a record's field about an event, not about the text
    "O 221530Z XYZ 91",  # no month
    "SOLDIERS ARRIVED ON 4 MARCH 2025 IN THE TOWN",  # capitals, but a sentence
    "On Thursday, May 8, 2025, soldiers arrived.",
])
def test_other_dated_lines_are_not_the_published_date(line: str) -> None:
    assert "published" not in read_header(f"A headline\n\n{line}\n")


# --------------------------------------------------------------------------- dates written in words

@pytest.mark.parametrize(("text", "published", "value"), [
    ("Ramiro Tello was captured on the twenty-eighth of February in Tepic.", "2015-05-01", "2015-02-28"),
    ("The court heard that on the third of May 2014 police arrested the brothers.", None, "2014-05-03"),
    ("She was detained on the Twenty Third of June, 2019, at the border.", None, "2019-06-23"),
    ("Marines killed him on the first of October, the navy said.", "2020-11-02", "2020-10-01"),
    ("the thirty first of January 2021", None, "2021-01-31"),
])
def test_a_day_written_as_an_ordinal_word_is_a_date(text: str, published: str | None, value: str) -> None:
    from testigo.extract.dates import find_dates

    assert [d.value for d in find_dates(text, published=published)] == [value]


@pytest.mark.parametrize("text", [
    "He was the first of several men arrested that week.",  # no month after 'of'
    "It was the second of the two raids on the ranch.",
    "A third of March's shipments never arrived.",  # a fraction
])
def test_an_ordinal_word_without_a_month_is_no_date(text: str) -> None:
    from testigo.extract.dates import find_dates

    assert not [d for d in find_dates(text, published="2020-05-01") if d.precision == "day"]


@pytest.mark.parametrize(("text", "published", "value"), [
    ("Last Sunday, a jury in Quebec found him guilty.", "2002-05-12", "2002-05-05"),  # written on a Sunday
    ("He surrendered this past Friday.", "2024-03-08", "2024-03-01"),
    ("He was arrested last Friday.", "2024-03-11", "2024-03-08"),  # written on a Monday: three days back
    ("He was arrested on Friday.", "2024-03-08", "2024-03-08"),  # 'on Friday' written on a Friday: that day
])
def test_last_weekday_is_before_the_day_the_text_is_dated(text: str, published: str, value: str) -> None:
    from testigo.extract.dates import find_dates

    assert [d.value for d in find_dates(text, published=published)] == [value]


# --------------------------------------------------------------------------- a hedge between preposition and year

@pytest.mark.parametrize(("text", "values"), [
    ("The cartel is believed to have sent cells into the port from about 2015.", ["2015"]),
    ("Since roughly 2009 the two factions have fought over the valley.", ["2009"]),
    ("Between roughly 2010 and 2014 the port was dominated by the Knights.", ["2010", "2014"]),
    ("He ran the plaza until approximately 2012, investigators said.", ["2012"]),
    ("The group has been active in the state since about 2018.", ["2018"]),
])
def test_a_year_after_a_hedged_preposition_is_a_date(text: str, values: list[str]) -> None:
    from testigo.extract.dates import find_dates

    assert [d.value for d in find_dates(text)] == values


@pytest.mark.parametrize("text", [
    "Soldiers were sent to about 2000 homes in the valley.",  # a count
    "In about 2000 municipalities the vote went ahead.",
    "The gang has about 2015 members, police said.",
])
def test_a_hedged_count_is_no_year(text: str) -> None:
    from testigo.extract.dates import find_dates

    assert find_dates(text) == []


# --------------------------------------------------------------------------- died when soldiers raided

def _killings(extractor: Any, text: str, published: str = "2019-05-10") -> dict[str, tuple[str | None, list]]:
    from testigo.model import Document

    result = extractor(Document.make(text, "test.txt", published=published))
    names = {e.id: e.name for e in result.entities}
    return {names[c.subject_id]: (names.get(c.object_id or ""), [d.value for d in c.qualifiers.dates])
            for c in result.claims if c.predicate == "killed" and c.object_id}


@pytest.mark.parametrize(("text", "person", "killer", "day"), [
    ("Ignacio Coronel, the boss of the plaza, died on July 29, 2010, when Mexican soldiers raided a house in Zapopan.",
     "Ignacio Coronel", "Secretaría de la Defensa Nacional", "2010-07-29"),
    ("The gang leader Pedro Ruiz was killed on 3 May 2019 when Mexican marines stormed his ranch.",
     "Pedro Ruiz", "Secretaría de Marina", "2019-05-03"),
    ("Tomas Ledo was shot dead on 2 April 2018 as federal police stormed the building in Tepic.",
     "Tomas Ledo", "Policía Federal", "2018-04-02"),
    ("Rogelio Manzo died after Mexican soldiers opened fire on his pickup near Uruapan on Friday.",
     "Rogelio Manzo", "Secretaría de la Defensa Nacional", "2019-05-10"),
])
def test_a_death_when_a_force_attacked_is_a_killing_by_that_force(extractor: Any, text: str, person: str,
                                                                  killer: str, day: str) -> None:
    found = _killings(extractor, text)
    assert found[person] == (killer, [day])


@pytest.mark.parametrize("text", [
    "Mario Fuentes died in 2012 when his car crashed near Tepic.",  # no attack
    "Luis Ocampo died in March, when soldiers were patrolling the town.",  # soldiers there, no attack told
    "Rafael Soto died in 2015, years before marines raided the ranch.",  # the raid is not when he died
])
def test_a_death_with_no_attack_by_a_force_is_no_killing_by_it(extractor: Any, text: str) -> None:
    assert _killings(extractor, text) == {}
