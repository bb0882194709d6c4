"""Classes of relation wording (membership, alliance, rivalry, presence, killings) and the wrong
readings found on unseen articles, on sentences written for this test with invented gangs and people.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def read(extractor: Any, text: str) -> list[dict[str, Any]]:
    return [{"subject": s.subject, "predicate": s.predicate, "object": s.object or None, "certainty": s.certainty,
             "source": s.sources[-1], "title": s.title, "rule": s.rule} for s in said(extractor, text)]


def has(found: list[dict[str, Any]], subject: str, predicate: str, obj: str | None) -> dict[str, Any] | None:
    symmetric = predicate in ("ally_of", "rival_of")
    for claim in found:
        ends = (claim["subject"], claim["object"])
        if claim["predicate"] == predicate and (ends == (subject, obj) or symmetric and ends == (obj, subject)):
            return claim
    return None


@pytest.mark.parametrize("text", [
    "Prosecutors say Teodulo Barragán Ochoa is a member of Los Halcones Negros.",
    "Teodulo Barragán Ochoa worked for Los Halcones Negros for a decade before his arrest.",
    "Teodulo Barragán Ochoa, a hitman for Los Halcones Negros, was detained on Tuesday.",
    "Teodulo Barragán Ochoa joined Los Halcones Negros in 2016.",
    "Teodulo Barragán Ochoa, an operator of Los Halcones Negros, was detained in Colima.",
    "Teodulo Barragán Ochoa belonged to Los Halcones Negros until 2020.",
    "Teodulo Barragán Ochoa, a lieutenant of Los Halcones Negros, was shot in Colima.",
])
def test_membership_wordings(extractor: Any, text: str) -> None:
    found = read(extractor, text)
    assert has(found, "Teodulo Barragán Ochoa", "member_of", "Los Halcones Negros")
    assert not has(found, "Teodulo Barragán Ochoa", "leader_of", "Los Halcones Negros")


def test_heading_a_cell_of_a_group_is_membership_not_leadership(extractor: Any) -> None:
    found = read(extractor, "State officials say Teodulo Barragán Ochoa heads a local cell of Los Halcones Negros.")
    claim = has(found, "Teodulo Barragán Ochoa", "member_of", "Los Halcones Negros")
    assert claim and claim["title"] == "head of local cell" and claim["source"] == "State officials"
    assert not has(found, "Teodulo Barragán Ochoa", "leader_of", "Los Halcones Negros")


def test_running_the_group_itself_stays_leadership(extractor: Any) -> None:
    found = read(extractor, "Los Halcones Negros grew fast. Teodulo Barragán Ochoa runs the faction from Colima.")
    assert not any(c["predicate"] == "member_of" for c in found)
    found = read(extractor, "Since 2019, Teodulo Barragán Ochoa has run the armed wing of Los Halcones Negros.")
    assert has(found, "Teodulo Barragán Ochoa", "member_of", "Los Halcones Negros")


def test_a_relative_clause_after_a_relatives_nickname_is_about_that_relative(extractor: Any) -> None:
    found = read(extractor, 'Anselmo Barragán Ochoa, the brother of Teodulo Barragán Ochoa, "El Halcón", '
                            'who leads Los Halcones Negros, was detained in May.')
    assert has(found, "Teodulo Barragán Ochoa", "leader_of", "Los Halcones Negros")
    assert not has(found, "Anselmo Barragán Ochoa", "leader_of", "Los Halcones Negros")


def test_groups_fighting_a_third_together_are_not_rivals_of_each_other(extractor: Any) -> None:
    found = read(extractor, "For years Los Halcones Negros and Los Coyotes have fought Los Venados in the hills.")
    assert has(found, "Los Halcones Negros", "rival_of", "Los Venados")
    assert has(found, "Los Coyotes", "rival_of", "Los Venados")
    assert not has(found, "Los Halcones Negros", "rival_of", "Los Coyotes")
    found = read(extractor, "Los Halcones Negros and Los Coyotes clashed near Colima last week.")
    assert has(found, "Los Halcones Negros", "rival_of", "Los Coyotes")


@pytest.mark.parametrize("text", [
    "Gunmen were apparently trying to kill Teodulo Barragán Ochoa when soldiers arrived.",
    "Police foiled a plot to kill Teodulo Barragán Ochoa last year.",
    "Los Coyotes allegedly attempted to kill Teodulo Barragán Ochoa in 2021.",
])
def test_an_attempt_is_not_a_killing(extractor: Any, text: str) -> None:
    assert not any(c["predicate"] == "killed" for c in read(extractor, text))


def test_a_request_for_extradition_is_not_an_extradition(extractor: Any) -> None:
    found = read(extractor, "Teodulo Barragán Ochoa was detained in Lima. Chile has asked for his extradition.")
    assert not any(c["predicate"] == "extradited" for c in found)


@pytest.mark.parametrize(("text", "killer"), [
    ("Teodulo Barragán Ochoa was killed by gunmen from Los Coyotes in 2021.", "Los Coyotes"),
    ("Los Coyotes killed Teodulo Barragán Ochoa in 2021, prosecutors say.", "Los Coyotes"),
    ("In 2021, Anselmo Barragán Ochoa shot dead Teodulo Barragán Ochoa.", "Anselmo Barragán Ochoa"),
])
def test_a_killing_names_its_killer(extractor: Any, text: str, killer: str) -> None:
    assert has(read(extractor, text), "Teodulo Barragán Ochoa", "killed", killer)


@pytest.mark.parametrize("text", [
    "Los Halcones Negros, backed by Los Coyotes, took the port of Manzanillo.",
    "Los Halcones Negros are backed by Los Coyotes, according to the navy.",
    "Los Coyotes have supplied Los Halcones Negros with rifles since 2019.",
    "Los Halcones Negros sided with Los Coyotes when the war began.",
    "Los Halcones Negros have been in league with Los Coyotes since 2019.",
])
def test_alliance_wordings(extractor: Any, text: str) -> None:
    assert has(read(extractor, text), "Los Halcones Negros", "ally_of", "Los Coyotes")


def test_help_from_the_state_or_a_parent_is_no_alliance(extractor: Any) -> None:
    assert not any(c["predicate"] == "ally_of" for c in read(
        extractor, "Los Halcones Negros, backed by the army, took the port of Manzanillo."))
    found = read(extractor, "Los Halcones Negros is a cell of Los Coyotes, which supplies it with rifles.")
    assert has(found, "Los Halcones Negros", "faction_of", "Los Coyotes")
    assert not has(found, "Los Halcones Negros", "ally_of", "Los Coyotes")


@pytest.mark.parametrize(("text", "obj"), [
    ("Los Halcones Negros are at war with Los Coyotes.", "Los Coyotes"),
    ("A turf war between Los Halcones Negros and Los Coyotes has left dozens dead.", "Los Coyotes"),
    ("Los Halcones Negros are fighting Los Coyotes for control of Colima.", "Los Coyotes"),
    ("Los Halcones Negros and Los Coyotes disputed the port of Manzanillo for years.", "Los Coyotes"),
])
def test_rivalry_wordings(extractor: Any, text: str, obj: str) -> None:
    assert has(read(extractor, text), "Los Halcones Negros", "rival_of", obj)


@pytest.mark.parametrize(("text", "place"), [
    ("Los Halcones Negros operates in Colima.", "Colima"),
    ("Los Halcones Negros controls the port of Manzanillo.", "Manzanillo"),
    ("Los Halcones Negros dominates Tecomán.", "Tecomán"),
    ("Los Halcones Negros is present in Colima and Jalisco.", "Jalisco"),
    ("Tecomán is a stronghold of Los Halcones Negros.", "Tecomán"),
])
def test_presence_wordings(extractor: Any, text: str, place: str) -> None:
    assert has(read(extractor, text), "Los Halcones Negros", "operates_in", place)


def test_it_and_they_as_speakers_stand_for_the_subject_before_them(extractor: Any) -> None:
    found = read(extractor, "The indictment was unsealed in May. It says Los Halcones Negros worked with Los Coyotes.")
    assert has(found, "Los Halcones Negros", "ally_of", "Los Coyotes")["source"] == "indictment"
    found = read(extractor, "The State Department has offered a reward for Teodulo Barragán Ochoa, whom it "
                            "describes as a senior member of Los Halcones Negros.")
    claim = has(found, "Teodulo Barragán Ochoa", "member_of", "Los Halcones Negros")
    assert claim and claim["source"] == "United States Department of State"


def test_the_treasury_alone_is_not_the_us_treasury(extractor: Any) -> None:
    result = extractor(Document.make("Britain's Treasury froze the assets of Los Halcones Negros on Monday. "
                                     "The Treasury said the gang laundered money in London.", "test.txt"))
    assert not any(e.name == "United States Department of the Treasury" for e in result.entities)


def test_lines_without_a_subject_are_said_of_the_name_heading_their_paragraph(extractor: Any) -> None:
    text = ("Defendants\n\nRamiro Cota Lara, known as \"El Halcón\".\nA son of Manuel Cota Félix. "
            "Charged as a leader of Los Halcones Negros. Arrested by Mexican soldiers in Colima on March 3, 2022, "
            "and extradited to the United States in May 2023.\n\nJesús Ibarra Soto.\nAlleged to be a hitman for "
            "Los Halcones Negros. Fugitive.\n")
    found = read(extractor, text)
    assert has(found, "Ramiro Cota Lara", "child_of", "Manuel Cota Félix")
    assert has(found, "Ramiro Cota Lara", "leader_of", "Los Halcones Negros")
    assert any(c["subject"] == "Ramiro Cota Lara" and c["predicate"] == "arrested" for c in found)
    assert has(found, "Ramiro Cota Lara", "extradited", "United States")
    hitman = has(found, "Jesús Ibarra Soto", "member_of", "Los Halcones Negros")
    assert hitman and hitman["certainty"] == "probable"
    assert not has(found, "Ramiro Cota Lara", "member_of", "Los Halcones Negros")


def test_a_line_without_a_subject_under_a_full_sentence_is_left_alone(extractor: Any) -> None:
    text = "Teodulo Barragán Ochoa was seen in Colima on Monday.\nCharged as a leader of Los Halcones Negros in 2020.\n"
    assert not has(read(extractor, text), "Teodulo Barragán Ochoa", "leader_of", "Los Halcones Negros")


def test_a_group_run_by_someones_sons_is_not_run_by_their_father(extractor: Any) -> None:
    found = read(extractor, "Los Halcones Negros, a faction of Los Coyotes controlled by two sons of "
                            "Anselmo Barragán Ochoa, took the port.")
    assert not any(c["predicate"] == "leader_of" and "Anselmo" in c["subject"] for c in found)
    found = read(extractor, "The gang is believed to be run by Barragán Ochoa's nephew, a young man known only "
                            "as \"El Halcón\".")
    assert not any(c["predicate"] == "leader_of" and c["subject"] == "Barragán Ochoa" for c in found)


@pytest.mark.parametrize(("text", "predicate"), [
    ("Prosecutors say Teodulo Barragán Ochoa oversaw the production of methamphetamine for Los Halcones Negros.",
     "member_of"),
    ("Prosecutors allege that Teodulo Barragán Ochoa coordinated acts of violence for Los Halcones Negros.",
     "member_of"),
])
def test_a_service_done_for_a_named_group_is_membership(extractor: Any, text: str, predicate: str) -> None:
    assert has(read(extractor, text), "Teodulo Barragán Ochoa", predicate, "Los Halcones Negros")


def test_a_participle_on_a_groups_apposition_is_said_of_the_group(extractor: Any) -> None:
    found = read(extractor, "Los Halcones Negros, a gang from the coast allied with Los Coyotes, grew fast.")
    assert has(found, "Los Halcones Negros", "ally_of", "Los Coyotes")
    found = read(extractor, "Los Halcones Negros, a cartel fighting Los Coyotes, grew fast.")
    assert has(found, "Los Halcones Negros", "rival_of", "Los Coyotes")


def test_running_a_group_with_a_relative_makes_both_leaders(extractor: Any) -> None:
    found = read(extractor, "Ramiro Cota Lara, who ran Los Halcones Negros with his brother Manuel Cota Lara, "
                            "was detained.")
    assert has(found, "Ramiro Cota Lara", "leader_of", "Los Halcones Negros")
    assert has(found, "Manuel Cota Lara", "leader_of", "Los Halcones Negros")
    found = read(extractor, "Ramiro Cota Lara ran Los Halcones Negros with the help of Manuel Cota Lara.")
    assert not has(found, "Manuel Cota Lara", "leader_of", "Los Halcones Negros")


@pytest.mark.parametrize(("text", "place"), [
    ("Los Halcones Negros and Los Coyotes fought repeatedly over Tecomán.", "Tecomán"),
    ("Los Halcones Negros and Los Coyotes have clashed in the state of Colima.", "Colima"),
    ("For years Los Halcones Negros have fought Los Coyotes for the smuggling routes of Colima.", "Colima"),
    ("Los Halcones Negros, whose stronghold is Tecomán, grew fast.", "Tecomán"),
    ("Los Halcones Negros, which holds sway over Tecomán, grew fast.", "Tecomán"),
    ("Los Halcones Negros now has cells from Tecomán to Colima.", "Colima"),
])
def test_presence_read_from_fights_and_holdings(extractor: Any, text: str, place: str) -> None:
    assert has(read(extractor, text), "Los Halcones Negros", "operates_in", place)


def test_a_group_designated_as_an_indirect_object(extractor: Any) -> None:
    found = read(extractor, "In July 2024 the US Treasury Department designated Los Halcones Negros a "
                            "transnational criminal organization.")
    assert has(found, "Los Halcones Negros", "designated", "United States")


def test_a_leader_named_in_a_groups_apposition(extractor: Any) -> None:
    found = read(extractor, "Los Halcones Negros, a gang led by Ramiro Cota Lara, took the port in May.")
    assert has(found, "Ramiro Cota Lara", "leader_of", "Los Halcones Negros")


@pytest.mark.parametrize(("text", "certainty", "polarity"), [
    ("Teodulo Barragán Ochoa is believed to have been killed by Los Coyotes.", "probable", "positive"),
    ("Police suspect Los Coyotes of killing Teodulo Barragán Ochoa.", "probable", "positive"),
    ("Prosecutors blamed Los Coyotes for the killing of Teodulo Barragán Ochoa.", "certain", "positive"),
    ("The murder of Teodulo Barragán Ochoa was attributed to Los Coyotes.", "probable", "positive"),
    ("Los Coyotes are accused of murdering Teodulo Barragán Ochoa.", "probable", "positive"),
    ("Los Coyotes denied killing Teodulo Barragán Ochoa.", "certain", "negative"),
])
def test_killers_named_by_hedges_and_accusations(extractor: Any, text: str, certainty: str, polarity: str) -> None:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    killings = [c for c in result.claims if c.predicate == "killed"]
    assert [(names[c.subject_id], names.get(c.object_id or ""), c.certainty.value, c.polarity.value)
            for c in killings] == [("Teodulo Barragán Ochoa", "Los Coyotes", certainty, polarity)]


@pytest.mark.parametrize("text", [
    "Ramiro Cota Lara was shot when he opened fire on soldiers who had come to arrest him.",
    "Ramiro Cota Lara is a fugitive, and the government has offered a reward of 5 million pesos for his capture.",
])
def test_a_purpose_or_a_reward_is_no_arrest(extractor: Any, text: str) -> None:
    assert not any(c["predicate"] == "arrested" for c in read(extractor, text))


@pytest.mark.parametrize("text", [
    "Teodulo Barragán Ochoa was recruited by Los Halcones Negros in 2015.",
    "Teodulo Barragán Ochoa is an operative for Los Halcones Negros.",
    "Police detained Teodulo Barragán Ochoa, one of the hitmen of Los Halcones Negros.",
    "Police detained Teodulo Barragán Ochoa, a former bodyguard of Los Halcones Negros.",
])
def test_more_membership_wordings(extractor: Any, text: str) -> None:
    assert has(read(extractor, text), "Teodulo Barragán Ochoa", "member_of", "Los Halcones Negros")


def test_two_designations_of_one_group_in_one_sentence_stay_two(extractor: Any) -> None:
    result = extractor(Document.make(
        "In July 2024 the US Treasury Department designated Los Halcones Negros a transnational criminal "
        "organization, and in February 2025 the State Department went further and designated it a foreign "
        "terrorist organization.", "test.txt"))
    labels = sorted(c.qualifiers.label or "" for c in result.claims if c.predicate == "designated")
    assert labels == ["foreign terrorist organization", "transnational criminal organization"]


@pytest.mark.parametrize("text", [
    "Police detained Teodulo Barragán Ochoa, a key figure in Los Halcones Negros, on Monday.",
    "Teodulo Barragán Ochoa, head of Los Halcones Negros' finances, was detained on Monday.",
])
def test_figures_and_heads_of_a_groups_functions_are_members(extractor: Any, text: str) -> None:
    found = read(extractor, text)
    assert has(found, "Teodulo Barragán Ochoa", "member_of", "Los Halcones Negros")
    assert not has(found, "Teodulo Barragán Ochoa", "leader_of", "Los Halcones Negros")


def test_whose_gang_is_led_by_the_person(extractor: Any) -> None:
    found = read(extractor, "Ramiro Cota Lara, whose Los Halcones Negros gang dominates Tecomán, was detained.")
    assert any(c["subject"] == "Ramiro Cota Lara" and c["predicate"] == "leader_of" for c in found)
    found = read(extractor, "Ramiro Cota Lara, whose brother leads Los Halcones Negros, was detained.")
    assert not has(found, "Ramiro Cota Lara", "leader_of", "Los Halcones Negros")


def test_buying_from_a_group_allies_buyer_and_seller(extractor: Any) -> None:
    assert has(read(extractor, "Los Halcones Negros buys cocaine from Los Coyotes."),
               "Los Halcones Negros", "ally_of", "Los Coyotes")
    assert not any(c["predicate"] == "ally_of" for c in read(
        extractor, "Los Halcones Negros bought precursor chemicals from suppliers in China."))


def test_another_founder_belongs_to_the_group_in_hand(extractor: Any) -> None:
    found = read(extractor, "Los Halcones Negros was founded in Colima in 2010. A third founder, Ramiro Cota Lara, "
                            "was detained in May.")
    assert has(found, "Ramiro Cota Lara", "founder_of", "Los Halcones Negros")
    found = read(extractor, "Los Halcones Negros grew fast. A leader, Ramiro Cota Lara, was detained in May.")
    assert not any(c["predicate"] == "leader_of" for c in found)


def test_another_cell_is_one_more_part_of_the_group_in_hand(extractor: Any) -> None:
    found = read(extractor, "Los Halcones Negros works like a franchise. In Chile, Los Coyotes was a cell of "
                            "Los Halcones Negros. Another cell, Los Venados, reportedly operated in Colima.")
    assert has(found, "Los Venados", "faction_of", "Los Halcones Negros")
    assert not has(found, "Los Venados", "faction_of", "Los Coyotes")


def test_another_cell_after_a_sibling_cell_joins_their_parent(extractor: Any) -> None:
    found = read(extractor, "Prosecutors say Los Coyotes was a cell of Los Halcones Negros based in Arica. "
                            "Another cell, Los Venados, reportedly operated in Colima.")
    assert has(found, "Los Venados", "faction_of", "Los Halcones Negros")


@pytest.mark.parametrize("believers", ["Investigators believe", "Investigators think",
                                       "Local investigators believe that"])
def test_believers_are_the_source_of_a_probable_claim(extractor: Any, believers: str) -> None:
    found = read(extractor, f"{believers} Los Halcones Negros have formed an alliance with Los Coyotes.")
    claim = has(found, "Los Halcones Negros", "ally_of", "Los Coyotes")
    assert claim and claim["certainty"] == "probable"
    assert "nvestigators" in claim["source"]


def test_it_is_believed_hedges_without_naming_a_source(extractor: Any) -> None:
    found = read(extractor, "It is believed that Los Halcones Negros have formed an alliance with Los Coyotes.")
    claim = has(found, "Los Halcones Negros", "ally_of", "Los Coyotes")
    assert claim and claim["certainty"] == "probable" and claim["source"] == "article"
