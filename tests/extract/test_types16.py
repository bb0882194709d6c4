"""Kinds of names the knowledge base does not know, read from what the text says of them: a part of a
criminal group ('X, an elite chapter of G', 'X became the armed wing of G', 'described X as a branch of G'),
a name that makes war on a criminal group ('X, the club that has fought G'), 'the X crime family', and places
listed as a list's members ('the municipalities of A, B, C and D') or as examples of settlements ('towns like
A, B', 'cities such as A'). Sentences written for this test; the names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def kinds(extractor: Any, text: str) -> dict[str, str]:
    return {e.name: e.kind for e in extractor(Document.make(text, "test.txt")).entities}


# a part of a criminal group is a criminal group

@pytest.mark.parametrize("text, name", [
    ("Kovac led the Wolfsriders, an elite chapter of the Hells Angels founded in 1999.", "Wolfsriders"),
    ("In 2010 the Panteras Negras became the armed wing of the Gulf Cartel.", "Panteras Negras"),
    ("Prosecutors have described the Torrance Boys as a branch of the Sinaloa Cartel.", "Torrance Boys"),
    ("The Cobra Unit is a splinter faction of Los Zetas, police said.", "Cobra Unit"),
])
def test_a_part_of_a_criminal_group_is_one(extractor: Any, text: str, name: str) -> None:
    assert kinds(extractor, text).get(name) == "criminal_group"


def test_a_part_of_a_charity_stays_an_organisation(extractor: Any) -> None:
    found = kinds(extractor, "Ruiz ran the Green Pines Trust, a local branch of the Red Cross, for a decade.")
    assert found.get("Green Pines Trust") != "criminal_group"


# the whole an armed part belongs to, and a name before a word for irregular fighters

@pytest.mark.parametrize("text, name", [
    ("Both sides were using paramilitary blocs of the ACMV as muscle.", "ACMV"),
    ("The cocaine was moved by the armed wing of the FRPL, prosecutors said.", "FRPL"),
    ("The front was formed by former FRPL guerrillas who refused to disarm.", "FRPL"),
    ("The army blamed the attack on FRPL dissidents.", "FRPL"),
])
def test_the_owner_of_armed_parts_or_fighters_is_a_group(extractor: Any, text: str, name: str) -> None:
    assert kinds(extractor, text).get(name) == "criminal_group"


def test_the_owner_of_a_youth_wing_is_no_group(extractor: Any) -> None:
    found = kinds(extractor, "The youth wing of the FRPL met in Puebla on Sunday.")
    assert found.get("FRPL") != "criminal_group"


# a name that makes war on a criminal group is one

@pytest.mark.parametrize("text, name", [
    ("The Rock Jackals, the motorcycle club that has fought the Hells Angels for a decade, opened a new chapter.",
     "Rock Jackals"),
    ("In 2008 the Malverde Boys fought the Sinaloa Cartel for the border crossings.", "Malverde Boys"),
    ("Since 2019 the Iron Saints have clashed with the Gulf Cartel over the port.", "Iron Saints"),
])
def test_a_name_that_fights_a_criminal_group_is_one(extractor: Any, text: str, name: str) -> None:
    assert kinds(extractor, text).get(name) == "criminal_group"


def test_a_foundation_or_a_bare_surname_that_fights_a_cartel_keeps_its_kind(extractor: Any) -> None:
    found = kinds(extractor, "The Ortega Foundation has fought the Gulf Cartel in court since 2015.")
    assert found.get("Ortega Foundation") != "criminal_group"
    found = kinds(extractor, "Since 2019 Kapsalis has clashed with the Gulf Cartel over the port.")
    assert found.get("Kapsalis") != "criminal_group"  # a man's name, maybe


# 'the X crime family'

@pytest.mark.parametrize("text", [
    "Vinnie Caruso, a captain in the Lombardo crime family, was arrested in Queens.",
    "Investigators say the Lombardo Mafia family still runs the docks.",
])
def test_a_name_before_crime_family_is_a_group(extractor: Any, text: str) -> None:
    assert any(k == "criminal_group" for n, k in kinds(extractor, text).items() if "Lombardo" in n)


def test_a_family_without_a_criminal_word_is_no_group(extractor: Any) -> None:
    found = kinds(extractor, "Vinnie Lombardo said the Lombardo family moved to Queens in 1990.")
    assert "criminal_group" not in found.values()


# places in a list and places given as examples

def test_every_name_of_a_list_of_municipalities_is_a_place(extractor: Any) -> None:
    found = kinds(extractor, "The cartel controls the municipalities of Tejalpa, Ocotitlán, Huitzamala and Xocotlán, "
                             "where it taxes farmers.")
    assert all(found.get(n) == "place" for n in ("Tejalpa", "Ocotitlán", "Huitzamala", "Xocotlán")), found


def test_a_name_listed_with_a_known_place_after_around_is_a_place(extractor: Any) -> None:
    found = kinds(extractor, "The family built its network in the southern towns around Tequilpa and Culiacán.")
    assert found.get("Tequilpa") == "place", found


@pytest.mark.parametrize("text, places", [
    ("The mid-level bosses in towns like Cartavia, Zarzalejo, Roldán were left standing.",
     ("Cartavia", "Zarzalejo", "Roldán")),
    ("Los Rojos, based in towns along the river such as Camarena, were the first to clash.", ("Camarena",)),
    ("The gang now extorts shopkeepers in cities including Tlacotepa and Mexicali.", ("Tlacotepa", "Mexicali")),
])
def test_names_given_as_examples_of_towns_are_places(extractor: Any, text: str, places: tuple[str, ...]) -> None:
    found = kinds(extractor, text)
    assert all(found.get(n) == "place" for n in places), found


def test_names_given_as_examples_of_groups_or_people_keep_their_kinds(extractor: Any) -> None:
    found = kinds(extractor, "Groups such as Los Zetas fought bosses like Tomás Ugalde Rivas for the towns.")
    assert found.get("Los Zetas") == "criminal_group"
    assert found.get("Tomás Ugalde Rivas") == "person"


def test_a_man_named_after_a_list_of_places_stays_a_person(extractor: Any) -> None:
    found = kinds(extractor, "Soldiers arrested on Friday in Tejalpa, Morelos, Julio Arriaga Ponce, "
                             "alias \"El Tuerto\".")
    assert found.get("Julio Arriaga Ponce") == "person", found


# a place named before a settlement noun with a word between, or before a group noun after 'a'

def test_a_name_before_a_housing_estate_is_a_place(extractor: Any) -> None:
    found = kinds(extractor, "Police raided the Torre Bellavista housing estate on Monday.")
    assert found.get("Torre Bellavista") == "place", found


def test_a_name_between_a_and_a_group_noun_is_where_the_group_is_from(extractor: Any) -> None:
    found = kinds(extractor, "In 2012 the Vanella Rossi, a Secondigliano group that had once been an affiliate of "
                             "the Scissionisti, went to war with the Abete-Abbinante clan.")
    assert found.get("Secondigliano") == "place", found
    assert found.get("Vanella Rossi") == "criminal_group", found


def test_a_known_group_before_a_cell_after_a_stays_a_group(extractor: Any) -> None:
    found = kinds(extractor, "He joined a Zetas cell in 2010.")
    assert found.get("Los Zetas") == "criminal_group", found


def test_a_part_of_a_group_known_as_one_only_from_its_wars_is_one_too(extractor: Any) -> None:
    text = ("In 2004 the Grey Wolves became a probationary chapter of the Vandalos, the club founded in Ohio that has "
            "fought the Hells Angels for years.")
    found = kinds(extractor, text)
    assert found.get("Vandalos") == "criminal_group", found
    assert found.get("Grey Wolves") == "criminal_group", found
