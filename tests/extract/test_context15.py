"""Facts whose other end is told in another sentence (session 15). Each reading is checked both ways: the
reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _pairs(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text, "2025-11-10") if s.predicate == predicate}


# --- the sides of a split named after it --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Valdivia Cartel split in 2019. The faction loyal to Ramiro Vela, known as Los Halcones, kept the port.",
    "The Valdivia Cartel lost its founder in May, and the arrest tore the cartel apart. Los Halcones, the "
    "faction that stayed loyal to his widow, kept the port.",
    "The Valdivia Cartel has since splintered, and the faction known as Los Halcones is now the strongest heir to "
    "the brand.",
    "The Valdivia Cartel is far from united. A police report lists three rival factions: Los Halcones, based in "
    "Tuxpan; Los Buitres, who control the port; and Los Pumas.",
    "The Valdivia Cartel fractured after 2015. Ramiro Vela's loyalists, known as Los Halcones, took the port.",
    "The Valdivia Cartel ran the port for a decade. After the killing of its leader the organisation divided. The "
    "faction loyal to the family became Los Halcones, while others left.",
])
def test_a_faction_named_after_a_split_belongs_to_the_group_that_split(extractor: Any, text: str) -> None:
    assert ("Los Halcones", "Valdivia Cartel") in _pairs(extractor, text, "faction_of")


@pytest.mark.parametrize("text", [
    "The Valdivia Cartel controls the port. The faction known as Los Halcones operates in the hills.",
    "Los Buitres split from the Valdivia Cartel in 2019. The faction known as Los Halcones operates in the hills.",
    "The Valdivia Cartel and the Norte Cartel both split in 2019. The faction known as Los Halcones took the port.",
    "The Valdivia Cartel split in 2019. Prices rose. Exports fell. The faction known as Los Halcones took the port.",
    "The Valdivia Cartel split in 2019. The Norte Cartel's armed wing, known as Los Halcones, took the port.",
])
def test_no_split_or_another_owner_makes_no_side(extractor: Any, text: str) -> None:
    assert ("Los Halcones", "Valdivia Cartel") not in _pairs(extractor, text, "faction_of")


def test_breaking_into_a_place_is_no_split(extractor: Any) -> None:
    text = ("The Valdivia Cartel broke into the Tuxpan market in 2019. The faction known as Los Halcones took "
            "the port.")
    assert ("Los Halcones", "Valdivia Cartel") not in _pairs(extractor, text, "faction_of")


def test_breaking_into_open_war_is_a_split(extractor: Any) -> None:
    text = "Around 2004 the Valdivia Cartel broke into open war. Don Ramiro has his armed wing, Los Halcones."
    assert ("Los Halcones", "Valdivia Cartel") in _pairs(extractor, text, "faction_of")


# --- 'here', 'this town' and 'the city' as the place of the dateline or of the sentence before -------------
def _places(extractor: Any, text: str, predicate: str) -> set[str]:
    return {p for s in said(extractor, text, "2024-03-04") if s.predicate == predicate for p in s.places}


@pytest.mark.parametrize("text", [
    "TAMPICO, Tamaulipas, March 3, 2024 (Gulf Wire) - Prosecutors said on Monday that a cartel boss was "
    "arrested.\n\nRamiro Vela Soto was detained by state police here on Sunday.",
    "TAMPICO, Tamaulipas, Sunday, March 3, 2024\n\nPolice said a cartel boss had been caught.\n\n"
    "Ramiro Vela Soto was arrested in this town on Saturday night.",
    "TAMPICO, March 3, 2024 - Prosecutors said a cartel boss had been caught.\n\n"
    "Ramiro Vela Soto was arrested by marines in the city on Saturday.",
])
def test_here_and_this_town_are_the_datelines_city(extractor: Any, text: str) -> None:
    assert "Tampico" in _places(extractor, text, "arrested")


@pytest.mark.parametrize("text", [
    "Gunmen attacked a bar in Tampico on Friday. Lucio Vela Soto was shot dead here in May 2019.",
    "The court sits in Tampico. Federal prosecutors charged Lucio Vela Soto in an indictment unsealed here in "
    "2021.",
])
def test_here_is_the_place_named_just_before(extractor: Any, text: str) -> None:
    predicate = "killed" if "shot" in text else "charged"
    assert "Tampico" in _places(extractor, text, predicate)


def test_here_with_two_places_before_and_no_dateline_is_no_place(extractor: Any) -> None:
    text = ("Gunmen moved from Tampico to Altamira on Friday. Lucio Vela Soto was shot dead here in May 2019.")
    assert _places(extractor, text, "killed") == set()


def test_a_date_line_is_no_dateline(extractor: Any) -> None:
    text = "FRIDAY, 15 NOVEMBER 2024\n\nPolice said Ramiro Vela Soto was arrested here on Thursday."
    assert _places(extractor, text, "arrested") == set()


@pytest.mark.parametrize("text", [
    "TAMPICO, Tamaulipas, March 3, 2024 (Gulf Wire) - Prosecutors said a cartel boss was arrested.\n\n"
    "The Valdivia Cartel is still active here, a shopkeeper said.",
    "TAMPICO, March 3, 2024 - Police said a cartel boss was arrested.\n\n"
    "The Valdivia Cartel also has a presence here, police said.",
    "Residents of Tampico say the killings have not stopped. The Valdivia Cartel operates here openly.",
])
def test_a_group_present_here_operates_in_that_place(extractor: Any, text: str) -> None:
    assert ("Valdivia Cartel", "Tampico") in _pairs(extractor, text, "operates_in")


def test_a_group_present_here_with_no_place_to_point_to_operates_nowhere(extractor: Any) -> None:
    text = "Police said a cartel boss was arrested. The Valdivia Cartel is still active here, a shopkeeper said."
    assert not _pairs(extractor, text, "operates_in")


# --- a bare role of the one group in hand ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "predicate"), [
    ("Los Tordos ran the drug trade in the hills above Tuxpan for a decade. The boss was Ramiro Vela Soto.",
     "leader_of"),
    ("Los Tordos ran the drug trade in the hills for a decade. Prosecutors say Ramiro Vela Soto was the real "
     "leader.", "leader_of"),
    ("Los Tordos grew out of a prison gang in the 1990s. Ramiro Vela Soto is usually described as the founder.",
     "founder_of"),
    ("Los Tordos grew out of a prison gang. It spread to the coast. Police regard Ramiro Vela Soto as the "
     "founder.", "founder_of"),
])
def test_a_bare_role_is_of_the_group_in_hand(extractor: Any, text: str, predicate: str) -> None:
    assert ("Ramiro Vela Soto", "Los Tordos") in _pairs(extractor, text, predicate)


@pytest.mark.parametrize("text", [
    "Los Tordos and Los Buitres fought for years. The leader was Ramiro Vela Soto.",
    "Los Tordos were weakened by arrests. Police were busy. Prices rose. The boss was Ramiro Vela Soto.",
    "Los Tordos sold fuel to a transport firm. The firm's boss was Ramiro Vela Soto.",
    "Los Tordos ran the trade for a decade. The plaza boss was Ramiro Vela Soto.",
])
def test_no_single_group_in_hand_or_a_role_of_its_own_makes_no_claim(extractor: Any, text: str) -> None:
    assert ("Ramiro Vela Soto", "Los Tordos") not in _pairs(extractor, text, "leader_of")


# --- a list a source describes after a colon is the source's word ------------------------------------------
def _sources(extractor: Any, text: str, predicate: str) -> set[tuple[str, ...]]:
    return {tuple(s.sources) for s in said(extractor, text, "2025-11-10") if s.predicate == predicate}


@pytest.mark.parametrize("text", [
    "The Valdivia Cartel is far from united. The same report describes three rival factions: Los Tordos, who "
    "control Tuxpan; Los Buitres, based in Tampico; and Los Pumas.",
    "The Valdivia Cartel split in 2019. The indictment identifies two factions: Los Tordos and Los Buitres.",
    "The Valdivia Cartel has since fractured. Prosecutors describe two factions: Los Tordos and Los Buitres.",
])
def test_a_list_after_a_describing_verb_is_the_describers(extractor: Any, text: str) -> None:
    sources = _sources(extractor, text, "faction_of")
    assert sources and all(len(s) > 1 for s in sources)


def test_a_list_with_no_describer_is_the_articles(extractor: Any) -> None:
    text = "The Valdivia Cartel split in 2019 into two rival factions: Los Tordos and Los Buitres."
    assert _sources(extractor, text, "faction_of") == {("article",)}
