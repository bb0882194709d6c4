"""Splits between groups, parts that answer to others, and people's roles said by a court or a report.

Each sentence is written for this test, with invented gangs and people; each test checks the claim
a rule must make and, where the wording is close to one that says something else, the silence it
must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[Any, ...]]:
    """(subject, predicate, object, title, sources) of every claim."""
    return [(s.subject, s.predicate, s.object, s.title, s.sources) for s in said(extractor, text)]


def triples(found: list[tuple[Any, ...]], predicate: str) -> set[tuple[str, str]]:
    return {(c[0], c[2]) for c in found if c[1] == predicate}


def pairs(found: list[tuple[Any, ...]], predicate: str) -> set[frozenset[str]]:
    return {frozenset((c[0], c[2])) for c in found if c[1] == predicate}


def test_a_group_led_out_of_another_to_form_a_new_one(extractor: Any) -> None:
    found = claims(extractor, "In 2011 Mateo Ruelas led a faction out of Los Halcones to form Los Zorros.")
    assert ("Los Zorros", "Los Halcones") in triples(found, "faction_of")
    assert ("Mateo Ruelas", "Los Zorros") in triples(found, "leader_of")
    assert ("Mateo Ruelas", "Los Zorros") in triples(found, "founder_of")
    found = claims(extractor, "Mateo Ruelas led Los Halcones for a decade.")
    assert not triples(found, "faction_of")


def test_breaking_away_or_walking_out_to_form_a_group(extractor: Any) -> None:
    found = claims(extractor, "Ana Villegas broke away from Los Halcones to form Los Tejones.")
    assert ("Los Tejones", "Los Halcones") in triples(found, "faction_of")
    found = claims(extractor, "In 2016 a dozen bosses walked out of Los Halcones and formed Los Tejones.")
    assert ("Los Tejones", "Los Halcones") in triples(found, "faction_of")


def test_a_breakaway_seen_as_a_rival_is_the_rival_of_what_it_left(extractor: Any) -> None:
    text = ("In 2011 Mateo Ruelas led a faction out of Los Halcones to form Los Zorros. "
            "From the start the breakaway was treated by prosecutors as a rival gang, not a wing.")
    found = claims(extractor, text)
    rivals = [c for c in found if c[1] == "rival_of"]
    assert {frozenset((c[0], c[2])) for c in rivals} == {frozenset({"Los Zorros", "Los Halcones"})}
    assert rivals[0][4][-1] == "prosecutors"


def test_a_place_split_between_two_gangs_whose_war_goes_on(extractor: Any) -> None:
    text = ("Tumaco has for five years been divided between two gangs, Los Halcones and Los Zorros, "
            "whose war has emptied whole streets.")
    found = claims(extractor, text)
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")
    assert {("Los Halcones", "Tumaco"), ("Los Zorros", "Tumaco")} <= triples(found, "operates_in")


def test_an_alliance_during_a_war_is_no_rivalry_with_the_ally(extractor: Any) -> None:
    found = claims(extractor, "Los Tejones were closely aligned with Los Halcones during the long war, police say.")
    assert frozenset({"Los Tejones", "Los Halcones"}) in pairs(found, "ally_of")
    assert not pairs(found, "rival_of")


def test_an_affiliate_is_a_part(extractor: Any) -> None:
    found = claims(extractor, "Los Tejones, an affiliate of Los Halcones, collect debts in the port.")
    assert ("Los Tejones", "Los Halcones") in triples(found, "faction_of")
    assert not pairs(found, "ally_of")


def test_groups_that_answer_to_a_group_or_a_family(extractor: Any) -> None:
    found = claims(extractor, "Los Tejones answered to Los Halcones until 2019.")
    assert ("Los Tejones", "Los Halcones") in triples(found, "faction_of")
    text = ("The Ferraro clan runs the harbour. Police say the smaller crews of the coast, among them "
            "Los Tejones, answered to the Ferraros on anything that touched the harbour.")
    found = claims(extractor, text)
    assert any(s == "Los Tejones" and "Ferraro" in o for s, o in triples(found, "faction_of"))
    found = claims(extractor, "Los Tejones answer to Mateo Ruelas, who gives orders from prison.")
    assert ("Mateo Ruelas", "Los Tejones") in triples(found, "leader_of")
    assert not triples(found, "faction_of")


def test_roles_a_court_or_report_gives_someone(extractor: Any) -> None:
    found = claims(extractor, "Ana Villegas, whom the judges treated as the head of Los Halcones, got 25 years.")
    leaders = [c for c in found if c[1] == "leader_of"]
    assert [(c[0], c[2]) for c in leaders] == [("Ana Villegas", "Los Halcones")]
    assert leaders[0][4][-1] == "judges"
    found = claims(extractor, "Ramiro Paz has been named in court as one of the leaders of Los Zorros.")
    assert ("Ramiro Paz", "Los Zorros") in triples(found, "leader_of")
    found = claims(extractor, "Ramiro Paz is named in the ruling as a second senior figure on the Los Zorros side.")
    members = [c for c in found if c[1] == "member_of"]
    assert [(c[0], c[2], c[3]) for c in members] == [("Ramiro Paz", "Los Zorros", "second senior figure")]
    assert members[0][4][-1] == "ruling"


def test_a_second_in_command_named_through_an_apposition(extractor: Any) -> None:
    found = claims(extractor, "Ramiro Paz, a Peruvian national who served as the second-in-command of Los Zorros, "
                              "was sentenced on Friday.")
    assert [(c[0], c[2], c[3]) for c in found if c[1] == "leader_of"] == [
        ("Ramiro Paz", "Los Zorros", "second-in-command")]


def test_a_right_hand_man_belongs_to_the_group_his_boss_leads(extractor: Any) -> None:
    text = ("Mateo Ruelas leads Los Zorros. Among the accused was Ramiro Paz, described in court as "
            "Mateo Ruelas's right-hand man, who received 20 years.")
    found = claims(extractor, text)
    members = [c for c in found if c[1] == "member_of"]
    assert [(c[0], c[2], c[3]) for c in members] == [("Ramiro Paz", "Los Zorros", "right-hand man")]
    assert members[0][4][-1] == "court"
    found = claims(extractor, "Ramiro Paz, the right-hand man of a local priest, was questioned.")
    assert not triples(found, "member_of")


def test_two_people_who_were_running_a_group(extractor: Any) -> None:
    found = claims(extractor, "Ana Villegas and Ramiro Paz, who were running Los Zorros in 2020, were both "
                              "arrested that spring.")
    assert {("Ana Villegas", "Los Zorros"), ("Ramiro Paz", "Los Zorros")} <= triples(found, "leader_of")


def test_both_groups_as_factions_are_the_two_named_before_besides_the_parent(extractor: Any) -> None:
    text = ("In 2014 Los Zorros, a gang that had once been an affiliate of Los Halcones, went to war with "
            "Los Tejones. Both groups had been factions of Los Halcones until then.")
    found = claims(extractor, text)
    assert {("Los Zorros", "Los Halcones"), ("Los Tejones", "Los Halcones")} <= triples(found, "faction_of")


def test_a_national_branch_is_a_group_of_its_own(extractor: Any) -> None:
    found = claims(extractor, "Prosecutors described Ramiro Paz as the head of Los Halcones' Chilean branch.")
    assert ("Los Halcones's Chilean branch", "Los Halcones") in triples(found, "faction_of") or \
        ("Los Halcones' Chilean branch", "Los Halcones") in triples(found, "faction_of")
    assert any(s == "Ramiro Paz" and o.endswith("Chilean branch") for s, o in triples(found, "leader_of"))
    found = claims(extractor, "Los Halcones' armed branch collects the debts.")
    assert not triples(found, "faction_of")


def test_a_clan_described_as_a_family_of_an_organisation(extractor: Any) -> None:
    text = ("At the heart of the case is the Ferraro clan of Torre, which prosecutors described as the leading "
            "family of Los Halcones in the province.")
    found = claims(extractor, text)
    assert any("Ferraro" in s and o == "Los Halcones" for s, o in triples(found, "faction_of"))
    found = claims(extractor, "The family of Mateo Ruelas, the leader of Los Halcones, lives in Tumaco.")
    assert not triples(found, "faction_of")


def test_a_press_release_names_the_lede_s_unnamed_subject_next(extractor: Any) -> None:
    text = ("A Peruvian national who served as the second-in-command of Los Zorros was sentenced today to 30 years "
            "in prison.\n\nRamiro Paz, 41, was convicted by a jury in March.")
    found = claims(extractor, text)
    assert [(c[0], c[2], c[3]) for c in found if c[1] == "leader_of"] == [
        ("Ramiro Paz", "Los Zorros", "second-in-command")]
    text = ("A Peruvian national who served as the second-in-command of Los Zorros was sentenced today.\n\n"
            "The judge, Ana Villegas, said the case was closed.")
    found = claims(extractor, text)
    assert not triples(found, "leader_of")


def test_groups_working_together_to_move_a_drug_both_traffic_it(extractor: Any) -> None:
    found = claims(extractor, "Police said Los Zorros had worked with Los Halcones to ship cocaine to Europe.")
    assert {("Los Zorros", "cocaine"), ("Los Halcones", "cocaine")} <= triples(found, "traffics")
    assert frozenset({"Los Zorros", "Los Halcones"}) in pairs(found, "ally_of")
    found = claims(extractor, "Los Zorros worked with Los Halcones to control the border crossings.")
    assert not triples(found, "traffics")


def test_the_cartel_aligned_with_is_not_the_group_described(extractor: Any) -> None:
    text = ("The Treasury designated the Gulf Cartel and Los Tejones in 2015, describing Los Tejones as a "
            "trafficking organization closely aligned with the cartel.")
    found = claims(extractor, text)
    assert frozenset({"Los Tejones", "Gulf Cartel"}) in pairs(found, "ally_of")
