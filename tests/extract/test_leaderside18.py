"""A group's ties told through its leader: a person the text makes the leader of one group, named as the other
side of an alliance, rivalry or talks ('G broke with X', 'G met envoys of X', 'G struck a deal with X'), stands
for the group he leads; a person who leads none or two, or someone else of his ('X's lawyer'), gives nothing.
Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model

LEADERS = ("Rafael Montoya Ruiz leads the Tierra Caliente Cartel. Víctor Salas Pérez heads Los Zorros. "
           "The Costa Cartel is based in Colima. ")


def _tied(found: set[tuple[str, str, str]], one: str, predicate: str, other: str) -> bool:
    """The symmetric tie in either order."""
    return (one, predicate, other) in found or (other, predicate, one) in found


# --- a leader named as the other side ---------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "pair"), [
    ("The Costa Cartel broke with Montoya Ruiz in 2012.", "rival_of", ("Costa Cartel", "Tierra Caliente Cartel")),
    ("In 2014 the Costa Cartel met envoys of Montoya Ruiz to discuss a truce.", "negotiated_with",
     ("Costa Cartel", "Tierra Caliente Cartel")),
    ("Police say the Costa Cartel struck a deal with Salas Pérez over the port.", "ally_of",
     ("Costa Cartel", "Los Zorros")),
    ("For years the Costa Cartel has fought Montoya Ruiz and Salas Pérez for the highway.", "rival_of",
     ("Costa Cartel", "Los Zorros")),
    ("BULLETIN - Costa Cartel reportedly allied itself with Salas Pérez, sources say.", "ally_of",
     ("Costa Cartel", "Los Zorros")),
    ("The Costa Cartel was holding talks with representatives of Salas Pérez, the prosecutor told the court.",
     "negotiated_with", ("Costa Cartel", "Los Zorros")),
])
def test_a_leader_as_the_other_side(extractor: Any, text: str, predicate: str, pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, LEADERS + text), pair[0], predicate, pair[1])


@pytest.mark.parametrize(("text", "pair"), [
    ("The Costa Cartel met the lawyer of Montoya Ruiz in 2014.", ("Costa Cartel", "Tierra Caliente Cartel")),
    ("The Costa Cartel struck a deal with Montoya Ruiz's brother.", ("Costa Cartel", "Tierra Caliente Cartel")),
    ("The Costa Cartel broke with Julio Benítez in 2012.", ("Costa Cartel", "Tierra Caliente Cartel")),
])
def test_no_group_from_another_person(extractor: Any, text: str, pair: tuple[str, str]) -> None:
    found = triples(extractor, LEADERS + text)
    assert not any(_tied(found, pair[0], p, pair[1]) for p in ("ally_of", "rival_of", "negotiated_with"))


def test_a_leader_of_two_groups_gives_none(extractor: Any) -> None:
    text = ("Rafael Montoya Ruiz leads the Tierra Caliente Cartel and Los Zorros. "
            "The Costa Cartel is based in Colima. The Costa Cartel broke with Montoya Ruiz in 2012.")
    found = triples(extractor, text)
    assert not _tied(found, "Costa Cartel", "rival_of", "Tierra Caliente Cartel")
    assert not _tied(found, "Costa Cartel", "rival_of", "Los Zorros")


# --- a family named in the plural -------------------------------------------------------------------------------

FAMILY = ("The Costa Cartel is led by the brothers Julio Ochoa Ramos and Pedro Ochoa Ramos. "
          "The Norte Cartel is based in Sonora. ")


@pytest.mark.parametrize(("text", "predicate"), [
    ("Police say the Ochoas may now seek an understanding with the Norte Cartel.", "ally_of"),
    ("Witnesses said the Ochoas' people in Culiacán were allied with the Norte Cartel.", "ally_of"),
    ("In 2019 the Ochoas went to war with the Norte Cartel.", "rival_of"),
    ("The Norte Cartel has been fighting the Ochoas since 2015.", "rival_of"),
    ("In 2016 the Ochoas sealed a pact with the Norte Cartel, police sources say.", "ally_of"),
])
def test_a_family_in_the_plural_stands_for_the_group_it_leads(extractor: Any, text: str, predicate: str) -> None:
    assert _tied(triples(extractor, FAMILY + text), "Costa Cartel", predicate, "Norte Cartel")


def test_a_family_joining_a_group_is_no_alliance(extractor: Any) -> None:
    found = triples(extractor, FAMILY + "The Ochoas joined the Norte Cartel in 2010.")
    assert not _tied(found, "Costa Cartel", "ally_of", "Norte Cartel")


@pytest.mark.parametrize("text", [
    ("The Costa Cartel is led by Julio Ochoa Ramos. Pedro Ochoa Ramos heads Los Zorros. "
     "The Norte Cartel is based in Sonora. In 2019 the Ochoas went to war with the Norte Cartel."),
    ("The Costa Cartel is based in Colima. The Norte Cartel is based in Sonora. "
     "In 2019 the Ochoas went to war with the Norte Cartel."),
])
def test_a_family_of_two_groups_or_of_none_gives_nothing(extractor: Any, text: str) -> None:
    found = triples(extractor, text)
    assert not _tied(found, "Costa Cartel", "rival_of", "Norte Cartel")
    assert not _tied(found, "Los Zorros", "rival_of", "Norte Cartel")


# --- a group's leadership as the other side ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "predicate", "pair"), [
    ("Montoya Ruiz maintains strategic alliances with the leadership of both the Costa Cartel and Los Zorros.",
     "ally_of", ("Tierra Caliente Cartel", "Los Zorros")),
    ("The Costa Cartel has a pact with the leadership of Los Zorros, officials say.", "ally_of",
     ("Costa Cartel", "Los Zorros")),
    ("The Costa Cartel met the leadership of Los Zorros in 2015.", "negotiated_with", ("Costa Cartel", "Los Zorros")),
])
def test_a_groups_leadership_as_the_other_side(extractor: Any, text: str, predicate: str,
                                               pair: tuple[str, str]) -> None:
    assert _tied(triples(extractor, LEADERS + text), pair[0], predicate, pair[1])


def test_a_place_of_the_leadership_is_no_partner(extractor: Any) -> None:
    text = LEADERS + "The Costa Cartel met with Los Zorros in the town where the leadership of the party lives."
    found = triples(extractor, text)
    assert not any(p == "negotiated_with" and "party" in o for _, p, o in found)


# --- one of a group's people named by the group, as the other side ----------------------------------------------

GROUPS = "The Costa Cartel is based in Colima. The Norte Cartel is based in Sonora. "


@pytest.mark.parametrize(("text", "predicate"), [
    ("Prosecutors said the Costa Cartel had cut a deal with a Norte Cartel capo to split the take at two clubs.",
     "ally_of"),
    ("In 2014 the Costa Cartel met a Norte Cartel envoy in a hotel.", "negotiated_with"),
    ("The Costa Cartel held talks with a Norte Cartel representative, the report says.", "negotiated_with"),
])
def test_a_groups_envoy_or_capo_as_the_other_side(extractor: Any, text: str, predicate: str) -> None:
    assert _tied(triples(extractor, GROUPS + text), "Costa Cartel", predicate, "Norte Cartel")


@pytest.mark.parametrize("text", [
    "The Costa Cartel struck a deal with a Colima businessman.",
    "The Costa Cartel fought the Sonora police chief.",
])
def test_a_place_before_the_person_is_no_group(extractor: Any, text: str) -> None:
    found = triples(extractor, GROUPS + text)
    assert not any(p in ("ally_of", "rival_of", "negotiated_with") for _, p, _ in found)
