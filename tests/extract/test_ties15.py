"""Alliances and rivalries read in session 15 (helper ties15). Each reading is checked both ways: the
reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _ties(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extractor, text) if t[1] in ("ally_of", "rival_of", "negotiated_with")}


def _pair(found: set[tuple[str, str, str]], predicate: str, a: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


# --- the same preposition said twice: 'with A and with B' -------------------------------------------------
@pytest.mark.parametrize("text, predicate", [
    ("The Red Hand gang joined forces with Los Pumas and with the Tamarind Cartel.", "ally_of"),
    ("The Red Hand gang is at war with Los Pumas and with the Tamarind Cartel.", "rival_of"),
    ("Police say the Red Hand gang has allied itself with Los Pumas and also with the Tamarind Cartel.", "ally_of"),
    ("In 2019 the Red Hand gang negotiated with Los Pumas and with the Tamarind Cartel.", "negotiated_with"),
])
def test_second_partner_after_a_repeated_preposition(extractor: Any, text: str, predicate: str) -> None:
    found = _ties(extractor, text)
    assert _pair(found, predicate, "Red Hand", "Los Pumas")
    assert _pair(found, predicate, "Red Hand", "Tamarind Cartel")


def test_repeated_preposition_on_another_word_is_no_partner(extractor: Any) -> None:
    text = "The Red Hand gang joined forces with Los Pumas, and Police spoke with the Tamarind Cartel's lawyers."
    assert not _pair(_ties(extractor, text), "ally_of", "Red Hand", "Tamarind Cartel")


# --- an alliance participle read as an adjective after a linking verb --------------------------------------
@pytest.mark.parametrize("text", [
    "Los Pumas remain aligned with the Tamarind Cartel.",
    "Investigators say Los Pumas stayed allied with the Tamarind Cartel after the split.",
    "We assess that Los Pumas, the cell led by Ramiro Tolosa, remain aligned with the Tamarind Cartel.",
    "Since the split, Los Pumas have grown closely allied with the Tamarind Cartel.",
])
def test_aligned_after_a_linking_verb(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "ally_of", "Los Pumas", "Tamarind Cartel")


def test_aligned_with_no_group_is_no_alliance(extractor: Any) -> None:
    text = "Los Pumas seemed aligned with the views of the mayor, and the Tamarind Cartel stayed united."
    assert not {t for t in _ties(extractor, text) if t[1] == "ally_of"}


# --- a group said to serve (or be described) as another's partner or ally ---------------------------------
@pytest.mark.parametrize("text", [
    "Los Pumas, a gang that had long served as the Tamarind Cartel's partner in the south, lost its leader.",
    "Los Pumas, which U.S. officials describe as the Tamarind Cartel's closest ally, was sanctioned.",
    "Prosecutors say Los Pumas acted as the Tamarind Cartel's street-level ally for a decade.",
])
def test_served_as_a_groups_partner(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "ally_of", "Los Pumas", "Tamarind Cartel")


def test_partner_owned_by_a_place_is_the_group_named_after_it(extractor: Any) -> None:
    text = ("The Cartel de Tepic moved heroin north. Los Pumas, a local crew that had long served as Tepic's "
            "partner on the coast, was dismantled in 2020.")
    assert _pair(_ties(extractor, text), "ally_of", "Los Pumas", "Cartel de Tepic")


def test_served_as_the_partner_of_no_group(extractor: Any) -> None:
    text = "Los Pumas, a gang that had long served as the mayor's partner in a road project, lost its leader."
    assert not _ties(extractor, text)


# --- 'the Sinaloa people': followers named by a place stand for the group named after it -------------------
@pytest.mark.parametrize("text, predicate", [
    ("The Cartel de Tepic ruled the coast. Investigators believed Los Pumas worked closely with the Tepic people.",
     "ally_of"),
    ("The Cartel de Tepic ruled the coast. Since 2019 Los Pumas have been at war with the Tepic men.", "rival_of"),
    ("The Cartel de Tepic ruled the coast. Los Pumas later signed a pact with the Tepic gunmen.", "ally_of"),
])
def test_followers_named_by_a_place(extractor: Any, text: str, predicate: str) -> None:
    assert _pair(_ties(extractor, text), predicate, "Los Pumas", "Cartel de Tepic")


def test_followers_of_a_place_with_no_group_named_after_it(extractor: Any) -> None:
    text = "The Cartel de Tepic ruled the coast. Los Pumas have been at war with the Oaxaca people since 2019."
    assert not _pair(_ties(extractor, text), "rival_of", "Los Pumas", "Cartel de Tepic")


# --- 'buried the hatchet': a feud ended, the standing accommodation a kept truce is -----------------------
@pytest.mark.parametrize("text", [
    'A defence lawyer argued that Los Pumas and the Red Hand gang "buried the hatchet" in 2018.',
    "Los Pumas buried the hatchet with the Red Hand gang after the funeral.",
    "The two gangs, Los Pumas and the Red Hand gang, have since buried the hatchet, police said.",
])
def test_buried_the_hatchet(extractor: Any, text: str) -> None:
    assert _pair(_ties(extractor, text), "ally_of", "Los Pumas", "Red Hand")


def test_burying_anything_else_is_no_alliance(extractor: Any) -> None:
    text = "Los Pumas buried three members of the Red Hand gang in a field outside the town."
    assert not _pair(_ties(extractor, text), "ally_of", "Los Pumas", "Red Hand")
