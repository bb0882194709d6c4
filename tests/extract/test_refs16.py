"""Ends named by a reference (session 16): a pair told by coordinated prepositions, 'one ... the other' sides
told by their leaders, an agent after an 'according to' source, and 'presented him as'. Each reading is
checked both ways: the reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


# --- 'to A and to B ... both of those groups': the pair is the two objects of the coordinated prepositions ---
def _in_second_sentence(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    second = text.split(". ", 1)[1]
    return {(s.subject, s.predicate, s.object) for s in said(extractor, text) if s.claim.evidence.quote in second}


@pytest.mark.parametrize(("text", "told"), [
    ("The Treasury named Los Soles a terrorist group, alleging that it provides support to Tren de Aragua, the "
     "Venezuelan gang, and to Mexico's Sinaloa Cartel. Both of those groups were placed on the State "
     "Department's terrorist list in February.", {"Tren de Aragua", "Sinaloa Cartel"}),
    ("The army has clashed with Los Rojos and with Los Tlacos in the sierra. Both gangs operate in Chilapa.",
     {"Los Rojos", "Los Tlacos"}),
    ("Prosecutors say the rifles went to the Gulf Cartel and to the Zetas. The two groups have been at war since "
     "2010.", {"Gulf Cartel", "Los Zetas"}),
])
def test_a_pair_told_by_coordinated_prepositions(extractor: Any, text: str, told: set[str]) -> None:
    found = _in_second_sentence(extractor, text)
    subjects = {s.split(" (")[0] for s, _, _ in found} | {o.split(" (")[0] for _, p, o in found if p == "rival_of"}
    assert subjects == told, found


def test_the_subject_of_the_clause_is_not_of_the_pair(extractor: Any) -> None:
    text = ("The Treasury named Los Soles a terrorist group, alleging that it provides support to Tren de Aragua "
            "and to the Sinaloa Cartel. Both of those groups were placed on the State Department's terrorist list in "
            "February.")
    assert {s for s, p, _ in _in_second_sentence(extractor, text) if p == "designated"} == {
        "Tren de Aragua", "Sinaloa Cartel"}


# --- 'One is led by X, and the other by Y. Both groups belong to G' --------------------------------------
@pytest.mark.parametrize("text", [
    "The governor said the riot was a fight between two groups. One is led by Juan Pedro Salas, and the other "
    "by Jorge Iván Mora. Both groups belong to Los Zetas.",
    "The cartel split into two factions. One is led by Juan Pedro Salas and the other is led by Jorge Iván Mora. "
    "Both groups belong to Los Zetas.",
    "Two cells fight for the prison. One faction is headed by Juan Pedro Salas; the other is run by Jorge Iván "
    "Mora. Both factions are part of Los Zetas.",
    "The cartel split in two. One faction follows Juan Pedro Salas; the other follows Jorge Iván Mora. Both "
    "factions belong to Los Zetas.",
])
def test_one_and_the_other_told_by_their_leaders(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    for leader in ("Juan Pedro Salas", "Jorge Iván Mora"):
        faction = next((o for s, p, o in found if s == leader and p == "leader_of"), None)
        assert faction is not None and faction != "Los Zetas", (leader, found)
        assert (faction, "faction_of", "Los Zetas") in found


@pytest.mark.parametrize("text", [
    # no group named or counted near: an agency, not a faction
    "Two agencies took part in the raid. One is headed by Juan Pedro Salas, and the other by Jorge Iván Mora.",
    # no 'the other' answers 'one'
    "The cartel has two wings. One is led by Juan Pedro Salas.",
])
def test_one_and_the_other_needs_a_pair_of_groups(extractor: Any, text: str) -> None:
    assert not {(s, p) for s, p, _ in triples(extractor, text) if p == "leader_of"}


# --- 'G, led according to federal reports by X': the agent after a source ------------------------------------
@pytest.mark.parametrize("text", [
    "Tixtla is contested by Los Ardillos and Los Tlacos. The first, led according to federal reports by Celso Ruiz "
    "Mena, is accused of controlling transport; the second is believed to have come down from the mountains.",
    "The city is contested by Los Ardillos and Los Tlacos. The first, led according to federal reports by Celso "
    "Ruiz Mena, is accused of controlling transport.",
    "The gang, headed according to prosecutors by Celso Ruiz Mena, is known as Los Ardillos.",
])
def test_an_agent_after_an_according_to_source(extractor: Any, text: str) -> None:
    assert ("Celso Ruiz Mena", "leader_of", "Los Ardillos") in triples(extractor, text)


def test_a_person_inside_the_source_is_not_the_agent(extractor: Any) -> None:
    text = "Los Ardillos, led by Celso Ruiz Mena according to a report by Ana Lucía Pardo, is accused of extortion."
    found = triples(extractor, text)
    assert ("Celso Ruiz Mena", "leader_of", "Los Ardillos") in found
    assert not any(s == "Ana Lucía Pardo" and p == "leader_of" for s, p, _ in found)


# --- 'Officials presented him as the Zetas' plaza chief' ---------------------------------------------------
@pytest.mark.parametrize("text", [
    "Soldiers detained Martín Olvera Cruz in April. Officials presented him as the Zetas' plaza chief in San "
    "Fernando.",
    "The prosecutor's office presented Martín Olvera Cruz as the financial operator of the Gulf Cartel.",
    "Police arrested Martín Olvera Cruz. The ministry depicted him as a senior figure in the Gulf Cartel.",
])
def test_presented_as_a_role_of_a_group(extractor: Any, text: str) -> None:
    assert any(s == "Martín Olvera Cruz" and p in ("member_of", "leader_of") for s, p, _ in triples(extractor, text))


def test_a_plan_presented_as_a_blow_names_no_member(extractor: Any) -> None:
    text = "The minister presented the plan as a blow to the Gulf Cartel."
    assert not any(p in ("member_of", "leader_of") for _, p, _ in triples(extractor, text))


# --- 'both men' after 'X, "Z-40", ... his brother Y, "Z-42",': names apposed to one phrase are one person ---
@pytest.mark.parametrize("text", [
    'Miguel Ángel Treviño Morales, "Z-40", led the Zetas until 2013; his brother Omar, "Z-42", took over and was '
    'arrested in 2015. Both men were among the 29 prisoners that Mexico sent to the United States in February.',
    'Miguel Ángel Treviño Morales, "Z-40", led the Zetas until 2013; his brother Omar, "Z-42", took over. Mexico '
    'sent both men to the United States in February.',
])
def test_both_men_after_names_with_nicknames(extractor: Any, text: str) -> None:
    sent = {s for s, p, _ in triples(extractor, text) if p == "extradited"}
    assert "Miguel Ángel Treviño Morales" in sent and len(sent) == 2, sent


def test_both_men_needs_two_people(extractor: Any) -> None:
    text = ('Soldiers detained Omar Treviño Morales, "Z-42", in 2015, in San Pedro. Both men were among the 29 '
            'prisoners that Mexico sent to the United States in February.')
    assert not any(p == "extradited" for _, p, _ in triples(extractor, text))


def test_a_side_keeps_the_name_given_later_through_its_leader(extractor: Any) -> None:
    text = ("The governor said it was a fight between two groups. One is led by an inmate known as \"El Toro,\" "
            "Juan Pedro Salas Farías, and the other by Jorge Iván Mora Cantú. Both groups belong to Los Zetas. "
            "A spokesman said that Salas's people had controlled the prison for months.")
    result = extractor(Document.make(text, "test.txt"))
    names = {e.name: [a.name for a in e.aliases] for e in result.entities}
    led = {s.object for s in said(extractor, text)
           if s.subject == "Juan Pedro Salas Farías" and s.predicate == "leader_of"}
    assert len(led) == 1 and "Salas's people" in names[led.pop()]
