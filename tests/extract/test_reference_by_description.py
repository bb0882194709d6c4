"""Ends a sentence names only by a description or a pronoun: 'the criminal organisation', 'the same cell',
'the rival gang', 'the cell' of a group named before, a 'he' after 'One of X's men, Y, ...', and 'X is
married to his sister, Y'. Each description stands for the group (person) named before when one fits,
and for no one otherwise. Each test is a sentence written for it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said
from tests.extract.readout import triples as facts

pytestmark = pytest.mark.model


# --- a modifier that only says what kind of group it is --------------------------------------------

@pytest.mark.parametrize("noun", ["criminal organisation", "armed group", "drug trafficking gang"])
def test_a_kind_modifier_keeps_the_description_a_repeat(extractor: Any, noun: str) -> None:
    text = f"La Línea controls much of Chihuahua. The {noun} is led by Juan Pablo Ledezma."
    assert ("Juan Pablo Ledezma", "leader_of", "La Línea") in facts(extractor, text)


def test_a_place_modifier_makes_another_group(extractor: Any) -> None:
    text = "La Línea controls much of Chihuahua. The Sonora gang is led by Juan Pablo Ledezma."
    assert not any(p == "leader_of" and o == "La Línea" for _, p, o in facts(extractor, text))


def test_the_same_cell_is_the_cell_named_before(extractor: Any) -> None:
    text = ("Police arrested Ana Torres, who ran a cell of the gang known as Los Tlacos in Iguala. "
            "Pedro Ruiz Soto worked as a gunman for the same cell.")
    assert ("Pedro Ruiz Soto", "member_of", "Los Tlacos") in facts(extractor, text)


def test_the_same_organisation_with_no_organisation_named_before_is_a_shared_one(extractor: Any) -> None:
    text = "Los Choneros and Los Lobos are rivals today. Both gangs grew out of the same organisation."
    assert not any(p == "faction_of" for _, p, _ in facts(extractor, text))


# --- 'the cell' after 'a cell of the group known as X' ----------------------------------------------

def test_the_cell_is_the_group_whose_cell_was_named(extractor: Any) -> None:
    text = ("Carlos Mena Díaz led a cell of the criminal group known as La Nueva Familia Michoacana. "
            "The cell clashed with Los Tlacos in May.")
    assert ("La Nueva Familia Michoacana", "rival_of", "Los Tlacos") in facts(extractor, text)


# --- 'the rival gang' --------------------------------------------------------------------------------

def test_the_rival_gang_is_the_one_set_against_the_subject(extractor: Any) -> None:
    text = "Barrio 18 has fought MS-13 for two decades. The rival gang is led by Juan Pérez Ortiz."
    found = facts(extractor, text)
    assert ("Juan Pérez Ortiz", "leader_of", "MS-13") in found
    assert ("Juan Pérez Ortiz", "leader_of", "Barrio 18") not in found


def test_the_rival_gang_with_no_rivalry_before_stays_unread(extractor: Any) -> None:
    text = "Barrio 18 controls San Salvador. The rival gang is led by Juan Pérez Ortiz."
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


def test_the_rival_gang_after_two_rivalries_in_one_sentence_stays_unread(extractor: Any) -> None:
    text = ("Barrio 18 has fought MS-13, and Los Zetas have fought the Gulf Cartel. "
            "The rival gang is led by Juan Pérez Ortiz.")
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


# --- 'he' after a partitive subject -------------------------------------------------------------------

def test_he_after_one_of_someones_men_is_the_man_in_apposition(extractor: Any) -> None:
    text = ("Gennaro Esposito was arrested in Madrid in 2008, and Salvatore Greco was arrested near Palermo in "
            "2010. Another of Esposito's sons, Luigi Esposito, evaded capture for years and was listed among "
            "the most wanted fugitives. He was arrested in Turin in 2019.")
    last = {s.subject for s in said(extractor, text) if s.predicate == "arrested" and "Turin" in s.claim.evidence.quote}
    assert last == {"Luigi Esposito"}


# --- 'X is married to Y' ------------------------------------------------------------------------------

def test_married_to_names_the_spouse_in_apposition(extractor: Any) -> None:
    text = ("Abigael González Valencia leads Los Cuinis, and Nemesio Oseguera Cervantes is married to his sister, "
            "Rosalinda González Valencia.")
    found = facts(extractor, text)
    assert ("Nemesio Oseguera Cervantes", "spouse_of", "Rosalinda González Valencia") in found
    assert ("Nemesio Oseguera Cervantes", "sibling_of", "Rosalinda González Valencia") not in found


def test_married_to_a_group_is_no_marriage(extractor: Any) -> None:
    text = "Juan Pérez Ortiz said he was married to the cartel."
    assert not any(p == "spouse_of" for _, p, _ in facts(extractor, text))


# --- a description is not its own clause's subject ---------------------------------------------------

def test_the_organisation_a_group_split_from_is_not_the_group_itself(extractor: Any) -> None:
    text = ("Los Pelones, a crew that sold drugs for the Sinaloa Cartel in Cancún, split from the organisation "
            "in 2019.")
    assert ("Los Pelones", "faction_of", "Sinaloa Cartel") in facts(extractor, text)


# --- 'the splinter group', 'the breakaway' ------------------------------------------------------------

def test_the_splinter_group_is_the_group_that_split_off(extractor: Any) -> None:
    text = ("Los Viagras broke away from La Familia Michoacana in 2014. The splinter group is led by "
            "Nicolás Sierra Santana.")
    assert ("Nicolás Sierra Santana", "leader_of", "Los Viagras") in facts(extractor, text)


def test_the_splinter_group_after_two_splits_stays_unread(extractor: Any) -> None:
    text = ("Los Viagras broke away from La Familia Michoacana in 2014, and Los Tlacos broke away from La Nueva "
            "Familia Michoacana. The splinter group is led by Nicolás Sierra Santana.")
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


# --- 'the two networks' ------------------------------------------------------------------------------

def test_the_two_networks_are_the_two_groups_just_named(extractor: Any) -> None:
    text = ("Los Shottas hold the docks of Buenaventura and Los Espartanos hold the hills above them. "
            "In October the two networks agreed a truce.")
    assert ("Los Shottas", "negotiated_with", "Los Espartanos") in facts(extractor, text) or \
        ("Los Espartanos", "negotiated_with", "Los Shottas") in facts(extractor, text)


# --- 'his brother', 'his father' with no name of their own -----------------------------------------

def test_his_brother_is_the_brother_the_text_named_before(extractor: Any) -> None:
    text = ("Pedro Salas Vega and his brother Tomás Salas Vega ran the port for the gang. In March Pedro Salas "
            "Vega fled to Panama, and in June his brother surrendered to the Drug Enforcement Administration.")
    surrendered = {(s, o) for s, p, o in facts(extractor, text) if p == "arrested"}
    assert ("Tomás Salas Vega", "Drug Enforcement Administration") in surrendered


def test_his_father_is_the_father_the_text_named_before(extractor: Any) -> None:
    text = ("Mario Bruni, a son of Carmine Bruni, was arrested in Rome in 2004. His father, who had been on the "
            "run for years, was captured in Naples in 2005.")
    arrested = {s for s, p, _ in facts(extractor, text) if p == "arrested"}
    assert "Carmine Bruni" in arrested


def test_his_brother_with_two_brothers_named_stays_unread(extractor: Any) -> None:
    text = ("Pedro Salas Vega and his brothers Tomás Salas Vega and Luis Salas Vega ran the port for the gang. "
            "In March Pedro Salas Vega fled to Panama, and in June his brother surrendered to the Drug "
            "Enforcement Administration.")
    dea = "Drug Enforcement Administration"
    surrendered = {s for s, p, o in facts(extractor, text) if p == "arrested" and o == dea}
    assert not surrendered & {"Tomás Salas Vega", "Luis Salas Vega"}


def test_the_cartel_a_group_was_is_the_group_itself(extractor: Any) -> None:
    text = "La Familia Michoacana was the cartel that dominated Chilapa for a decade."
    assert ("La Familia Michoacana", "operates_in", "Chilapa") in facts(extractor, text)
