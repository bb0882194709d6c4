"""References as the ends of a fallback claim (rules/paths.py standing_ends) and 'one of the factions
of G' (rules/groups.py): wordings where the relation is plain but an end is a pronoun, a definite
description or the word 'one'. Paragraphs written for this test, with invented gangs and people."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> set[tuple[str, str, str, str]]:
    """(subject, predicate, object, certainty) of every positive claim."""
    return {(s.subject, s.predicate, s.object, s.certainty) for s in said(extractor, text) if s.polarity == "positive"}


def test_it_as_the_subject_of_a_breakaway(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones del Valle is a gang based in the state of Nayarit. "
                              "It emerged in 2019 as a breakaway from Los Pumas.")
    assert ("Los Halcones del Valle", "faction_of", "Los Pumas", "certain") in found


def test_he_and_the_groups_chief(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas control the port of Tepic. Rigoberto Salas Mora was reported dead in "
                              "2018. He is believed to have remained the group's chief.")
    assert ("Rigoberto Salas Mora", "leader_of", "Los Pumas", "probable") in found


def test_they_as_the_subject_of_an_alliance(extractor: Any) -> None:
    found = claims(extractor, "Los Jaguares grew out of a prison gang in Colima. "
                              "They later became a cell of Los Pumas.")
    assert ("Los Jaguares", "faction_of", "Los Pumas", "certain") in found


def test_a_possessive_pronoun_is_left_to_the_kin_rules(extractor: Any) -> None:
    found = claims(extractor, "Rigoberto Salas Mora ran Los Pumas for a decade. "
                              "His brother Ernesto Salas Mora was arrested in Tepic in 2021.")
    assert not any(c[1] in ("child_of", "relative_of", "spouse_of") for c in found)
    assert not any(c[1] == "sibling_of" and "Rigoberto Salas Mora" not in (c[0], c[2]) for c in found)


def test_a_pronoun_inside_a_quotation_stays_silent(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas are the oldest gang in Tepic. \"Call it a gang or a club, it "
                              "moved a lot of cocaine,\" a former prosecutor said.")
    assert not any(c[1] == "traffics" for c in found)


def test_a_pronoun_that_means_no_group_stays_silent(extractor: Any) -> None:
    found = claims(extractor, "Police found two bodies near Tepic on Monday. It was the third such discovery "
                              "this month, and officials blamed a feud between Los Pumas and Los Jaguares.")
    assert not any(c[1] == "faction_of" for c in found)


@pytest.mark.parametrize("text", [
    "Los Gatos, one of the cells of Los Pumas, operate in Tepic.",
    "Los Gatos are one of the most feared factions of Los Pumas.",
    "One of Los Pumas' most powerful factions, known as Los Gatos, is led by Rigoberto Salas Mora.",
])
def test_one_of_the_factions_of_a_group(extractor: Any, text: str) -> None:
    assert ("Los Gatos", "faction_of", "Los Pumas", "certain") in claims(extractor, text)


def test_one_of_its_factions_known_as(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas are the largest gang in Nayarit. One of its factions, known as "
                              "Los Gatos, runs the port.")
    assert ("Los Gatos", "faction_of", "Los Pumas", "certain") in found


def test_one_of_the_leaders_is_no_faction(extractor: Any) -> None:
    found = claims(extractor, "Rigoberto Salas Mora is one of the leaders of Los Pumas, one of the gangs of Tepic.")
    assert not any(c[1] == "faction_of" for c in found)


def test_it_after_a_conjoined_verb_is_not_that_verbs_own_subject(extractor: Any) -> None:
    # Principle B: the object 'it' of 'have fought', which shares 'split''s subject, is another group
    found = triples(extractor, "Los Pumas split from the Tejones Cartel in 2012 and have fought it ever since.")
    assert ("Los Pumas", "rival_of", "Tejones Cartel") in found
    found = triples(extractor, "The Tejones Cartel lost Manzanillo in 2012. Los Pumas took the port and have "
                               "held it since.")
    assert not any(p == "rival_of" for _, p, _ in found)
