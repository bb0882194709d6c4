"""Readings fixed by helper coref19 in session 19: the person or group a later sentence speaks of.

- 'the 70-year-old', 'the woman', 'the man' with no age or apposition told: the one person who was a subject in the
  two sentences before, a 'he' or 'she' read as that person counting too; with no person subject there, the one
  person the sentence before names as a verb's object. 'The woman' is no man and 'the man' no woman (by given
  name), and an unnamed 'a woman' told before leaves it open.
- 'Their father' / 'their mother' (also with a description set beside it: 'Their father, the head of G,'): the one
  parent a child_of claim told in this sentence or the two before names, as 'the father' is.
- 'partner in G', 'his partner in the cartel's leadership', 'a partner in crime' is a business partner, no spouse
  ('his partner in life' still is).
- A 'he' or 'him' after "X's own luck ran out", "X's turn came", "X's trial never took place": the possessor of a
  main clause's subject that is no person counts as that clause's subject in the salience of the sentences
  before; the owner of a person ("His son, Y, fled", "X's lawyers said") does not.

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


@pytest.mark.parametrize(("text", "fact"), [
    ("Iván Archivaldo Guzmán Salazar and his brother Alfredo Guzmán Salazar are sons of Joaquín Guzmán Loera, alias "
     "El Chapo. Their father, the head of the Sinaloa Cartel, was recaptured by Mexican marines in Los Mochis.",
     ("Joaquín Guzmán Loera", "arrested", "Secretaría de Marina")),
    ("Ovidio and Joaquín Guzmán López are sons of Joaquín Guzmán Loera. Their father was extradited to the United "
     "States in 2017.", ("Joaquín Guzmán Loera", "extradited", "United States")),
    ("Police detained Marta and Luis Ferrer, the children of Rosa Ferrer, in Tepic. Their mother was arrested by "
     "marines a week later.", ("Rosa Ferrer", "arrested", "")),
])
def test_their_parent_is_the_parent_told_just_before(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_their_parent_with_no_parent_told_is_nobody(extractor: Any) -> None:
    text = "Ana and Luis Ruiz were detained in Tepic. Their father was arrested by marines a week later."
    assert {s for s, p, _ in triples(extractor, text) if p == "arrested"} == {"Ana Ruiz", "Luis Ruiz"}


@pytest.mark.parametrize("text", [
    "Joaquín Guzmán Loera was extradited in 2017. They said Ismael Zambada, his longtime partner in the leadership "
    "of the cartel, was still free.",
    "Ismael Zambada, the longtime partner of Joaquín Guzmán Loera in the cartel, was still free.",
])
def test_a_partner_in_a_business_is_no_spouse(extractor: Any, text: str) -> None:
    assert not any(p == "spouse_of" for _, p, _ in triples(extractor, text))


def test_a_partner_is_still_a_spouse(extractor: Any) -> None:
    assert ("Ana Ruiz", "spouse_of", "Mario Vega") in triples(
        extractor, "Ana Ruiz, the partner of Mario Vega, was detained.")


@pytest.mark.parametrize(("text", "person"), [
    ("Pedro Vega was arrested in Guatemala in June 1993 and handed over to Mexico. Luis Ramírez's own luck ran out "
     "two years later. Soldiers arrested him at a house in Zapopan.", "Luis Ramírez"),
    ("Jorge Salas fled to Guatemala in 2010 and was caught there. Tomás Cruz's escape ended in 2012. Police captured "
     "him in Durango.", "Tomás Cruz"),
    ("Raúl Mena was extradited to the United States in 2015. Mario Vega's turn came a year later. Federal police "
     "detained him in Culiacán.", "Mario Vega"),
])
def test_the_owner_of_what_a_sentence_is_about_is_the_next_him(extractor: Any, text: str, person: str) -> None:
    assert person in {s for s, p, _ in triples(extractor, text) if p == "arrested"}


def test_the_owner_of_a_person_is_not_the_next_him(extractor: Any) -> None:
    text = ("Tomás Cruz was extradited in 2010 to Texas. Jorge Salas's son, Mario Salas, fled in 2012. Police "
            "captured him in Durango.")
    arrested = {s for s, p, _ in triples(extractor, text) if p == "arrested"}
    assert "Jorge Salas" not in arrested and "Mario Salas" in arrested
