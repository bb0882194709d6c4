"""References read back to the group or person they stand for: a description whose noun ends a group's name ('the
posse' for the Harbour Street Posse, 'this brotherhood' for the Iron Brotherhood) however far back the name was,
when the text names one such group. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model

FILLER = ("Residents say the neighbourhood has changed a great deal since then. Many families moved away. "
          "Shops closed early and buses stopped running after dark. ")


# --- a description by the last noun of a group's name, past the three sentences before -------------------------

@pytest.mark.parametrize(("text", "fact"), [
    # a possessive description, the name five sentences back
    ("The Harbour Street Posse grew out of the docks in the 1980s. " + FILLER
     + "The posse's main enemy for decades was the Canal Boys.",
     ("Harbour Street Posse", "rival_of", "Canal Boys")),
    # 'this' and a trafficking verb
    ("Police first heard of the Iron Brotherhood, a prison gang, in 2009, when it was set up inside Valdena "
     "prison. " + FILLER + "Today this brotherhood sells cocaine in at least four provinces.",
     ("Iron Brotherhood", "traffics", "cocaine")),
    # a passive with its leader, in a thread's post
    ("2/ The Red Hill Posse was founded in the late 70s. " + FILLER
     + "3/ In the 90s the posse was run by Darnell Osei, known as \"Big Man\".",
     ("Darnell Osei", "leader_of", "Red Hill Posse")),
])
def test_a_description_by_the_last_noun_of_a_groups_name(extractor: Any, text: str,
                                                        fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_two_groups_so_named_leave_the_description_open(extractor: Any) -> None:
    text = ("The Harbour Street Posse and the Hill Top Posse grew out of the docks in the 1980s. " + FILLER
            + "The posse's main enemy for decades was the Canal Boys.")
    found = triples(extractor, text)
    assert not {f for f in found if f[1] == "rival_of" and "Canal Boys" in f}


def test_the_family_far_from_a_family_name_stays_kin(extractor: Any) -> None:
    text = ("Prosecutors say the Ferrante family controlled the port for a decade. " + FILLER
            + "After his arrest, the family said Marco Ferrante had been at war with the Canal Boys.")
    assert ("Ferrante family", "rival_of", "Canal Boys") not in triples(extractor, text)


# --- a person as a side of a tie, the group he leads told after it --------------------------------------------

@pytest.mark.parametrize(("text", "fact"), [
    # an alliance, the leadership told in a relative clause after it
    ("In 2024 Raúl Meza Ortega sealed a pact with Los Chapitos, according to local media. Meza Ortega, who leads "
     "Los Toros, denied it.",
     ("Los Toros", "ally_of", "Los Chapitos")),
    # a rivalry, the leadership told in the next sentence
    ("Since March, Joaquín Ruelas has been at war with the Gulf Cartel, police say. Ruelas heads Los Tejones, a gang "
     "based in Reynosa.",
     ("Los Tejones", "rival_of", "Gulf Cartel")),
    # talks, the leadership told by a copula
    ("Ernesto Vidal negotiated a truce with La Familia Michoacana in 2012. Vidal is the leader of the Cártel del "
     "Valle.",
     ("Cártel del Valle", "negotiated_with", "La Familia Michoacana")),
])
def test_a_person_as_a_side_stands_for_the_group_told_later(extractor: Any, text: str,
                                                            fact: tuple[str, str, str]) -> None:
    found = triples(extractor, text)
    assert fact in found or (fact[2], fact[1], fact[0]) in found


def test_a_person_told_later_only_as_a_member_stands_for_no_group(extractor: Any) -> None:
    text = ("In 2024 Raúl Meza Ortega sealed a pact with Los Chapitos, according to local media. Meza Ortega is "
            "a member of Los Toros.")
    found = triples(extractor, text)
    assert ("Los Toros", "ally_of", "Los Chapitos") not in found
    assert ("Los Chapitos", "ally_of", "Los Toros") not in found


def test_a_person_told_later_as_leader_of_two_groups_stands_for_neither(extractor: Any) -> None:
    text = ("In 2024 Raúl Meza Ortega sealed a pact with Los Chapitos, according to local media. Meza Ortega leads "
            "Los Toros and Los Pumas.")
    assert not {f for f in triples(extractor, text) if f[1] == "ally_of"}


# --- 'the municipality', 'the port', 'the borough': the place named as one, else the dateline's town ---------

@pytest.mark.parametrize(("text", "fact"), [
    # named as a municipality in apposition, sentences before
    ("Few places have suffered more than Aguililla, the mountain municipality where the boss of Los Brujos grew "
     "up. A shopkeeper said that Los Brujos gunmen control parts of the municipality.",
     ("Los Brujos", "operates_in", "Aguililla")),
    # the dateline's town
    ("ZIHUATANEJO, Guerrero, May 3, 2021 (Wire) - Shopkeepers closed early again on Sunday. Police say Los "
     "Malandros control the municipality.",
     ("Los Malandros", "operates_in", "Zihuatanejo")),
    # the borough, not the city it is a borough of
    ("Iztapalapa, the most populous borough of Mexico City, has seen a wave of killings. Police say Los Malandros "
     "now control the borough.",
     ("Los Malandros", "operates_in", "Iztapalapa")),
])
def test_a_place_description_is_the_place_named_so_or_the_datelines(extractor: Any, text: str,
                                                                    fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_the_borough_of_a_city_is_not_the_city(extractor: Any) -> None:
    text = ("Iztapalapa, the most populous borough of Mexico City, has seen a wave of killings. Police say Los "
            "Malandros now control the borough.")
    assert ("Los Malandros", "operates_in", "Mexico City") not in triples(extractor, text)


def test_a_town_named_just_before_is_not_the_datelines(extractor: Any) -> None:
    text = ("MORELIA, Michoacán, May 3, 2021 (Wire) - The army sent troops to Uruapan on Sunday. Police say Los "
            "Malandros control the town.")
    assert ("Los Malandros", "operates_in", "Morelia") not in triples(extractor, text)
