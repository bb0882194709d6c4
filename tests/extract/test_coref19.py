"""Readings fixed by helper coref19 in session 19: the person or group a later sentence speaks of.

- 'the 70-year-old', 'the woman', 'the man' with no age or apposition told: the one person who was a subject in the
  two sentences before, a 'he' or 'she' read as that person counting too; with no person subject there, the one
  person the sentence before names as a verb's object. 'The woman' is no man and 'the man' no woman (by given
  name), and an unnamed 'a woman' told before leaves it open.

Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize(("text", "fact"), [
    ("When the police stopped Marta Vellani at the airport on Saturday, she was queueing for a flight to Malaga. "
     "Investigators say the 70-year-old has led the Vellani clan for most of the past 25 years.",
     ("Marta Vellani", "leader_of", "Vellani")),
    ("Prosecutors charged Lucia Ferrante in Naples on Tuesday. The 52-year-old has headed the Ferrante clan since "
     "2010, they said.", ("Lucia Ferrante", "leader_of", "Ferrante")),
    ("POLICE BULLETIN. Raul Benitez Soto was found in a ranch in Durango. According to the state prosecutor, the "
     "58-year-old leads Los Pinos.", ("Raul Benitez Soto", "leader_of", "Los Pinos")),
    ("Raul Benitez Soto spent a decade in hiding. He was finally found in a ranch in Durango. The 58-year-old has "
     "run Los Pinos since 2009, prosecutors say.", ("Raul Benitez Soto", "leader_of", "Los Pinos")),
])
def test_an_age_stands_for_the_one_person_the_sentences_before_were_about(
        extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_the_woman_is_the_woman_arrested_in_the_sentence_before(extractor: Any) -> None:
    text = ("Federal forces have arrested Rosa Ibarra Quintero, the wife of cartel boss Tomas Quintero, officials "
            "said on Sunday. The woman was detained on Saturday in Tepic by federal police officers.")
    assert ("Rosa Ibarra Quintero", "arrested", "Policía Federal") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Soldiers detained Jorge Salcedo Ruiz in Culiacan on Monday. The woman was detained later by federal police "
    "officers.",
    "Gunmen shot a woman outside a bar in Tepic on Friday, and Carlos Mena Ortiz fled. Police said the woman was "
    "later arrested by federal police officers.",
])
def test_the_woman_is_no_man_nor_the_unnamed_woman_told_before(extractor: Any, text: str) -> None:
    assert not any(p == "arrested" and o == "Policía Federal" for _, p, o in triples(extractor, text))


def test_an_age_after_two_people_is_left_open(extractor: Any) -> None:
    text = ("Raul Soto and Pedro Lima fled the ranch in Durango. The 58-year-old has run Los Pinos since 2009, "
            "prosecutors say.")
    assert not any(p == "leader_of" for _, p, _ in triples(extractor, text))
