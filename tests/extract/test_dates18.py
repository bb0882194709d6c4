"""Session 18 (helper dates18): a role told as held 'then' or 'at the time' is dated when the text's last date was.

Sentences are our own, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _dates(extractor: Any, text: str, subject: str, predicate: str, obj: str,
           published: str = "2020-06-01") -> list[tuple[str, ...]]:
    return [s.dates for s in said(extractor, text, published)
            if (s.subject, s.predicate, s.object) == (subject, predicate, obj)]


def _words(extractor: Any, text: str, subject: str, predicate: str, obj: str,
           published: str = "2020-06-01") -> set[str]:
    return {d.text for s in said(extractor, text, published)
            if (s.subject, s.predicate, s.object) == (subject, predicate, obj) for d in s.claim.qualifiers.dates}


# --------------------------------------------------------------------------- 'at the time': the last date given

@pytest.mark.parametrize(("text", "fact", "value"), [
    # a relative clause, the date in the sentence before
    ("The bombs went off in Valdena in 2011. Witnesses named Rufino Arce, who ran the Sierra Roja Cartel at the "
     "time, as the man behind them.", ("Rufino Arce", "leader_of", "Sierra Roja Cartel"), "2011"),
    # a thread's post, another verb
    ("3/ The shooting was in March 2014. 4/ Locals blame Tomás Beltrán Ochoa, who headed the Laguna Cartel at the "
     "time.", ("Tomás Beltrán Ochoa", "leader_of", "Laguna Cartel"), "2014"),
])
def test_at_the_time_is_when_the_last_date_was(extractor: Any, text: str, fact: tuple[str, str, str],
                                               value: str) -> None:
    assert any(value in dates for dates in _dates(extractor, text, *fact))
    assert "at the time" in _words(extractor, text, *fact)


def test_at_the_time_of_a_clause_after_it_is_not_the_last_date(extractor: Any) -> None:
    text = ("The bombs went off in Valdena in 2011. Rufino Arce, who ran the Sierra Roja Cartel at the time he "
            "was arrested, denied it.")
    assert all("2011" not in dates for dates in _dates(extractor, text, "Rufino Arce", "leader_of",
                                                       "Sierra Roja Cartel"))


def test_at_the_time_looks_no_further_than_the_sentence_before(extractor: Any) -> None:
    text = ("Rufino Arce was detained in Valdena in 2014. For years his brothers had worked with the Laguna Cartel. "
            "Then the two groups went to war. The Sierra Roja Cartel's leader at the time, Tomás Beltrán Ochoa, was "
            "killed by marines.")
    found = _dates(extractor, text, "Tomás Beltrán Ochoa", "leader_of", "Sierra Roja Cartel")
    assert found and all("2014" not in dates for dates in found)


# --------------------------------------------------------------------------- 'then' on a role

@pytest.mark.parametrize(("text", "fact", "value"), [
    # 'then' on the copula of a relative clause; the date of the clause above, in the same sentence
    ("The Valle Negro Cartel started out around 2006 working with Los Halcones, who were then the armed wing of "
     "the Cártel del Norte, in the hills.", ("Los Halcones", "faction_of", "Cártel del Norte"), "2006"),
    # a hyphened 'then', the date in the sentence before
    ("The payments began in 2009. The mayor took money from the Cártel del Norte and its then-armed wing, "
     "Los Halcones.", ("Los Halcones", "faction_of", "Cártel del Norte"), "2009"),
])
def test_a_role_held_then_is_dated_by_the_last_date(extractor: Any, text: str, fact: tuple[str, str, str],
                                                    value: str) -> None:
    assert any(value in dates for dates in _dates(extractor, text, *fact))


def test_then_looks_back_within_its_paragraph(extractor: Any) -> None:
    text = ("By 2011 the city had one of the highest murder rates in the country.\n\nLos Halcones, then still the "
            "armed wing of the Cártel del Norte, pushed west.")
    found = _dates(extractor, text, "Los Halcones", "faction_of", "Cártel del Norte")
    assert found and all("2011" not in dates for dates in found)


def test_then_in_a_sentence_with_its_own_date_does_not_look_back(extractor: Any) -> None:
    text = ("The first informant spoke to us in 1999. Informants believe the Cártel del Norte and its then-armed "
            "wing, Los Halcones, had moved into the port by the late 2000s.")
    found = _dates(extractor, text, "Los Halcones", "faction_of", "Cártel del Norte")
    assert found and all("1999" not in dates for dates in found)


def test_then_after_a_date_of_another_clause_keeps_only_its_word(extractor: Any) -> None:
    """'in an indictment unsealed in 2013': the indictment's year, not when the wing was the cartel's."""
    text = ("When prosecutors charged him, in an indictment unsealed in 2013, they accused the mayor of taking "
            "money from the Cártel del Norte and its then-armed wing, Los Halcones.")
    found = _dates(extractor, text, "Los Halcones", "faction_of", "Cártel del Norte")
    assert found and all("2013" not in dates for dates in found)


def test_then_on_a_verb_tells_what_came_next(extractor: Any) -> None:
    text = "In 2015 soldiers raided a ranch in Valdena. Rufino Arce was then arrested by the army."
    assert all(dates in ((), ("",)) for dates in _dates(extractor, text, "Rufino Arce", "arrested", "Army")) \
        or all("then" not in {d.text for d in s.claim.qualifiers.dates}
               for s in said(extractor, text, "2020-06-01") if s.predicate == "arrested")


# --------------------------------------------------------------------------- a participle in an apposition

@pytest.mark.parametrize(("text", "dates"), [
    # 'wanted since 2010' tells of the lieutenant, not of the arrest (tagged as a past tense by the parser)
    ("Police arrested Rafael Soto, a former lieutenant of the Gulf Cartel wanted since 2010, in Reynosa in May 2001.",
     ("2001-05",)),
    # the participle on a noun of the apposition's phrase
    ("Soldiers detained Ramón Vega, the head of a Zetas cell set up in 2009, at a checkpoint on 4 June 2011.",
     ("2011-06-04",)),
])
def test_a_participle_in_an_apposition_dates_its_noun_not_the_event(extractor: Any, text: str,
                                                                     dates: tuple[str, ...]) -> None:
    assert [s.dates for s in said(extractor, text, "2012-01-01") if s.predicate == "arrested"] == [dates]


def test_a_participle_that_tells_the_event_keeps_its_date(extractor: Any) -> None:
    text = ("Rafael Soto, a Gulf Cartel boss arrested in Reynosa in May 2001, was extradited to the United States "
            "in 2003.")
    assert [s.dates for s in said(extractor, text, "2012-01-01") if s.predicate == "arrested"] == [("2001-05",)]
