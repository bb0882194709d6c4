"""Group-to-group ties told in shapes the rules missed (session 17). Sentences written for these tests,
invented names.

- A past participle's 'as' phrase describes the noun the participle hangs on: 'X, founded as the armed wing of
  G' and 'X, described by prosecutors as the closest partner of G' (rules/groups.py, rules/ties.py through
  modality.participle_bearer); a participle on a thing ('a ranch, used as a base of G') names no group.
- A bare place name as the other party of a tie ('an understanding with Sinaloa', 'between A and Sinaloa',
  'A has fought Sinaloa') stands for the group the text names after it (phrases.place_as_party); elsewhere
  ('moved to Sinaloa', 'a gang from Sinaloa'), or with no group so named, it stays a place; so does a place
  before a noun of support or leadership ('Sinaloa backing', 'the Sinaloa leadership').
- A receiving verb with a noun of support takes its giver from the noun too: 'X enjoys the backing of G',
  'X receives G's support' (ties._backing_givers); support from people who are no group makes no ally.
- 'those two clubs' (bikers), 'the posse', 'the confraternity': plural group nouns that point back to the pair
  named before (phrases.PLURAL_GROUPS); 'a soccer club' names none.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Los Bravos, founded as the armed enforcement wing of the Norte Cartel, broke with their employers in 2010.",
    "Los Bravos, described by officials as a cell of the Norte Cartel, control the port.",
    "Los Bravos, created in 1999 as the armed wing of the Norte Cartel, now work alone.",
    "The Bravo Cartel, formed as an enforcement arm of the Norte Cartel, later turned on it.",
])
def test_a_participle_as_a_wing_makes_a_faction(extractor: Any, text: str) -> None:
    bravo = "Bravo Cartel" if "Bravo Cartel" in text else "Los Bravos"
    assert (bravo, "faction_of", "Norte Cartel") in triples(extractor, text)


def test_a_participle_as_a_partner_makes_allies(extractor: Any) -> None:
    text = "Los Pumas, described by prosecutors as the closest partner of the Norte Cartel, run the ranches."
    assert ("Los Pumas", "ally_of", "Norte Cartel") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Police found a ranch, used as a base of the Norte Cartel, near the port of Los Pumas.",
    "Los Pumas attacked a warehouse, described by police as a cell of the Norte Cartel.",
])
def test_a_participle_on_a_thing_names_no_faction(extractor: Any, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of"}


SINALOA = "The Sinaloa Cartel moved into the city in 2008. "


@pytest.mark.parametrize(("text", "predicate"), [
    ("Los Bravos reached an understanding with Sinaloa in 2010.", "ally_of"),
    ("Open war between Los Bravos and Sinaloa erupted in 2009.", "rival_of"),
    ("Los Bravos have fought Sinaloa ever since.", "rival_of"),
    ("Police say Los Bravos sealed a pact with Sinaloa last spring.", "ally_of"),
])
def test_a_place_as_the_other_party_is_the_group_named_after_it(extractor: Any, text: str,
                                                                predicate: str) -> None:
    assert ("Los Bravos", predicate, "Sinaloa Cartel") in triples(extractor, SINALOA + text)


@pytest.mark.parametrize("text", [
    SINALOA + "Los Bravos moved to Sinaloa in 2010 and signed a pact with the Norte Cartel there.",
    SINALOA + "Los Bravos, a gang from Sinaloa, sided with the Norte Cartel.",
    SINALOA + "Los Bravos expanded from Sinaloa into Sonora, where they fought the Norte Cartel.",
])
def test_a_place_elsewhere_stays_a_place(extractor: Any, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[0] == "Los Bravos" and t[2] == "Sinaloa Cartel"}


def test_a_place_no_group_is_named_after_stays_a_place(extractor: Any) -> None:
    text = "The Norte Cartel attacked Durango in 2010. Los Bravos signed a truce with Durango."
    assert not {t for t in triples(extractor, text) if t[1] in ("ally_of", "negotiated_with") and t[0] == "Los Bravos"}


@pytest.mark.parametrize("text", [
    "Los Bravos enjoys the backing of the Norte Cartel.",
    "Los Bravos, police say, receives the Norte Cartel's support.",
    "Analysts believe Los Bravos has enjoyed the protection of the Norte Cartel since 2015.",
])
def test_enjoying_a_groups_backing_makes_allies(extractor: Any, text: str) -> None:
    assert ("Los Bravos", "ally_of", "Norte Cartel") in triples(extractor, text)


def test_enjoying_the_backing_of_a_place_named_group(extractor: Any) -> None:
    text = SINALOA + "We assess that Los Bravos probably still enjoys Sinaloa backing."
    assert ("Los Bravos", "ally_of", "Sinaloa Cartel") in triples(extractor, text)


def test_answering_to_a_place_named_leadership(extractor: Any) -> None:
    text = SINALOA + "Los Bravos still answers, at least nominally, to the Sinaloa leadership."
    assert ("Los Bravos", "faction_of", "Sinaloa Cartel") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    SINALOA + "Los Bravos enjoys the support of residents in Sinaloa.",
    SINALOA + "Los Bravos enjoys Sinaloa weather and Sinaloa money.",
])
def test_support_of_no_group_makes_no_ally(extractor: Any, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == "ally_of"}


GANGS = "Reporters asked whether the Grim Riders gang and the Iron Saints gang had called a truce. "


@pytest.mark.parametrize(("text", "predicate"), [
    ('The officer said: "I would be cautious. The rivalry between those two clubs goes back decades."', "rival_of"),
    ("By the end of the year the two clubs were allies.", "ally_of"),
])
def test_the_two_clubs_are_the_pair_named_before(extractor: Any, text: str, predicate: str) -> None:
    assert ("Grim Riders", predicate, "Iron Saints") in triples(extractor, GANGS + text)


def test_a_soccer_club_is_no_pair(extractor: Any) -> None:
    text = "The Grim Riders gang and the Iron Saints gang sponsor local teams. Police seized guns at a soccer club."
    assert not {t for t in triples(extractor, text) if t[1] in ("ally_of", "rival_of")}
