"""Session 19 (helper dates19): when it was true.

- a semicolon ends the clause before a verb with a time of its own ('captured X in July 2011; he was
  extradited the following year'); with no time after it the clause before may tell the occasion;
- a 'where' clause tells another event at its place, and a relative clause of a span ('who ran G until
  2019') describes its noun: neither dates the event of the sentence;
- a bare 'since' ('have since fought', 'has led it since') counts from the last date told;
- a decade ('in the mid-1980s') written in a relative or participle clause dates what the clause tells.

Sentences are our own, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model

PUB = "2020-06-01"


def _claims(extractor: Any, text: str, subject: str, predicate: str) -> list[tuple[tuple[str, ...], list[str]]]:
    """(date values, date words) of each claim of ``subject`` and ``predicate``."""
    return [(s.dates, [d.text for d in s.claim.qualifiers.dates]) for s in said(extractor, text, PUB)
            if (s.subject, s.predicate) == (subject, predicate)]


def _values(extractor: Any, text: str, subject: str, predicate: str) -> list[tuple[str, ...]]:
    return [values for values, _ in _claims(extractor, text, subject, predicate)]


# --------------------------------------------------------------------------- a semicolon ends the clause before

@pytest.mark.parametrize(("text", "subject", "predicate", "value"), [
    # a history: the parser hangs 'in July 2011' on the verb after the semicolon
    ('Federal police captured Ramiro Tello, "El Gato", described by prosecutors as the head of Los Cuervos, in '
     "July 2011; he was extradited to the United States the following year.", "Ramiro Tello", "extradited", "2012"),
    # a profile: the clause before is the verb's complement
    ("Soldiers detained Ramiro Tello in Colima in March 2014; he was extradited to the United States the following "
     "year.", "Ramiro Tello", "extradited", "2015"),
    # a court report: a date written after the semicolon
    ("The defendant, Rubén Ocaña, was arrested on June 3, 2019; he was indicted in federal court in Houston on July "
     "9, 2019.", "Rubén Ocaña", "charged", "2019-07-09"),
    # a bulletin: another pronoun, a bare year
    ("Police arrested Ana Ruiz, a commander of Los Cuervos, in May 2015; she was charged with kidnapping in 2017.",
     "Ana Ruiz", "charged", "2017"),
])
def test_a_semicolon_ends_the_clause_before(extractor: Any, text: str, subject: str, predicate: str,
                                            value: str) -> None:
    assert _values(extractor, text, subject, predicate) == [(value,)]


@pytest.mark.parametrize("text", [
    "In August 2016, Rubén Ocaña was abducted from a restaurant in Tolvan; prosecutors attributed the kidnapping to "
    "Los Cuervos.",
    # a time after the semicolon, but in the next clause ('he was released some days later')
    "In August 2016, Rubén Ocaña was abducted from a restaurant in Tolvan; prosecutors attributed the kidnapping to "
    "Los Cuervos, and he was released some days later.",
])
def test_the_clause_before_a_semicolon_still_tells_the_occasion(extractor: Any, text: str) -> None:
    # nothing in the verb's own clause says when: 'the kidnapping' is the abduction told before it
    assert _values(extractor, text, "Rubén Ocaña", "held_by") == [("2016-08",)]


def test_the_event_before_the_semicolon_keeps_its_date(extractor: Any) -> None:
    text = "Soldiers detained Ramiro Tello in Colima in March 2014; he was extradited the following year."
    assert _values(extractor, text, "Ramiro Tello", "arrested") == [("2014-03",)]


# --------------------------------------------------------------------------- clauses that describe, not date

@pytest.mark.parametrize(("text", "subject", "predicate", "value"), [
    ("Ramiro Tello was extradited to Texas in 2012, where he was sentenced in 2014.", "Ramiro Tello", "extradited",
     ("2012",)),
    ('Federal police captured Ramiro Tello, "El Gato", in July 2011; he was extradited to the United States the '
     "following year, where he admitted his role in the 2010 murder of a guard.", "Ramiro Tello", "extradited",
     ("2012",)),
    ("Omar Lira, who ran Los Gavilanes until 2017, was arrested in Tolvan in May 2019.", "Omar Lira", "arrested",
     ("2019-05",)),
    ("Omar Lira, who ran Los Gavilanes until last year, was arrested.", "Omar Lira", "arrested", ()),
])
def test_a_where_or_until_clause_does_not_date_the_event(extractor: Any, text: str, subject: str,
                                                         predicate: str, value: tuple[str, ...]) -> None:
    assert _values(extractor, text, subject, predicate) == [value]


def test_the_where_clause_dates_its_own_event(extractor: Any) -> None:
    text = "Marines took Ramiro Tello to a house in Tolvan, where he was shot dead on May 2, 2016."
    assert _values(extractor, text, "Ramiro Tello", "killed") == [("2016-05-02",)]


def test_the_until_clause_dates_its_own_state(extractor: Any) -> None:
    text = "Omar Lira, who ran Los Gavilanes until 2017, was arrested in Tolvan in May 2019."
    assert _values(extractor, text, "Omar Lira", "leader_of") == [("2017",)]


# --------------------------------------------------------------------------- a bare 'since'

@pytest.mark.parametrize(("text", "subject", "predicate", "value"), [
    # a wire: 'have since' before the verb
    ("Los Cuervos and Los Gavilanes split in early 2014, and they have since fought over the port of Tolvan.",
     "Los Cuervos", "rival_of", "2014"),
    # a profile: 'since' closing the clause, the date a sentence back
    ("Los Gavilanes was founded in 2011 by Omar Lira. Lira has led it since, according to prosecutors.",
     "Omar Lira", "leader_of", "2011"),
    # an analysis: 'since' at the end of the sentence, a month before
    ("In March 2016 Los Cuervos broke away from Los Gavilanes. The two groups have been at war since.",
     "Los Cuervos", "rival_of", "2016-03"),
])
def test_a_bare_since_counts_from_the_last_date(extractor: Any, text: str, subject: str, predicate: str,
                                                value: str) -> None:
    found = _claims(extractor, text, subject, predicate)
    assert any(values == (value,) and words == ["since"] for values, words in found)


def test_since_before_a_date_is_that_date(extractor: Any) -> None:
    # 'has since 2019': the year written, not the last one told
    text = "Los Cuervos was founded in 2011. It has since 2019 fought Los Gavilanes over Tolvan."
    assert _values(extractor, text, "Los Cuervos", "rival_of") == [("2019",)]


# --------------------------------------------------------------------------- decades in a describing clause

@pytest.mark.parametrize(("text", "subject", "predicate", "words"), [
    ("Their main enemy was Los Gavilanes, a gang formed in the mid-1990s by Hernán Lasso.", "Hernán Lasso",
     "founder_of", "mid-1990s"),
    ("Los Cuervos, who had controlled the port of Tolvan since the late 2000s, were pushed out by Los Gavilanes.",
     "Los Cuervos", "operates_in", "late 2000s"),
    ("Ernesto Pardo, who led Los Gavilanes in the 1980s, died in prison.", "Ernesto Pardo", "leader_of", "1980s"),
])
def test_a_decade_in_a_describing_clause_is_kept(extractor: Any, text: str, subject: str, predicate: str,
                                                 words: str) -> None:
    assert [w for _, w in _claims(extractor, text, subject, predicate)] == [[words]]


def test_a_describing_clause_with_no_date_gives_none(extractor: Any) -> None:
    text = "Los Gavilanes, a gang formed by Hernán Lasso, controls Tolvan."
    assert _values(extractor, text, "Hernán Lasso", "founder_of") == [()]


# --------------------------------------------------------------------------- the date a text is published

@pytest.mark.parametrize(("text", "published"), [
    # a translated column: the edition named in the translator's note
    ("[Translated from the Spanish. Column by Rosa Ibarra, from the weekly La Voz del Valle, edition of Sunday 19 "
     "September 2004. Translation by volunteers; bracketed words are ours.]\n\nTITLE\n", "2004-09-19"),
    ("[From the print edition, 3 May 2021.]\nText of the story.\n", "2021-05-03"),
    # an army note: a place and date line in capitals, with a full stop after it
    ("SECRETARIAT\nTARJETA No. 12\nCD. OBREGON, SON., 14 MAR. 2011.\n\nSUBJECT: AN ATTACK\n", "2011-03-14"),
    ("Tolvan, 16 January 2023.\nText of the story.\n", "2023-01-16"),
])
def test_the_published_date_of_a_note_or_date_line(text: str, published: str) -> None:
    from testigo.ingest.header import read_header
    assert read_header(text).get("published") == published


@pytest.mark.parametrize("text", [
    "[Note: the edition of this report was revised.]\nText\n",  # an edition with no date
    "Headline\nThe gangs met in Tolvan, 16 January 2023.\n",  # a sentence, not a date line
])
def test_no_published_date_without_a_date_line(text: str) -> None:
    from testigo.ingest.header import read_header
    assert "published" not in read_header(text)

