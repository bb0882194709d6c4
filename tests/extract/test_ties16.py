"""Alliances, rivalries and truces read in session 16 (helper ties16). Each reading is checked both ways:
the reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def _ties(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extractor, text) if t[1] in ("ally_of", "rival_of", "negotiated_with")}


def _pair(found: set[tuple[str, str, str]], predicate: str, a: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


# --- a hostile verb with a reciprocal object: 'A and B hate each other' ------------------------------------
@pytest.mark.parametrize("text", [
    "Los Tucanes and the Marlin Cartel hate each other.",
    "Los Tucanes and the Marlin Cartel, which have been killing each other's collectors ever since, met.",
    "Los Tucanes and the Marlin Cartel murdered one another's members for years.",
    "The port split into two gangs, Los Tucanes and the Marlin Cartel, who loathe each other.",
    "According to prosecutors, Los Tucanes and the Marlin Cartel have been kidnapping each other's relatives.",
])
def test_reciprocal_hostility_makes_rivals(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "rival_of", "Los Tucanes", "Marlin Cartel")


@pytest.mark.parametrize("text", [
    "Los Tucanes and the Marlin Cartel helped each other.",
    "Los Tucanes killed each of the Marlin Cartel's couriers' dogs.",
    "Los Tucanes and the Marlin Cartel killed a police officer.",
])
def test_no_rivalry_without_a_reciprocal_hostile_act(extractor: Any, text: str) -> None:
    assert not _pair(_ties(extractor, text), "rival_of", "Los Tucanes", "Marlin Cartel")


def test_the_two_groups_a_gang_split_into_are_not_the_gang(extractor: Any) -> None:
    text = ("Los Tucanes grew out of the Marlin Cartel, as did Los Marinos. In 2015 the Marlin Cartel split "
            "into the two groups, which have been killing each other's collectors ever since.")
    found = _ties(extractor, text)
    assert _pair(found, "rival_of", "Los Tucanes", "Los Marinos")
    assert not _pair(found, "rival_of", "Los Marinos", "Marlin Cartel")


# --- 'Los X work with Y': the verb the parser read as a noun ------------------------------------------------
@pytest.mark.parametrize("text", [
    "Los Tucanes work with the Marlin Cartel.",
    'The general told me that Los Tucanes "work with the Marlin Cartel" and that the cartel arms them.',
    "Los Tucanes work alongside the Marlin Cartel in the port.",
    "Los Halcones and Los Tucanes work with the Marlin Cartel.",
])
def test_plural_name_work_with_is_alliance(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "ally_of", "Los Tucanes", "Marlin Cartel")


@pytest.mark.parametrize("text", [
    "Los Tucanes' work with the Marlin Cartel's victims was praised by the church.",
    "The Los Tucanes work of the Marlin Cartel was filmed.",
])
def test_work_as_a_real_noun_is_no_alliance(extractor: Any, text: str) -> None:
    assert not _pair(_ties(extractor, text), "ally_of", "Los Tucanes", "Marlin Cartel")


# --- a truce called or declared ----------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "Los Tucanes and the Marlin Cartel called a truce in 2019.",
    "Los Tucanes and the Marlin Cartel declared a ceasefire in the port.",
    "Reports said Los Tucanes and the Marlin Cartel had called a truce last year.",
    "The Marlin Cartel declared a truce with Los Tucanes after the killings.",
])
def test_called_truce_is_talks(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "negotiated_with", "Los Tucanes", "Marlin Cartel")


def test_calling_a_truce_something_is_no_talks(extractor: Any) -> None:
    text = "The Marlin Cartel called the truce a lie told by Los Tucanes."
    assert not _pair(_ties(extractor, text), "negotiated_with", "Los Tucanes", "Marlin Cartel")


# --- a foe named by an owner's obstacle, threat or target --------------------------------------------------
@pytest.mark.parametrize("text", [
    "Los Tucanes wanted the port. Their main obstacle was the Marlin Cartel, a gang formed in the 1980s.",
    "The biggest threat to Los Tucanes is the Marlin Cartel.",
    "Police say the Marlin Cartel is now the main threat to Los Tucanes.",
    "Los Tucanes' archrival was the Marlin Cartel.",
])
def test_owned_obstacle_or_threat_is_a_rival(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "rival_of", "Los Tucanes", "Marlin Cartel")


@pytest.mark.parametrize("text", [
    "The main obstacle to the deal between Los Tucanes and the Marlin Cartel was money.",
    "Los Tucanes are a threat to public order, the Marlin Cartel said.",
    "Los Tucanes were the target of the raid, and the Marlin Cartel was not.",
])
def test_obstacle_or_threat_without_a_group_owner_is_no_rival(extractor: Any, text: str) -> None:
    assert not _pair(_ties(extractor, text), "rival_of", "Los Tucanes", "Marlin Cartel")


# --- the speaker is the person named after a title: 'The commander of P, General X, said' -------------------
@pytest.mark.parametrize("text", [
    "The commander of the Coastal Police of Puerto Sal, General Tomás Arriaga, told me that Los Tucanes worked "
    "with the Marlin Cartel.",
    "The director of the Federal Police, Tomás Arriaga, said Los Tucanes worked with the Marlin Cartel.",
])
def test_person_after_title_of_an_agency_is_the_source(extractor: Any, text: str) -> None:
    found = [s for s in said(extractor, text) if s.predicate == "ally_of"]
    assert found and all(s.sources[-1] == "Tomás Arriaga" for s in found)


def test_agency_official_without_a_name_speaks_for_the_agency(extractor: Any) -> None:
    text = "A spokesman for the Federal Police said Los Tucanes worked with the Marlin Cartel."
    found = [s for s in said(extractor, text) if s.predicate == "ally_of"]
    assert found and all("Arriaga" not in s.sources[-1] for s in found)


# --- a leader the text has named stands for his group in alliance, rivalry and talks -----------------------
@pytest.mark.parametrize("text, predicate", [
    ("Los Tucanes are led by Jorge Díaz, known as Castor, and Los Marinos are headed by Digno Palomino. Last "
     "December intermediaries announced that Castor and Digno had agreed to a truce.", "negotiated_with"),
    ("Tomás Arriaga took over Los Tucanes in 2006. Journalists say Arriaga reached an understanding with Los "
     "Marinos in 2010.", "ally_of"),
    ("Tomás Arriaga leads Los Tucanes. Posts said Arriaga had sealed a pact with Los Marinos.", "ally_of"),
    ("Tomás Arriaga, the leader of Los Tucanes, went to war with Los Marinos in 2012.", "rival_of"),
])
def test_leader_stands_for_his_group(extractor: Any, text: str, predicate: str) -> None:
    assert _pair(_ties(extractor, text), predicate, "Los Tucanes", "Los Marinos")


@pytest.mark.parametrize("text", [
    "Tomás Arriaga was arrested in 2023. Arriaga reached an understanding with Los Marinos.",
    "Arriaga reached an understanding with Los Marinos. Tomás Arriaga later took over Los Tucanes.",
    "Tomás Arriaga leads Los Tucanes. Arriaga, who once allied with Los Marinos as a young man, now farms limes.",
    "Tomás Arriaga leads Los Tucanes. In 2002 Arriaga put together a unit of gunmen to ally with Los Marinos.",
    "Tomás Arriaga led Los Tucanes until 2010. That year Arriaga joined Los Marinos.",
])
def test_person_with_no_group_told_before_stands_for_none(extractor: Any, text: str) -> None:
    assert not _pair(_ties(extractor, text), "ally_of", "Los Tucanes", "Los Marinos")


# --- good relations kept, enjoyed or cultivated; not strained ones ----------------------------------------
@pytest.mark.parametrize("text", [
    "Los Tucanes kept good relations with the Marlin Cartel.",
    "The Marlin Cartel enjoys close relations with Los Tucanes.",
    "Los Tucanes cultivated ties with the Marlin Cartel in the 1990s.",
])
def test_kept_relations_are_alliance(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "ally_of", "Los Tucanes", "Marlin Cartel")


@pytest.mark.parametrize("text", [
    "Relations between Los Tucanes and the Marlin Cartel have been tense since 2009.",
    "Los Tucanes have a strained relationship with the Marlin Cartel.",
    "Los Tucanes kept their distance from the Marlin Cartel.",
])
def test_strained_relations_are_no_alliance(extractor: Any, text: str) -> None:
    assert not _pair(_ties(extractor, text), "ally_of", "Los Tucanes", "Marlin Cartel")


def test_partners_after_with_are_not_each_others(extractor: Any) -> None:
    text = ("The family is said to have kept good relations with Los Tucanes, who controlled the port, and with "
            "the Marlin Cartel, its in-laws.")
    assert not _pair(_ties(extractor, text), "ally_of", "Los Tucanes", "Marlin Cartel")


def test_a_kept_truce_is_alliance_not_talks(extractor: Any) -> None:
    found = _ties(extractor, "For two decades Los Tucanes and the Marlin Cartel kept a working truce.")
    assert _pair(found, "ally_of", "Los Tucanes", "Marlin Cartel")
    assert not _pair(found, "negotiated_with", "Los Tucanes", "Marlin Cartel")
