"""How groups relate structurally (branches, armed wings, cells a group split into) and how later
phrases refer back to groups ('the clan', 'the syndicate', 'the former', 'the latter', 'Their leader',
'the two groups' after a breakaway). Each test is a sentence written for it."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples as facts

pytestmark = pytest.mark.model


# --- 'the clan', 'the syndicate' ----------------------------------------------------------------

def test_the_clan_points_back_to_the_clan_named_before(extractor: Any) -> None:
    text = "The Di Lauro clan ruled Secondigliano for two decades. The clan was founded by Paolo Di Lauro."
    assert ("Paolo Di Lauro", "founder_of", "Di Lauro") in facts(extractor, text)


def test_the_syndicate_points_back_to_the_group_named_before(extractor: Any) -> None:
    text = "The Mocro Maffia grew in Amsterdam in the 2010s. The syndicate was led by Ridouan Taghi."
    assert ("Ridouan Taghi", "leader_of", "Mocro Maffia") in facts(extractor, text)


def test_a_network_a_clause_defines_is_no_repeat(extractor: Any) -> None:
    text = ("The Sinaloa Cartel and the Gulf Cartel fought in the 1990s. Both cartels grew out of the network "
            "that Miguel Ángel Félix Gallardo built in Guadalajara.")
    assert not any(p == "faction_of" for _, p, _ in facts(extractor, text))


# --- 'the former', 'the latter', 'Their leader' -------------------------------------------------

@pytest.mark.parametrize(("word", "group"), [("former", "Gulf Cartel"), ("latter", "Los Zetas")])
def test_the_former_and_the_latter_pick_from_the_pair_of_groups(extractor: Any, word: str, group: str) -> None:
    text = f"The Gulf Cartel and Los Zetas dominate Tamaulipas. The {word} was founded by Arturo Guzmán Decena."
    found = {(s, o) for s, p, o in facts(extractor, text) if p == "founder_of"}
    assert found == {("Arturo Guzmán Decena", group)}


def test_the_latter_after_a_pair_of_people_is_no_group(extractor: Any) -> None:
    text = ("The Gulf Cartel and Los Zetas dominate Tamaulipas. Police named Osiel Cárdenas and Heriberto "
            "Lazcano as suspects. The latter was founded by Arturo Guzmán Decena.")
    assert not any(p == "founder_of" for _, p, _ in facts(extractor, text))


def test_their_leader_after_a_sentence_about_a_group_with_a_singular_name(extractor: Any) -> None:
    text = ("The Sinaloa Cartel is Mexico's largest criminal group. Their leader, Ismael Zambada, was arrested "
            "in 2024.")
    assert ("Ismael Zambada García", "leader_of", "Sinaloa Cartel") in facts(extractor, text)


def test_their_without_a_group_near_is_no_group(extractor: Any) -> None:
    text = "Police detained three men in Culiacán on Monday. Their leader, Ismael Zambada, escaped."
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


# --- 'the two groups' after a breakaway ---------------------------------------------------------

def test_the_two_groups_after_a_breakaway_are_the_breakaway_and_its_parent(extractor: Any) -> None:
    text = ("Smaller crews, among them Los Metros and Los Rojos, answered to the Gulf Cartel. In 2010 Heriberto "
            "Lazcano led a group of gunmen out of the Gulf Cartel to form Los Zetas. The breakaway was regarded by "
            "police as a rival syndicate. The two groups spent the next years at war.")
    rivals = {frozenset((s, o)) for s, p, o in facts(extractor, text) if p == "rival_of"}
    assert rivals == {frozenset(("Los Zetas", "Gulf Cartel"))}


# --- branches, armed wings and cells ------------------------------------------------------------

def test_a_named_group_in_apposition_to_a_branch_is_the_branch(extractor: Any) -> None:
    text = ("The Sinaloa Cartel grew fast in the 1990s. Power moved to Los Mayos, the cartel's Culiacán branch, "
            "which Ismael Zambada ran.")
    found = facts(extractor, text)
    assert ("Los Mayos", "faction_of", "Sinaloa Cartel") in found
    assert not any("branch" in s for s, p, _ in found if p == "faction_of")  # no second entity for the branch


def test_an_armed_wing_built_for_a_group_and_named_later(extractor: Any) -> None:
    text = ("In the late 1990s Osiel Cárdenas built an armed wing of former soldiers for the Gulf Cartel. "
            "The wing later became known as Los Zetas.")
    assert ("Los Zetas", "faction_of", "Gulf Cartel") in facts(extractor, text)


def test_an_armed_wing_a_group_created_later_called(extractor: Any) -> None:
    text = "The Gulf Cartel created an armed wing, later called Los Zetas."
    assert ("Los Zetas", "faction_of", "Gulf Cartel") in facts(extractor, text)


def test_a_group_split_along_the_lines_of_its_cells(extractor: Any) -> None:
    text = "After 2010 the Gulf Cartel split along the lines of its local cells: Los Metros and Los Ciclones."
    found = {(s, o) for s, p, o in facts(extractor, text) if p == "faction_of"}
    assert found == {("Los Metros", "Gulf Cartel"), ("Los Ciclones", "Gulf Cartel")}


def test_lines_of_another_groups_cells_are_no_split(extractor: Any) -> None:
    text = "After 2010 the Gulf Cartel watched the lines of the army's local units: Los Metros and Los Ciclones."
    assert not any(p == "faction_of" for _, p, _ in facts(extractor, text))


def test_a_branch_named_in_apposition_is_where_its_place_is(extractor: Any) -> None:
    text = "The Sinaloa Cartel grew fast. Power moved to Los Mayos, the cartel's Culiacán branch."
    found = {(s, o) for s, p, o in facts(extractor, text) if p == "operates_in"}
    assert found == {("Los Mayos", "Culiacán")}


def test_a_national_branch_is_no_persons_faction(extractor: Any) -> None:
    text = "Police in Marbella arrested the head of Ismael Zambada's Spanish branch."
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


def test_a_nationality_before_a_plural_group_noun_is_no_place(extractor: Any) -> None:
    text = "The report studies the feud between the Kavač and Škaljari clans, two Montenegrin syndicates."
    assert not any(p == "operates_in" for _, p, _ in facts(extractor, text))


def test_the_branch_repeats_the_branch_named_before(extractor: Any) -> None:
    text = ("Prosecutors say Dragan Nikolić ran the Kavač clan's Serbian branch. Police said the branch had "
            "worked with the Sinaloa Cartel.")
    found = facts(extractor, text)
    assert ("Dragan Nikolić", "leader_of", "Kavač clan's Serbian branch") in found
    assert ("Kavač clan's Serbian branch", "ally_of", "Sinaloa Cartel") in found


def test_the_branch_with_no_branch_named_is_no_group(extractor: Any) -> None:
    text = "The Sinaloa Cartel grew in Culiacán. The branch was led by Ismael Zambada."
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


# --- breakaways and bodyguards ------------------------------------------------------------------

def test_the_leaders_of_a_group_that_broke_away_and_formed_a_new_one(extractor: Any) -> None:
    text = ("In 2010 a group of gunmen led by Heriberto Lazcano broke away from the Gulf Cartel and formed "
            "Los Zetas.")
    found = facts(extractor, text)
    assert ("Los Zetas", "faction_of", "Gulf Cartel") in found
    assert ("Heriberto Lazcano Lazcano", "leader_of", "Los Zetas") in found


def test_a_group_that_began_as_a_leaders_bodyguard_is_part_of_his_group(extractor: Any) -> None:
    text = ("Antonio Cárdenas led the Gulf Cartel in the mid-2000s. Los Escorpiones, which began as "
            "Cárdenas's personal bodyguard, now control Matamoros.")
    assert ("Los Escorpiones", "faction_of", "Gulf Cartel") in facts(extractor, text)


def test_a_bodyguard_of_a_man_who_leads_no_group_named_is_no_part(extractor: Any) -> None:
    text = "Los Escorpiones, which began as Antonio Cárdenas's personal bodyguard, now control Matamoros."
    assert not any(p == "faction_of" for _, p, _ in facts(extractor, text))


# --- 'G, which X had run' ---------------------------------------------------------------------

def test_a_group_a_relative_clause_says_someone_ran(extractor: Any) -> None:
    text = "Los Zetas grew out of the Gulf Cartel, which Osiel Cárdenas had run in Matamoros since the late 1990s."
    assert ("Osiel Cárdenas Guillén", "leader_of", "Gulf Cartel") in facts(extractor, text)


def test_a_branch_in_apposition_a_relative_clause_says_someone_headed(extractor: Any) -> None:
    text = ("The Sinaloa Cartel grew fast. Power moved to Los Mayos, the cartel's Culiacán branch, which "
            "Ismael Zambada had once headed.")
    assert ("Ismael Zambada García", "leader_of", "Los Mayos") in facts(extractor, text)


def test_a_place_a_relative_clause_says_someone_ran_is_no_group(extractor: Any) -> None:
    text = "Police seized the laboratory, which Osiel Cárdenas had run since 2010."
    assert not any(p == "leader_of" for _, p, _ in facts(extractor, text))


# --- 'the breakaway faction became known as X' --------------------------------------------------

def test_a_breakaway_named_later_is_the_group_that_broke_away(extractor: Any) -> None:
    text = ("In 2010 a group of gunmen led by Heriberto Lazcano broke away from the Gulf Cartel. The breakaway "
            "faction became known as Los Zetas.")
    found = facts(extractor, text)
    assert ("Los Zetas", "faction_of", "Gulf Cartel") in found
    assert ("Heriberto Lazcano Lazcano", "leader_of", "Los Zetas") in found


def test_a_name_a_breakaway_faction_became_known_as_is_a_group(extractor: Any) -> None:
    text = ("The Di Lauro clan ruled Secondigliano. In late 2004 a group of lieutenants led by Raffaele Amato "
            "broke away from the clan. The breakaway faction became known in the press as the \"Scissionisti\".")
    found = facts(extractor, text)
    assert ("Scissionisti", "faction_of", "Di Lauro") in found
    assert ("Raffaele Amato", "leader_of", "Scissionisti") in found
