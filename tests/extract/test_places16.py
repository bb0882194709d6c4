"""Where a group operates, told in the ways the presence rules missed: a place given by a part of 'the city'
(the city the text is about); the dominant actor; 'there are G cells in P'; a post heading a group somewhere;
'P is where G ...'; 'X is the remnant (cell) of G in P' (X's place). Sentences written for this test, with
invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def places(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "operates_in"
            and s.polarity == "positive"}


@pytest.mark.parametrize("text, group, place", [
    ("Cartagena has been contested for years. In Cartagena, police say the Los Halcones gang is said to "
     "control the north of the city.", "Los Halcones", "Cartagena"),
    ("In Cúcuta the gangs split after 2020, and Cúcuta's murder rate doubled. The gang known as Los Tordos "
     "now runs the eastern part of the city, officials said.", "Los Tordos", "Cúcuta"),
    ("SANTA MARTA - Prosecutors in Santa Marta say the Banda del Muelle has held the centre of the city since "
     "2019.",
     "Banda del Muelle", "Santa Marta"),
    ("Residents of Barranquilla were asked who controls Barranquilla's streets. Los Sables dominate the "
     "south-west of the city and parts of neighbouring Soledad, one said.", "Los Sables", "Barranquilla"),
])
def test_a_part_of_the_city_is_the_city_the_text_is_about(extractor: Any, text: str, group: str,
                                                           place: str) -> None:
    assert (group, place) in places(extractor, text)


def test_a_place_after_a_conjunct_is_the_conjuncts(extractor: Any) -> None:
    text = ("Residents of Barranquilla were asked who controls Barranquilla's streets. Los Sables dominate the "
            "south-west of the city and parts of neighbouring Soledad, one said.")
    assert ("Los Sables", "Soledad") in places(extractor, text)


@pytest.mark.parametrize("text", [
    "Los Gatos dominate the south of the city, the report said.",
    "Police in Cartagena said Los Halcones control the north of the city of Cúcuta.",
    "Los Zetas emerged in Cartagena. Los Halcones dominate the north of the city.",
])
def test_the_city_named_once_or_with_its_name_is_not_read_back(extractor: Any, text: str) -> None:
    assert not {p for g, p in places(extractor, text) if g != "Los Zetas" and p in ("Cartagena", "Barranquilla")}


@pytest.mark.parametrize("text, group, place", [
    ("Analysts say the Sinaloa Cartel is likely the strongest criminal actor in the fuel belt of central Tabasco.",
     "Sinaloa Cartel", "Tabasco"),
    ("In Colima the dominant armed actor is the CJNG, the report says.", "Jalisco New Generation Cartel", "Colima"),
])
def test_the_dominant_actor_in_a_place(extractor: Any, text: str, group: str, place: str) -> None:
    assert (group, place) in places(extractor, text)


@pytest.mark.parametrize("text, group, place", [
    ("In southern Chiapas, around Tapachula, there are MS-13 cliques that extort migrants.", "MS-13", "Tapachula"),
    ("There are now Sinaloa Cartel cells across Sonora, the report says.", "Sinaloa Cartel", "Sonora"),
    ("In Tabasco there are several CJNG cells, according to the navy.", "Jalisco New Generation Cartel", "Tabasco"),
])
def test_there_are_a_groups_cells_in_a_place(extractor: Any, text: str, group: str, place: str) -> None:
    assert (group, place) in places(extractor, text)


def test_there_are_no_cells_is_denied(extractor: Any) -> None:
    found = [s for s in said(extractor, "There are no Gulf Cartel cells in Campeche, the governor said.")
             if s.predicate == "operates_in" and s.object == "Campeche"]
    assert found and all(s.polarity == "negative" for s in found)


@pytest.mark.parametrize("text, group, place", [
    ("He was the regional boss of the Beltrán Leyva Organization in Nayarit.", "Beltrán-Leyva Organization",
     "Nayarit"),
    ("Police described him as the plaza chief of the Gulf Cartel in Reynosa.", "Gulf Cartel", "Reynosa"),
    ("Juan Pérez, the Sinaloa Cartel's top boss in Tijuana, was detained on Monday.", "Sinaloa Cartel",
     "Tijuana"),
    ("María López is the Los Zetas commander in Coahuila, prosecutors say.", "Los Zetas", "Coahuila"),
])
def test_a_post_in_a_group_somewhere_places_the_group(extractor: Any, text: str, group: str, place: str) -> None:
    assert (group, place) in places(extractor, text)


@pytest.mark.parametrize("text, place", [
    ("Soldiers arrested the leader of the Gulf Cartel in Monterrey on Friday.", "Monterrey"),
    ("The leader of Los Zetas was killed in Coahuila.", "Coahuila"),
])
def test_where_a_leader_was_caught_is_no_post(extractor: Any, text: str, place: str) -> None:
    assert not [s for s in said(extractor, text) if s.rule == "operates_in.posted_in.v1"]


def test_a_place_set_off_by_a_comma_is_no_post(extractor: Any) -> None:
    text = ("Police arrested Luis Mora, described by the authorities as a senior Gulf Cartel chief, in Monterrey "
            "on Friday.")
    assert not [s for s in said(extractor, text) if s.rule == "operates_in.posted_in.v1"]


@pytest.mark.parametrize("text, group, place", [
    ("Monterrey is where Los Zetas and their rivals remain active, according to police.", "Los Zetas", "Monterrey"),
    ("Tijuana is where the Sinaloa Cartel is strongest.", "Sinaloa Cartel", "Tijuana"),
    ("Culiacán, where Los Chapitos remain dominant, was quiet on Sunday.", "Los Chapitos", "Culiacán"),
])
def test_the_place_a_where_clause_tells_of(extractor: Any, text: str, group: str, place: str) -> None:
    assert (group, place) in places(extractor, text)


@pytest.mark.parametrize("text, group, place", [
    ("The Cartel del Pacífico Sur is regarded by security officials as the remnant of the Beltrán Leyva "
     "organization in Morelos and Guerrero.", "Cártel del Pacífico Sur", "Morelos"),
    ("La Empresa was the Gulf Cartel's cell in Matamoros.", "La Empresa", "Matamoros"),
])
def test_a_part_described_by_its_place_is_there(extractor: Any, text: str, group: str, place: str) -> None:
    assert (group, place) in places(extractor, text)


def test_a_cell_of_a_group_named_in_a_place_is_the_groups(extractor: Any) -> None:
    assert ("Jalisco New Generation Cartel", "Colima") in places(extractor, "The cell of the CJNG in Colima was "
                                                                             "dismantled.")
