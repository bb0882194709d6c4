"""Leadership and factions read in session 16 (helper leaders16). Each reading is checked both ways: the
reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _found(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extractor, text) if t[1] == predicate}


# --- a role noun as subject of 'was', the name after it read by the parser as a second subject -------------
@pytest.mark.parametrize("text", [
    "Los Tucanes control the port. The gang's leader at the time was Ramiro Salas Peña, \"El Toro\", a former "
    "police officer.",
    "Los Tucanes control the port; their top boss in those years was Ramiro Salas Peña, \"El Toro\".",
    "Soldiers detained a courier of Los Tucanes. He answered to Iván Ponce, whom the army describes as the "
    "organisation's commander in the south; the group's overall leader at the time was Ramiro Salas Peña, "
    "\"El Toro\".",
])
def test_role_subject_with_the_name_read_as_a_second_subject(extractor: Any, text: str) -> None:
    assert ("Ramiro Salas Peña", "leader_of", "Los Tucanes") in _found(extractor, text, "leader_of")


def test_a_role_subject_names_a_founder_too(extractor: Any) -> None:
    text = "Los Tucanes control the port. The founder of the gang was Ramiro Salas Peña."
    assert ("Ramiro Salas Peña", "founder_of", "Los Tucanes") in _found(extractor, text, "founder_of")


def test_no_leader_from_a_subject_that_is_no_role(extractor: Any) -> None:
    text = "Los Tucanes control the port. The gang's first victim that year was Ramiro Salas Peña."
    assert not _found(extractor, text, "leader_of")


# --- 'emerged from the splintering (collapse, break-up) of G' ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Villegas said the boy worked for Los Tizones, a group that emerged this year from the "
    "splintering of the Marlin Cartel.",
    "Los Tizones emerged from the collapse of the Marlin Cartel in 2011.",
    "Los Tizones, which sprang from the break-up of the Marlin Cartel, control the port.",
    "Police say Los Tizones grew out of the Marlin Cartel's collapse in 2010.",
    "Los Tizones and Los Tucanes control the port. The two gangs emerged from the fragmentation "
    "of the Marlin Cartel.",
])
def test_a_group_out_of_another_groups_end_is_its_offshoot(extractor: Any, text: str) -> None:
    assert ("Los Tizones", "faction_of", "Marlin Cartel") in _found(extractor, text, "faction_of")


@pytest.mark.parametrize("text", [
    "Los Tizones emerged after the collapse of the Marlin Cartel.",
    "Los Tizones emerged from the ashes of the war with the Marlin Cartel.",
])
def test_no_offshoot_from_a_time_or_from_another_end(extractor: Any, text: str) -> None:
    assert ("Los Tizones", "faction_of", "Marlin Cartel") not in _found(extractor, text, "faction_of")


# --- 'an armed group at the service of G' ------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The prosecutor says the murder was ordered by the cell known as Los Tucanes, which it describes as an "
    "armed group at the service of the Marlin Cartel in the sierra.",
    "Los Tucanes is an armed group at the service of the Marlin Cartel.",
    "Los Tucanes, a gang in the service of the Marlin Cartel, control the port.",
    "According to the army, Los Tucanes have been working at the service of the Marlin Cartel since 2019.",
    "Los Tucanes put themselves at the service of the Marlin Cartel.",
])
def test_a_group_at_the_service_of_another_is_its_part(extractor: Any, text: str) -> None:
    assert ("Los Tucanes", "faction_of", "Marlin Cartel") in _found(extractor, text, "faction_of")


@pytest.mark.parametrize("text", [
    "Los Tucanes attacked a bus at the service station near the Marlin Cartel's base.",
    "Los Tucanes offered their services to the Marlin Cartel.",
])
def test_no_part_without_serving(extractor: Any, text: str) -> None:
    assert ("Los Tucanes", "faction_of", "Marlin Cartel") not in _found(extractor, text, "faction_of")


# --- 'a group formed by former G guerrillas (defectors from G)' ------------------------------------------
@pytest.mark.parametrize("text", [
    "Arizala led the Frente Sur, a group of a few hundred fighters formed by former Marlin Cartel guerrillas "
    "who refused to join the peace agreement.",
    "Los Tucanes, a gang formed by former Marlin Cartel gunmen, control the port.",
    "Los Tucanes was founded in 2012 by defectors from the Marlin Cartel.",
])
def test_a_group_formed_by_fighters_of_another_is_its_offshoot(extractor: Any, text: str) -> None:
    found = {t[0] for t in _found(extractor, text, "faction_of") if t[2] == "Marlin Cartel"}
    assert found & {"Frente Sur", "Los Tucanes"}


@pytest.mark.parametrize("text", [
    "Los Tucanes, a gang created by ex-soldiers, control the port.",
    "Los Tucanes, a gang formed by former soldiers who had fought the Marlin Cartel, control the port.",
])
def test_no_offshoot_of_a_group_its_makers_only_fought(extractor: Any, text: str) -> None:
    assert not _found(extractor, text, "faction_of")


# --- a relative clause the parser hung on the makers of a group ------------------------------------------
@pytest.mark.parametrize("text", [
    "Prosecutors blame Los Tucanes, a group formed by deserters from the army's special forces that worked as "
    "the armed wing of the Marlin Cartel until the two broke apart early in 2010.",
    "Los Tucanes, a gang founded by former police officers that served as the enforcement arm of the Marlin "
    "Cartel, control the port.",
    "Los Tucanes, a gang created by former soldiers which acted as the Marlin Cartel's armed wing, control the port.",
])
def test_relative_clause_on_the_makers_tells_of_the_group(extractor: Any, text: str) -> None:
    assert ("Los Tucanes", "faction_of", "Marlin Cartel") in _found(extractor, text, "faction_of")


def test_a_who_clause_on_the_makers_stays_theirs(extractor: Any) -> None:
    text = ("Los Tucanes, a gang founded by former police officers who served as bodyguards for the Marlin "
            "Cartel's accountant, control the port.")
    assert ("Los Tucanes", "faction_of", "Marlin Cartel") not in _found(extractor, text, "faction_of")


# --- 'the group that became (known as) G' stands for G ----------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ('2008 — Ramiro Salas, "Don Ramo", founder of the group that will become known as Los Tizones, moves on the '
     "port.", ("Ramiro Salas", "founder_of", "Los Tizones")),
    ("Ramiro Salas led the gang that later became the Marlin Cartel.", ("Ramiro Salas", "leader_of", "Marlin Cartel")),
    ("In 2008 Ramiro Salas set up a cell which became known as Los Tizones.",
     ("Ramiro Salas", "founder_of", "Los Tizones")),
    ("Ramiro Salas founded the organisation that would become known as Los Tizones.",
     ("Ramiro Salas", "founder_of", "Los Tizones")),
])
def test_the_group_that_became_g_is_g(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _found(extractor, text, fact[1])


@pytest.mark.parametrize("text", [
    "Ramiro Salas led the gang that became the main rival of the Marlin Cartel.",
    "Ramiro Salas led the gang that, in 2010, became the Marlin Cartel's armed wing.",
])
def test_the_group_that_became_something_of_g_is_not_g(extractor: Any, text: str) -> None:
    assert ("Ramiro Salas", "leader_of", "Marlin Cartel") not in _found(extractor, text, "leader_of")


# --- an owned role set off by commas before a name the parser read as the next verb's subject -------------
@pytest.mark.parametrize(("text", "fact"), [
    ("Los Tizones has been at war with the Marlin Cartel since 2017; most analysts regard it as much diminished "
     'since its founder, Ramiro Salas, "El Ramo", was arrested in August 2020.',
     ("Ramiro Salas", "founder_of", "Los Tizones")),
    ('Los Tizones collapsed after its leader, Ramiro Salas, "El Ramo", was killed in 2019.',
     ("Ramiro Salas", "leader_of", "Los Tizones")),
    ("Los Tizones lost ground when the gang's founder, Ramiro Salas, was extradited.",
     ("Ramiro Salas", "founder_of", "Los Tizones")),
])
def test_owned_role_then_name_between_commas(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _found(extractor, text, fact[1])


def test_no_role_for_a_name_after_a_closed_clause(extractor: Any) -> None:
    text = "Los Tizones was weakened by the death of its founder, and Ramiro Salas, a rival, took the port."
    assert not _found(extractor, text, "founder_of")


# --- a role in apposition to what 'was' says of a person -------------------------------------------------
@pytest.mark.parametrize(("text", "fact"), [
    ('For more than four decades Ramiro Salas, "El Ramo", was the most careful of the traffickers, a co-founder of '
     "the Marlin Cartel who never spent a night in jail.", ("Ramiro Salas", "founder_of", "Marlin Cartel")),
    ("Ramiro Salas was a quiet man, a leader of the Marlin Cartel.", ("Ramiro Salas", "leader_of", "Marlin Cartel")),
    ("Ramiro Salas was the main target of the investigation, a lieutenant of the Marlin Cartel.",
     ("Ramiro Salas", "member_of", "Marlin Cartel")),
    ('By the 1990s Ramiro Salas, "El Ramo", was the richest man in the valley, a founder of Los Tizones.',
     ("Ramiro Salas", "founder_of", "Los Tizones")),
])
def test_role_beside_the_attribute_is_the_subjects(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in _found(extractor, text, fact[1])


def test_role_of_someone_else_beside_the_attribute(extractor: Any) -> None:
    text = "Ramiro Salas was a quiet man, a neighbour of the leader of the Marlin Cartel."
    assert not _found(extractor, text, "leader_of")
