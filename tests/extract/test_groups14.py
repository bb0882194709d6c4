"""Relations between groups that were not read (session 14): sides a plural noun lists as at odds with
each other ("split into two warring camps: A and B").
Sentences written for this test; the names are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def relations(extractor: Any, text: str) -> set[tuple[str, str, str]]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    return {(names[c.subject_id], c.predicate, names.get(c.object_id or "", "")) for c in result.claims
            if c.polarity.value == "positive"}


def rivals(found: set[tuple[str, str, str]], a: str, b: str) -> bool:
    return (a, "rival_of", b) in found or (b, "rival_of", a) in found


# warring sides listed after a plural noun

def test_warring_camps_after_a_colon_are_rivals_and_parts_of_the_group_split(extractor: Any) -> None:
    text = ("The Cartel de Valdivia split into two warring camps: Los Garzas, loyal to the Ortega family, "
            "and Los Cuervos, led by Ramiro Tovar Lucero.")
    found = relations(extractor, text)
    assert rivals(found, "Los Garzas", "Los Cuervos")
    assert ("Los Cuervos", "faction_of", "Cartel de Valdivia") in found
    assert ("Los Garzas", "faction_of", "Cartel de Valdivia") in found


def test_rival_factions_of_one_group_are_rivals_of_each_other(extractor: Any) -> None:
    text = "The Cartel de Valdivia now has three rival factions: Los Garzas, Los Cuervos and Los Halcones."
    found = relations(extractor, text)
    assert rivals(found, "Los Garzas", "Los Cuervos")
    assert rivals(found, "Los Cuervos", "Los Halcones")


def test_two_rival_gangs_are_not_said_to_fight_each_other(extractor: Any) -> None:
    text = "Two rival gangs, Los Garzas and Los Cuervos, now operate in Puerto Lindo."
    assert not rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_a_list_of_allied_factions_makes_no_rivals(extractor: Any) -> None:
    text = "The Cartel de Valdivia has two allied factions: Los Garzas and Los Cuervos."
    assert not rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


# a possessive in a verb's object speaks of the verb's subject first

def test_their_former_bosses_are_the_group_the_subject_was_a_wing_of(extractor: Any) -> None:
    text = ("Los Garzas were formed in 2001 as the armed wing of the Cartel de Valdivia and turned on "
            "their former bosses in 2012.")
    assert rivals(relations(extractor, text), "Los Garzas", "Cartel de Valdivia")


def test_their_former_bosses_name_no_group_when_none_was_told(extractor: Any) -> None:
    text = ("Los Garzas were formed in 2001 in Puerto Lindo near the Cartel de Valdivia's routes and turned on "
            "their former bosses in 2012.")
    assert not rivals(relations(extractor, text), "Los Garzas", "Cartel de Valdivia")


# the second side of 'between' hung inside the first one's description

def test_between_a_described_side_and_the_second_side(extractor: Any) -> None:
    text = ("The war between Los Garzas, the gang run by the sons of Ramiro Tovar Lucero, and Los Cuervos "
            "has spread to the coast.")
    assert rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_between_two_sides_and_a_later_list_item_is_not_a_third_side(extractor: Any) -> None:
    text = ("The war between Los Garzas and the army, and the raids of Los Cuervos on the port, "
            "have emptied the town.")
    assert not rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_between_on_a_relative_clause_of_the_war(extractor: Any) -> None:
    text = "The war that followed between Los Garzas and Los Cuervos killed more than 60 people."
    assert rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_the_followers_of_a_leader_are_the_group_named_after_him(extractor: Any) -> None:
    text = ('Los Toros are a gang from Puerto Lindo led by Ramiro "El Toro" Tovar. '
            "The feud between Los Cuervos and the followers of El Toro began in 2019.")
    assert rivals(relations(extractor, text), "Los Toros", "Los Cuervos")


def test_the_followers_of_a_leader_no_group_is_named_after_make_no_group(extractor: Any) -> None:
    text = ('Ramiro "El Toro" Tovar lives in Puerto Lindo. '
            "The feud between Los Cuervos and the followers of El Toro began in 2019.")
    found = relations(extractor, text)
    assert not any(p == "rival_of" for _, p, _ in found)


def test_the_followers_of_a_man_with_two_groups_name_neither(extractor: Any) -> None:
    text = ('Ramiro "El Toro" Tovar led Los Toros and founded Los Pumas. '
            "The feud between Los Cuervos and the followers of El Toro began in 2019.")
    found = relations(extractor, text)
    assert not rivals(found, "Los Toros", "Los Cuervos") and not rivals(found, "Los Pumas", "Los Cuervos")


# the other side of a fight noun hung on a year or on the fight's stake

def test_a_dispute_after_a_year_with_the_other_side(extractor: Any) -> None:
    text = "Los Garzas have been involved since at least 2019 in a dispute with Los Cuervos over the port."
    assert rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_a_dispute_for_control_of_a_place_with_the_other_side(extractor: Any) -> None:
    text = "Los Garzas maintain a dispute for the control of the eastern region with Los Cuervos."
    assert rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_a_dispute_for_control_with_the_help_of_a_group_is_no_rivalry_with_it(extractor: Any) -> None:
    text = "Los Garzas maintain a dispute for the control of the eastern region with the help of Los Cuervos."
    assert not rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


# a subject the parser joined to the last word of an 'according to' phrase

def test_subjects_joined_to_a_long_source_phrase(extractor: Any) -> None:
    text = ("According to a 2021 assessment by the state prosecutor's office cited by local media, "
            "Los Garzas and Los Cuervos had been fighting over the port since 2015.")
    assert rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_a_group_inside_the_source_phrase_is_no_party(extractor: Any) -> None:
    text = ("According to a report by a researcher cited by Los Garzas, Los Toros have been fighting "
            "Los Cuervos since 2015.")
    found = relations(extractor, text)
    assert rivals(found, "Los Toros", "Los Cuervos")
    assert not rivals(found, "Los Garzas", "Los Cuervos")


# the passive of a contest with several agents

def test_a_place_contested_by_two_groups_sets_them_against_each_other(extractor: Any) -> None:
    text = "The port has for years been contested by Los Garzas and Los Cuervos."
    assert rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


def test_a_place_attacked_by_two_groups_does_not(extractor: Any) -> None:
    text = "The port was attacked by Los Garzas and Los Cuervos."
    assert not rivals(relations(extractor, text), "Los Garzas", "Los Cuervos")


# 'the two' after a pair set side by side, one of them described as a part of a third group

def test_the_two_after_allies_one_described_as_a_wing_of_a_third(extractor: Any) -> None:
    text = ("Los Garzas started out in 2006 working with Los Cuervos, who were then the armed wing of the "
            "Cartel de Valdivia. By 2008 the two were at war.")
    found = relations(extractor, text)
    assert rivals(found, "Los Garzas", "Los Cuervos")
    assert not rivals(found, "Los Cuervos", "Cartel de Valdivia")


def test_the_two_after_a_sentence_of_two_pairs_of_allies_stays_unread(extractor: Any) -> None:
    text = ("Los Garzas worked with Los Cuervos, and Los Toros worked with Los Pumas. "
            "By 2008 the two were at war.")
    found = relations(extractor, text)
    assert not rivals(found, "Los Garzas", "Los Cuervos") and not rivals(found, "Los Toros", "Los Pumas")


# 'turned X into the armed wing (private army) of G'

def test_turned_into_the_private_army_of_a_group(extractor: Any) -> None:
    text = "Ramiro Tovar is believed to have turned Los Garzas into the private army of the Cartel de Valdivia."
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    found = {(names[c.subject_id], c.predicate, names.get(c.object_id or "")): c.certainty.value for c in result.claims}
    assert found[("Los Garzas", "faction_of", "Cartel de Valdivia")] == "probable"


def test_turned_a_place_into_a_stronghold_makes_no_faction(extractor: Any) -> None:
    text = "Los Garzas turned Puerto Lindo into the main stronghold of the Cartel de Valdivia."
    assert not any(p == "faction_of" for _, p, _ in relations(extractor, text))
