"""Role, faction and territory wordings of session 15. Each reading is checked both ways: the reading made,
and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


# --- a phrase that takes its name from a clause: 'a network that police call G', 'what we call G' --------
@pytest.mark.parametrize("text", [
    "Ramiro Tellez Osuna built a network there, which local media call the Cartel de Bacanora.",
    "Ramiro Tellez Osuna founded a network that prosecutors later dubbed the Cartel de Bacanora.",
    "Ramiro Tellez Osuna created a group that became known as the Cartel de Bacanora.",
    "Ramiro Tellez Osuna founded what became known as the Cartel de Bacanora.",
    "Ramiro Tellez Osuna, a founder of what is now known as the Cartel de Bacanora, was arrested.",
])
def test_a_founded_group_named_by_a_clause(extractor: Any, text: str) -> None:
    assert ("Ramiro Tellez Osuna", "founder_of", "Cartel de Bacanora") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "In our assessment Ramiro Tellez Osuna is a senior figure in what we have publicly called the Cartel de "
    "Bacanora.",
    "Ramiro Tellez Osuna became a member of what police call the Cartel de Bacanora.",
    "Ramiro Tellez Osuna is a lieutenant in what the army calls the Cartel de Bacanora.",
])
def test_a_member_of_what_is_called_a_group(extractor: Any, text: str) -> None:
    assert ("Ramiro Tellez Osuna", "member_of", "Cartel de Bacanora") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Ramiro Tellez Osuna ran what police called the Cartel de Bacanora until 2019.",
    "Ramiro Tellez Osuna leads a group that the military calls the Cartel de Bacanora.",
])
def test_a_led_group_named_by_a_clause(extractor: Any, text: str) -> None:
    assert ("Ramiro Tellez Osuna", "leader_of", "Cartel de Bacanora") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    # the clause names something else: no group stands for the phrase
    "Ramiro Tellez Osuna built a network there, which local media call a threat to the Cartel de Bacanora.",
    # the clause is about the group's enemy, not a name for the phrase
    "Ramiro Tellez Osuna is a senior figure in what the Cartel de Bacanora calls a war.",
])
def test_a_naming_clause_that_names_no_group(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert not {t for t in found if t[0] == "Ramiro Tellez Osuna" and t[2] == "Cartel de Bacanora"
                and t[1] in ("founder_of", "member_of", "leader_of")}


# --- a presence denied by 'no' on its noun: 'There is no cell of G operating in P' -----------------------
def _presence(extractor: Any, text: str) -> set[tuple[str, str]]:
    from tests.extract.readout import said

    return {(s.object, s.polarity) for s in said(extractor, text) if s.predicate == "operates_in"}


@pytest.mark.parametrize("text", [
    'A spokesperson, Marta Ek, added: "There is no cell of the Cartel de Bacanora operating in Campeche."',
    "The governor said there are no members of the Cartel de Bacanora operating in Campeche.",
])
def test_no_cell_operating_somewhere_is_denied(extractor: Any, text: str) -> None:
    assert _presence(extractor, text) == {("Campeche", "negative")}


@pytest.mark.parametrize("text", [
    "Police said there is a cell of the Cartel de Bacanora operating in Campeche.",
    "There is no doubt that a cell of the Cartel de Bacanora operating in Campeche carried out the attack.",
])
def test_a_cell_operating_somewhere_is_not_denied(extractor: Any, text: str) -> None:
    assert ("Campeche", "negative") not in _presence(extractor, text)


# --- a place inside a group's territory: 'P lies within G's territory' ----------------------------------
@pytest.mark.parametrize("text", [
    "Apatzingán has long been part of the territory of the Cartel de Bacanora.",
    "Apatzingán lies within the Cartel de Bacanora's territory.",
    "Apatzingán falls inside the turf controlled by the Cartel de Bacanora.",
    "The town of Apatzingán is in the heartland of the Cartel de Bacanora.",
    "The southern towns of Apatzingán, on the border, have for a decade been part of the territory of the "
    "Cartel de Bacanora.",
])
def test_a_place_inside_a_groups_territory(extractor: Any, text: str) -> None:
    assert ("Cartel de Bacanora", "operates_in", "Apatzingán") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Apatzingán borders the Cartel de Bacanora's territory.",
    "Apatzingán sits outside the Cartel de Bacanora's territory.",
    "Soldiers based in Apatzingán entered the Cartel de Bacanora's territory.",
])
def test_a_place_near_a_groups_territory(extractor: Any, text: str) -> None:
    assert ("Cartel de Bacanora", "operates_in", "Apatzingán") not in triples(extractor, text)


# --- the sentence's verb read as a participle of its subject: 'Another cell, G, operated in P' -------------
@pytest.mark.parametrize("text", [
    "Another cell, Los Trinitarios, operated in Iquique.",
    "Another cell, Los Trinitarios, reportedly operated in Iquique and the mining towns of Tarapacá.",
    "A third crew, Los Trinitarios, based in Iquique.",
    "A rival gang, Los Trinitarios, was active in Iquique.",
])
def test_a_described_group_named_between_commas_operates(extractor: Any, text: str) -> None:
    assert ("Los Trinitarios", "operates_in", "Iquique") in triples(extractor, text)


def test_a_described_person_named_between_commas_is_no_group(extractor: Any) -> None:
    found = triples(extractor, "Another suspect, Juan Pérez Lugo, based in Iquique.")
    assert not {t for t in found if t[1] == "operates_in"}


# --- answering to a group's leadership: 'X answers directly to the leadership of G' ----------------------
@pytest.mark.parametrize("text", [
    "El Tejón answers directly to the leadership of the Cartel de Bacanora.",
    "El Tejón answers to the Cartel de Bacanora leadership.",
    "El Tejón reports to the Cartel de Bacanora's bosses.",
])
def test_a_person_answering_to_a_groups_leadership(extractor: Any, text: str) -> None:
    assert ("El Tejón", "member_of", "Cartel de Bacanora") in triples(extractor, text)


def test_a_group_answering_to_a_groups_leadership(extractor: Any) -> None:
    text = "Los Tejones still answer, at least nominally, to the Cartel de Bacanora leadership."
    assert ("Los Tejones", "faction_of", "Cartel de Bacanora") in triples(extractor, text)


def test_answering_to_a_boss_somewhere_names_no_group(extractor: Any) -> None:
    found = triples(extractor, "El Tejón reports to a boss in Tijuana.")
    assert not {t for t in found if t[1] in ("member_of", "faction_of")}


# --- a part of a group named by 'its': 'Its Guerrero wing is run by X', as 'the organisation's wing' --------
@pytest.mark.parametrize("text", [
    "The Cartel de Bacanora is a cartel. Federal officials say its Sonora wing is run by Ramiro Tellez Osuna.",
    "The Cartel de Bacanora is a cartel. Federal officials say the organisation's Sonora wing is run by Ramiro "
    "Tellez Osuna.",
])
def test_a_part_named_by_its_possessor(extractor: Any, text: str) -> None:
    assert ("Ramiro Tellez Osuna", "leader_of", "Cartel de Bacanora") in triples(extractor, text)


def test_joining_its_ranks(extractor: Any) -> None:
    text = "The Cartel de Bacanora is a cartel. Ramiro Tellez Osuna joined its ranks in 2010."
    assert ("Ramiro Tellez Osuna", "member_of", "Cartel de Bacanora") in triples(extractor, text)


def test_a_persons_network_is_no_group(extractor: Any) -> None:
    text = "The Cartel de Bacanora is a cartel. Ramiro Tellez Osuna said his network is run by Ana Ruiz Soto."
    assert ("Ana Ruiz Soto", "leader_of", "Cartel de Bacanora") not in triples(extractor, text)


# --- a place named before a place noun: 'based in the P estate', 'the P township' -----------------------
@pytest.mark.parametrize("text", [
    "Los Tejones are based in the La Paternelle estate.",
    "Los Tejones control the Manenberg township.",
    "Los Tejones sell drugs in the Neukölln borough.",
])
def test_a_place_named_before_a_place_noun(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert {t[2] for t in found if t[0] == "Los Tejones" and t[1] == "operates_in"} & {
        "La Paternelle", "Manenberg", "Neukölln"}


def test_an_estate_named_by_no_place(extractor: Any) -> None:
    found = triples(extractor, "Los Tejones bought the estate of a rancher.")
    assert not {t for t in found if t[1] == "operates_in"}
