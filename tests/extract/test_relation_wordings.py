"""Relations said with a noun, an idiom or a verb of their own: "under the command of X", "a spokesman
for G", "answered to G", "sided with G", "turned on its former bosses in G", "ruled much of P", kin words
("her sister-in-law", "A and B are cousins"), offices between a person and an agency ("X, a DEA agent").

Each sentence is written for this test with invented people; each test checks the claim a wording makes
and, where a close wording says something else, the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def one(extractor: Any, text: str, subject: str, predicate: str, obj: str) -> Any:
    found = [s for s in said(extractor, text) if (s.subject, s.predicate, s.object) == (subject, predicate, obj)]
    assert found, f"no {subject} {predicate} {obj} in {said(extractor, text)}"
    return found[0]


def none_of(extractor: Any, text: str, *predicates: str) -> None:
    found = [s for s in said(extractor, text) if s.predicate in predicates]
    assert not found, found


# Under someone's command


def test_what_is_under_the_command_of_someone_by_the_kind_of_each_end(extractor: Any) -> None:
    one(extractor, "The Jalisco cartel remains under the command of Rogelio Barrera Quintana.",
        "Rogelio Barrera Quintana", "leader_of", "Jalisco New Generation Cartel")
    one(extractor, "Los Mayos operated under the orders of the Sinaloa Cartel for years.",
        "Los Mayos", "faction_of", "Sinaloa Cartel")
    one(extractor, "Tomás Ugalde Rivas worked under the orders of the Gulf Cartel.",
        "Tomás Ugalde Rivas", "member_of", "Gulf Cartel")
    one(extractor, "Much of Culiacan is under the control of Los Chapitos.", "Los Chapitos", "operates_in", "Culiacán")
    claim = one(extractor, "The Gulf Cartel is no longer under the command of Ramiro Esquivel Lara.",
                "Ramiro Esquivel Lara", "leader_of", "Gulf Cartel")
    assert claim.polarity == "negative"


def test_under_command_keeps_silent_where_no_group_is_held_or_holds(extractor: Any) -> None:
    none_of(extractor, "The hostage, Tomás Ugalde Rivas, was under the control of the Gulf Cartel for a week.",
            "member_of")  # a captive is under a group's control, not in its ranks
    none_of(extractor, "Tomás Ugalde Rivas served under the command of General Luis Sandoval.",
            "leader_of", "member_of")
    none_of(extractor, "Under pressure from the Sinaloa Cartel, Los Mayos retreated.", "faction_of", "leader_of")


# Role nouns of people who speak or deal for a group


def test_envoys_spokesmen_and_brokers_are_members(extractor: Any) -> None:
    one(extractor, "Prosecutors say Julián Osorio Pardo was a representative of the Norte del Valle cartel in Mexico.",
        "Julián Osorio Pardo", "member_of", "Norte del Valle")
    one(extractor, "Ernesto Villalba, a spokesman for the Sinaloa Cartel, spoke to reporters.",
        "Ernesto Villalba", "member_of", "Sinaloa Cartel")
    one(extractor, "Marisol Quintero was a senior broker for the Sinaloa Cartel.",
        "Marisol Quintero", "member_of", "Sinaloa Cartel")
    one(extractor, "Ernesto Villalba, an emissary of the Gulf Cartel, travelled to Bogota.",
        "Ernesto Villalba", "member_of", "Gulf Cartel")
    none_of(extractor, "Representatives of the Sinaloa Cartel met Ernesto Villalba in Bogota.", "member_of")


# Verbs a person or group serves, sides or fights with


def test_answering_to_and_siding_with_a_group(extractor: Any) -> None:
    claim = one(extractor, "Investigators believe Octavio Ledesma answered to the faction known as Los Chapitos.",
                "Octavio Ledesma", "member_of", "Los Chapitos")
    assert claim.certainty == "probable"
    one(extractor, "Octavio Ledesma is said to have sided with Los Mayos.", "Octavio Ledesma", "member_of", "Los Mayos")
    text = "Octavio Ledesma, the founder of Los Mazatlecos, is believed to have sided with Los Chapitos."
    assert ("Los Mazatlecos", "ally_of", "Los Chapitos") in triples(extractor, text) | {
        (o, p, s) for s, p, o in triples(extractor, text)}
    none_of(extractor, text, "member_of")  # the head of a group of his own takes its side, not a post in the other
    none_of(extractor, "Octavio Ledesma reported to the police that the Sinaloa Cartel threatened him.", "member_of")


def test_commanding_cells_for_a_group_is_serving_it(extractor: Any) -> None:
    one(extractor, "Octavio Ledesma commanded armed security cells for the Sinaloa Cartel in Culiacan.",
        "Octavio Ledesma", "member_of", "Sinaloa Cartel")
    one(extractor, "Octavio Ledesma led a cell for the Sinaloa Cartel.",
        "Octavio Ledesma", "member_of", "Sinaloa Cartel")


def test_rivalry_told_by_turning_on_former_bosses_and_falling_out(extractor: Any) -> None:
    assert ("Los Zetas", "rival_of", "Gulf Cartel") in triples(
        extractor, "The Zetas turned on their former bosses in the Gulf Cartel in 2010.")
    assert ("Los Mayos", "rival_of", "Jalisco New Generation Cartel") in triples(
        extractor, "Los Mayos fell out with the Jalisco cartel in 2019.")
    assert not [t for t in triples(extractor, "The Zetas turned on the lights in the Gulf Cartel's old house.")
                if t[1] == "rival_of"]


def test_rising_through_the_ranks_and_taking_the_reins(extractor: Any) -> None:
    one(extractor, "Octavio Ledesma rose through the ranks of the Sinaloa Cartel.",
        "Octavio Ledesma", "member_of", "Sinaloa Cartel")
    one(extractor, "Octavio Ledesma took the reins of the Sinaloa Cartel in 2014.",
        "Octavio Ledesma", "leader_of", "Sinaloa Cartel")
    one(extractor, "Octavio Ledesma is at the helm of the Sinaloa Cartel.",
        "Octavio Ledesma", "leader_of", "Sinaloa Cartel")
    none_of(extractor, "Octavio Ledesma sowed fear in the ranks of the Sinaloa Cartel.", "member_of")
    for text in ("Octavio Ledesma presides over the Sinaloa Cartel.", "Octavio Ledesma steers the Sinaloa Cartel."):
        assert ("Octavio Ledesma", "leader_of", "Sinaloa Cartel") in triples(extractor, text), text
    none_of(extractor, "Octavio Ledesma steered clear of the Sinaloa Cartel.", "leader_of")


# Where a group rules


def test_a_group_that_rules_or_terrorises_a_place_operates_there(extractor: Any) -> None:
    claim = one(extractor, "Los Mayos have ruled much of Sinaloa for a decade.", "Los Mayos", "operates_in", "Sinaloa")
    assert claim.polarity == "positive"  # 'rule' denies only as "ruled out"
    one(extractor, "Los Mayos have terrorized Culiacan for years.", "Los Mayos", "operates_in", "Culiacán")
    claim = one(extractor, "Officials ruled out that the Sinaloa Cartel operates in Culiacan.",
                "Sinaloa Cartel", "operates_in", "Culiacán")
    assert claim.polarity == "negative"


# Kin


def test_in_laws_grandchildren_and_cousins_are_relatives(extractor: Any) -> None:
    one(extractor, "Rosa Salgado, the sister-in-law of Fausto Ibarra, was arrested.",
        "Rosa Salgado", "relative_of", "Fausto Ibarra")
    one(extractor, "Fausto Ibarra and his mother-in-law, Rosa Salgado, were arrested.",
        "Rosa Salgado", "relative_of", "Fausto Ibarra")
    one(extractor, "Rosa Salgado is the granddaughter of Fausto Ibarra.",
        "Rosa Salgado", "relative_of", "Fausto Ibarra")
    one(extractor, "Jorge Ibarra and Pedro Salas are cousins.", "Jorge Ibarra", "relative_of", "Pedro Salas")
    one(extractor, "Jorge Ibarra and Pedro Ibarra are brothers.", "Jorge Ibarra", "sibling_of", "Pedro Ibarra")
    one(extractor, "Jorge Ibarra is related to Pedro Salas.", "Jorge Ibarra", "relative_of", "Pedro Salas")
    none_of(extractor, "Rosa Salgado, the sister-in-law of Fausto Ibarra, was arrested.", "sibling_of")
    none_of(extractor, "The killing is related to Pedro Salas.", "relative_of")


def test_partners_in_love_and_in_business(extractor: Any) -> None:
    one(extractor, "Rosa Salgado is the girlfriend of Fausto Ibarra.", "Rosa Salgado", "spouse_of", "Fausto Ibarra")
    none_of(extractor, "Rosa Salgado is the business partner of Fausto Ibarra.", "spouse_of")


# Offices between a person and an agency


def test_offices_told_by_a_title_noun_or_a_leader_verb(extractor: Any) -> None:
    one(extractor, "Walter Brennan, a DEA agent, testified on Tuesday.",
        "Walter Brennan", "official_of", "Drug Enforcement Administration")
    one(extractor, "Walter Brennan has served as Administrator of the Drug Enforcement Administration since July.",
        "Walter Brennan", "official_of", "Drug Enforcement Administration")
    one(extractor, "Walter Brennan, who led the DEA until January, spoke to reporters.",
        "Walter Brennan", "official_of", "Drug Enforcement Administration")


def test_no_office_for_those_the_agency_acts_on(extractor: Any) -> None:
    for text in ("Walter Brennan told DEA agents that the cartel was moving.",
                 "DEA agents arrested Walter Brennan in Texas.",
                 "Walter Brennan threatened the head of the DEA.",
                 "Walter Brennan, a DEA informant, testified on Tuesday.",
                 "Agents of the DEA questioned Walter Brennan for hours."):
        none_of(extractor, text, "official_of")


# Agreements and common foes


def test_groups_that_agree_or_make_peace_negotiated(extractor: Any) -> None:
    for text in ("The Sinaloa Cartel and the Gulf Cartel agreed to divide the city.",
                 "The Sinaloa Cartel made peace with the Gulf Cartel in 2012."):
        assert {("Sinaloa Cartel", "negotiated_with", "Gulf Cartel"),
                ("Gulf Cartel", "negotiated_with", "Sinaloa Cartel")} & triples(extractor, text), text
    for text in ("Analysts agreed that the Sinaloa Cartel had beaten the Gulf Cartel.",
                 "The Sinaloa Cartel disturbed the peace in Gulf Cartel territory.",
                 "Peace returned to Culiacan after the Sinaloa Cartel defeated the Gulf Cartel."):
        none_of(extractor, text, "negotiated_with", "ally_of")


def test_the_foe_groups_cooperate_against_is_no_ally(extractor: Any) -> None:
    text = "The Sinaloa Cartel and the Gulf Cartel may already be cooperating against Los Zetas."
    found = triples(extractor, text)
    assert ("Sinaloa Cartel", "ally_of", "Gulf Cartel") in found
    assert ("Sinaloa Cartel", "rival_of", "Los Zetas") in found
    assert not [t for t in found if t[1] == "ally_of" and "Los Zetas" in (t[0], t[2])]
    found = triples(extractor, "The Sinaloa Cartel has been cooperating against Los Zetas with the Gulf Cartel.")
    assert not [t for t in found if t[1] == "ally_of" and "Los Zetas" in (t[0], t[2])]


def test_her_son_is_the_womans_not_the_man_named_last(extractor: Any) -> None:
    text = ("Marisol Quintero grew up in Tijuana. She is said to be a niece of Ramiro Quintero Paz, who built the "
            "Tijuana Cartel. In 1998 her teenage son, Tomás Ugalde, was kidnapped.")
    found = triples(extractor, text)
    assert ("Tomás Ugalde", "child_of", "Marisol Quintero") in found
    assert ("Tomás Ugalde", "child_of", "Ramiro Quintero Paz") not in found


def test_oaths_of_enmity_and_allegiance(extractor: Any) -> None:
    assert ("Los Mayos", "rival_of", "Jalisco New Generation Cartel") in triples(
        extractor, "Los Mayos are sworn enemies of the Jalisco cartel.")
    assert ("Los Mayos", "ally_of", "Jalisco New Generation Cartel") in triples(
        extractor, "Los Mayos pledged allegiance to the Jalisco cartel.")


def test_trafficking_told_by_its_sources_labs_and_routes(extractor: Any) -> None:
    for text, drug in (("The Sinaloa Cartel is the main source of fentanyl in the United States.", "fentanyl"),
                       ("The Sinaloa Cartel's fentanyl labs were raided.", "fentanyl"),
                       ("The Sinaloa Cartel's cocaine routes run through Honduras.", "cocaine"),
                       ("The Sinaloa Cartel has diversified into methamphetamine.", "methamphetamine")):
        assert ("Sinaloa Cartel", "traffics", drug) in triples(extractor, text), text
    for text in ("A source in the Sinaloa Cartel said cocaine prices rose.",
                 "Police found a lab in Culiacan where the Sinaloa Cartel kept weapons; cocaine was nearby."):
        none_of(extractor, text, "traffics")


def test_what_a_described_group_is_said_to_do(extractor: Any) -> None:
    text = ("Los Cuinis, a trafficking group that prosecutors describe as operating in close partnership with "
            "the Jalisco New Generation Cartel, was sanctioned.")
    assert ("Los Cuinis", "ally_of", "Jalisco New Generation Cartel") in triples(extractor, text)
    found = triples(extractor, "Prosecutors describe Los Cuinis as fighting the Jalisco New Generation Cartel.")
    assert ("Los Cuinis", "rival_of", "Jalisco New Generation Cartel") in found
    assert not [t for t in found if "Prosecutors" in t]


def test_more_ways_a_group_holds_a_place(extractor: Any) -> None:
    for text, place in (("The Sinaloa Cartel is the dominant force in Culiacan.", "Culiacán"),
                        ("The Sinaloa Cartel runs Culiacan.", "Culiacán"),
                        ("The Sinaloa Cartel wields enormous influence in Sonora.", "Sonora"),
                        ("The Sinaloa Cartel collects protection money in Culiacan.", "Culiacán")):
        assert ("Sinaloa Cartel", "operates_in", place) in triples(extractor, text), text
    for text in ("The Sinaloa Cartel is the dominant power in the drug trade, officials in Culiacan say.",
                 "The Sinaloa Cartel was the main force behind the attack in Culiacan."):
        none_of(extractor, text, "operates_in")


def test_forming_part_of_a_group(extractor: Any) -> None:
    assert ("Los Mayos", "faction_of", "Sinaloa Cartel") in triples(
        extractor, "Los Mayos formed part of the Sinaloa Cartel.")
    assert ("Tomás Ugalde", "member_of", "Sinaloa Cartel") in triples(
        extractor, "Tomás Ugalde formed part of the Sinaloa Cartel until 2010.")
    none_of(extractor, "The Sinaloa Cartel formed part of a larger plan.", "faction_of", "member_of")


def test_the_scene_of_a_war_between_two_groups_is_where_both_operate(extractor: Any) -> None:
    found = triples(extractor, "The port of Manzanillo has been the scene of a turf war between Los Pumas and "
                               "Los Lobos since 2017.")
    assert {("Los Pumas", "operates_in", "Manzanillo"), ("Los Lobos", "operates_in", "Manzanillo")} <= found
    found = triples(extractor, "María Ruiz was the scene of a fight between Los Pumas and Los Lobos.")
    assert not any(p == "operates_in" for _, p, _ in found)  # a person is no place


def test_an_administrative_unit_leads_to_the_place_it_names(extractor: Any) -> None:
    found = triples(extractor, "The Ruiz Soto clan controlled the border department of Copán.")
    assert ("Ruiz Soto", "operates_in", "Copán") in found


def test_former_bosses_in_a_group_stand_for_the_group(extractor: Any) -> None:
    found = triples(extractor, "In 2010 Los Pumas turned on their former bosses in the Tejones Cartel.")
    assert ("Los Pumas", "rival_of", "Tejones Cartel") in found


def test_a_group_described_by_a_clause_on_its_apposition_does_what_the_clause_says(extractor: Any) -> None:
    found = triples(extractor, "Los Tigres, a gang that controls much of Michoacán, attacked the town.")
    assert ("Los Tigres", "operates_in", "Michoacán") in found


def test_remnants_of_a_group_form_an_offshoot(extractor: Any) -> None:
    assert ("Los Pumas", "faction_of", "Tejones Cartel") in triples(
        extractor, "Los Pumas were formed by remnants of the Tejones Cartel.")


@pytest.mark.parametrize("text, there", [
    ("Los Pumas sent cells into Colima in 2015.", True),
    ("Los Pumas have sent gunmen to Colima.", True),
    ("Los Pumas deployed gunmen to Colima in 2015.", True),
    ("Los Pumas sent cocaine to Colima.", False),  # goods go there; the group need not
    ("Los Pumas sent a message to the government in Colima.", False),
])
def test_a_group_that_sends_its_people_somewhere_operates_there(extractor: Any, text: str, there: bool) -> None:
    assert (("Los Pumas", "operates_in", "Colima") in triples(extractor, text)) is there


@pytest.mark.parametrize("text, led", [
    ("Mario Vela Ruiz turned Los Pumas into a military machine.", True),
    ("He was the brother of Mario Vela Ruiz, who built Los Pumas into an empire.", True),
    ("Mario Vela Ruiz turned Los Pumas into his enemy.", False),
    ("The army offensive turned Los Pumas into a loose network.", False),
])
def test_a_person_who_made_a_group_into_something_ran_it(extractor: Any, text: str, led: bool) -> None:
    assert (("Mario Vela Ruiz", "leader_of", "Los Pumas") in triples(extractor, text)) is led


@pytest.mark.parametrize("text", [
    "Los Pumas fought a splinter that calls itself Los Lobos.",
    "Los Pumas fought a rival splinter calling itself Los Lobos.",
])
def test_a_group_that_calls_itself_a_name_is_that_name(extractor: Any, text: str) -> None:
    assert ("Los Pumas", "rival_of", "Los Lobos") in triples(extractor, text)


def test_the_detainees_identified_as_a_list_were_each_arrested(extractor: Any) -> None:
    found = said(extractor, 'Those detained were identified as Mario "N", alias "El Gordo"; his brother Juan "N"; '
                            'Ana "N"; and Pedro "N".')
    assert {s.subject for s in found if s.predicate == "arrested"} == {'Mario "N"', 'Juan "N"', 'Ana "N"',
                                                                        'Pedro "N"'}
    found = said(extractor, "The victims were identified as Pedro Lara Gil and Ana Ruiz Soto.")
    assert not any(s.predicate == "arrested" for s in found)


def test_a_count_the_parser_hung_on_the_verb_is_its_subject(extractor: Any) -> None:
    text = ("Police arrested Mario Vela Ruiz, Juan Soto Paz and Ana Ruiz Soto in Colima. According to investigators, "
            "the three belong to Los Pumas.")
    members = {s.subject for s in said(extractor, text) if s.predicate == "member_of"}
    assert members == {"Mario Vela Ruiz", "Juan Soto Paz", "Ana Ruiz Soto"}


@pytest.mark.parametrize("text, fact", [
    ("The Tejones Cartel's bosses declared war on Los Pumas.", ("Tejones Cartel", "rival_of", "Los Pumas")),
    ("The leaders of Los Pumas signed a truce with Los Lobos.", ("Los Pumas", "negotiated_with", "Los Lobos")),
])
def test_a_groups_leaders_acting_together_are_the_group(extractor: Any, text: str, fact: tuple[str, str, str]) -> None:
    assert fact in triples(extractor, text)


def test_the_brothers_of_a_family_named_group_stand_for_the_group_where_a_group_is_wanted(extractor: Any) -> None:
    found = triples(extractor, "In 2008 the Sinaloa Cartel fought a war against the Beltrán Leyva brothers.")
    assert ("Sinaloa Cartel", "rival_of", "Beltrán-Leyva Organization") in found
    found = said(extractor, "Abigael Ruiz, a man from Colima, is a member of the Valencia family.")
    assert not any(s.predicate == "member_of" for s in found)  # kin, not a group


@pytest.mark.parametrize("text, part", [
    ("Los Pumas worked under the Tejones Cartel until 2015.", True),
    ("Los Pumas are subordinate to the Tejones Cartel.", True),
    ("Los Pumas, a cell answerable to the Tejones Cartel, attacked Colima.", True),
    ("The Tejones Cartel uses Los Pumas as its armed wing.", True),
    ('Los Pumas operate in Colima under the label "Tejones Cartel".', False),  # a name they use, no master
])
def test_a_group_beneath_another_is_its_faction(extractor: Any, text: str, part: bool) -> None:
    assert (("Los Pumas", "faction_of", "Tejones Cartel") in triples(extractor, text)) is part


@pytest.mark.parametrize("text", [
    "Mario Vela Ruiz was extradited from Mexico to Texas in 2021.",
    "Mario Vela Ruiz was arrested in 2019. His extradition to California took place in 2020.",
])
def test_an_extradition_to_a_place_is_to_its_country(extractor: Any, text: str) -> None:
    found = said(extractor, text)
    assert {s.object for s in found if s.predicate == "extradited"} == {"United States"}
    assert not any(s.predicate == "extradited" for s in said(extractor, "Mexico sent troops to Sinaloa in 2020."))
