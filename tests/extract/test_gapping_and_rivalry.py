"""Designations said once for several objects, rivalry verbs, and the sides of 'between'.

Each paragraph is written for this test, with invented gangs; it checks the claim and the
silence the rules must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[str, str, str, tuple[str, ...], tuple[str, ...]]]:
    """(subject, predicate, object, date values, places) of every claim."""
    return [(s.subject, s.predicate, s.object, s.dates, s.places) for s in said(extractor, text)]


def dates_of(found: list[tuple[Any, ...]], subject: str, predicate: str) -> set[tuple[str, ...]]:
    return {c[3] for c in found if c[0] == subject and c[1] == predicate}


def test_each_object_of_a_gapped_sanction_keeps_its_own_date(extractor: Any) -> None:
    found = claims(extractor, "The US Treasury sanctioned Los Pumas in February 2024 and Los Jaguares in "
                              "June 2024.")
    assert dates_of(found, "Los Pumas", "designated") == {("2024-02",)}
    assert dates_of(found, "Los Jaguares", "designated") == {("2024-06",)}


def test_objects_sanctioned_together_share_the_date(extractor: Any) -> None:
    found = claims(extractor, "The US Treasury sanctioned Los Pumas and Los Jaguares in June 2024.")
    assert dates_of(found, "Los Pumas", "designated") == {("2024-06",)}
    assert dates_of(found, "Los Jaguares", "designated") == {("2024-06",)}


def test_competing_groups_are_rivals(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas competes with Los Jaguares for the smuggling routes of the coast.")
    assert any({c[0], c[2]} == {"Los Pumas", "Los Jaguares"} and c[1] == "rival_of" for c in found)


def test_groups_that_clashed_in_a_place_operate_there(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas and Los Jaguares clashed in Nayarit last year.")
    assert {(c[0], c[2]) for c in found if c[1] == "operates_in"} == {("Los Pumas", "Nayarit"),
                                                                      ("Los Jaguares", "Nayarit")}


def test_soldiers_clashing_with_a_gang_give_it_no_rival(extractor: Any) -> None:
    found = claims(extractor, "Soldiers clashed with Los Pumas in Nayarit last year.")
    assert not [c for c in found if c[1] == "rival_of"]


def test_an_accommodation_with_a_group_is_an_alliance(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas may have reached an accommodation with Los Jaguares.")
    assert any({c[0], c[2]} == {"Los Pumas", "Los Jaguares"} and c[1] == "ally_of" for c in found)


def test_allies_named_after_between_are_not_sides_of_the_fight(extractor: Any) -> None:
    found = claims(extractor, "Dozens died in fighting between Los Pumas and Los Jaguares, and allies of "
                              "each gang, such as Los Linces, have joined the fight.")
    rivals = {frozenset((c[0], c[2])) for c in found if c[1] == "rival_of"}
    assert frozenset(("Los Pumas", "Los Jaguares")) in rivals
    assert not any("Los Linces" in pair for pair in rivals)


def test_the_two_groups_designated_are_the_pair_named_before(extractor: Any) -> None:
    found = claims(extractor, "Police fought Los Pumas and Los Jaguares for years. In September 2025 the US "
                              "designated the two groups as foreign terrorist organisations.")
    assert dates_of(found, "Los Pumas", "designated") == {("2025-09",)}
    assert dates_of(found, "Los Jaguares", "designated") == {("2025-09",)}


def test_local_gangs_designated_are_no_group_named_before(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas is based in Tepic. The US designated local gangs as terrorist "
                              "organisations.")
    assert not [c for c in found if c[1] == "designated"]


def test_a_sanction_and_a_later_designation_in_one_sentence_are_two_claims(extractor: Any) -> None:
    found = claims(extractor, "The US Treasury sanctioned Los Pumas in February 2024 and Los Jaguares in June "
                              "2024, and the US designated the two groups as foreign terrorist organisations "
                              "in September 2025.")
    assert dates_of(found, "Los Pumas", "designated") == {("2024-02",), ("2025-09",)}
    assert dates_of(found, "Los Jaguares", "designated") == {("2024-06",), ("2025-09",)}


def test_accused_of_leading_a_group_leads_it_probably(extractor: Any) -> None:
    result = extractor(Document.make('Prosecutors accuse Jorge Ruiz Mora, who is known as "El Gato", of leading '
                                     'Los Pumas, a criminal group that extorts businesses.', "test.txt"))
    names = {e.id: e.name for e in result.entities}
    led = [c for c in result.claims if c.predicate == "leader_of"]
    assert [(names[c.subject_id], names[c.object_id or ""], c.certainty.value, c.attributed_to) for c in led] == \
        [("Jorge Ruiz Mora", "Los Pumas", "probable", ("article", "Prosecutors"))]


def test_acquitted_of_leading_or_leading_after_another_act_gives_no_leader(extractor: Any) -> None:
    for text in ("A court acquitted Jorge Ruiz Mora of leading Los Pumas.",
                 "Prosecutors accuse Jorge Ruiz Mora of attacking officers after leading Los Pumas."):
        assert not [c for c in claims(extractor, text) if c[1] == "leader_of"], text


def test_a_cell_working_for_a_group_is_its_faction(extractor: Any) -> None:
    found = claims(extractor, "Leaked files described Los Pumas as a local cell working for the Sinaloa Cartel.")
    assert [c[:3] for c in found if c[1] == "faction_of"] == [("Los Pumas", "faction_of", "Sinaloa Cartel")]


def test_a_cell_working_in_a_place_is_no_faction_of_the_group_it_fought(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas, a cell working in Tepic, fought the Sinaloa Cartel.")
    assert not [c for c in found if c[1] == "faction_of"]


def test_naming_a_person_as_one_of_the_leaders_is_no_designation(extractor: Any) -> None:
    found = claims(extractor, "Police named Jorge Ruiz Mora as one of the leaders of Los Pumas.")
    assert not [c for c in found if c[1] == "designated"]
    listed = claims(extractor, "The US Treasury listed Los Pumas as a terrorist organisation.")
    assert [c[:2] for c in listed if c[1] == "designated"] == [("Los Pumas", "designated")]


def test_the_place_of_an_arrest_in_the_city_of_p(extractor: Any) -> None:
    found = claims(extractor, "Soldiers recaptured Jorge Ruiz Mora in the coastal city of Manta in June 2025.")
    assert [(c[1], c[3], c[4]) for c in found] == [("arrested", ("2025-06",), ("Manta",))]


def test_a_native_of_the_city_of_p_is_no_place_of_arrest(extractor: Any) -> None:
    found = claims(extractor, "Police say Jorge Ruiz Mora, a native of the city of Manta, was arrested in June 2025.")
    assert [(c[1], c[4]) for c in found] == [("arrested", ())]


def test_groups_buying_cocaine_in_a_country_traffic_it_and_operate_there(extractor: Any) -> None:
    found = claims(extractor, "Both Los Pumas and Los Jaguares buy cocaine in Ecuador's ports and ship it north.")
    assert {c[:3] for c in found} >= {("Los Pumas", "traffics", "cocaine"), ("Los Jaguares", "traffics", "cocaine"),
                                      ("Los Pumas", "operates_in", "Ecuador"),
                                      ("Los Jaguares", "operates_in", "Ecuador")}


def test_people_buying_cocaine_from_a_group_give_nothing(extractor: Any) -> None:
    assert claims(extractor, "Addicts in Tepic buy cocaine from Los Pumas.") == []


def test_buying_from_suppliers_in_a_country_is_no_presence_there(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas is believed to buy precursor chemicals from suppliers in China.")
    assert not [c for c in found if c[1] == "operates_in"]


def test_a_group_controlling_much_of_a_state_operates_there(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas, which controlled much of Nayarit in the late 2000s, is now weak.")
    assert ("Los Pumas", "operates_in", "Nayarit") in {c[:3] for c in found}


def test_fighting_for_control_of_a_place_puts_both_sides_there(extractor: Any) -> None:
    found = claims(extractor, "Los Jaguares have been fighting Los Pumas for control of Nayarit.")
    assert {c[:3] for c in found if c[1] == "operates_in"} == {("Los Jaguares", "operates_in", "Nayarit"),
                                                               ("Los Pumas", "operates_in", "Nayarit")}


def test_fighting_for_years_gives_no_place_from_for(extractor: Any) -> None:
    found = claims(extractor, "Los Jaguares have been fighting Los Pumas for years.")
    assert not [c for c in found if c[1] == "operates_in"]


def test_people_who_formed_a_group_founded_it(extractor: Any) -> None:
    found = claims(extractor, "Jorge Ruiz Mora and Pedro Gómez Luna formed Los Jaguares in 2011.")
    assert {c[:4] for c in found if c[1] == "founder_of"} == {
        ("Jorge Ruiz Mora", "founder_of", "Los Jaguares", ("2011",)),
        ("Pedro Gómez Luna", "founder_of", "Los Jaguares", ("2011",))}


def test_a_person_forming_an_alliance_with_a_group_founded_nothing(extractor: Any) -> None:
    found = claims(extractor, "Jorge Ruiz Mora formed an alliance with Los Jaguares.")
    assert not [c for c in found if c[1] == "founder_of"]


def test_an_offshoot_that_controls_a_place_operates_there_not_its_parent(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas, an offshoot of Los Zetas that controls much of Nayarit, is growing.")
    assert [c[:3] for c in found if c[1] == "operates_in"] == [("Los Pumas", "operates_in", "Nayarit")]


def test_a_participle_clause_traffics_for_the_subject_of_its_verb(extractor: Any) -> None:
    found = claims(extractor, "Los Jaguares became the dominant criminal force in Nayarit, trafficking "
                              "methamphetamine to the United States and extorting farmers.")
    assert ("Los Jaguares", "traffics", "methamphetamine") in {c[:3] for c in found}


def test_what_police_seize_is_not_theirs_to_traffic(extractor: Any) -> None:
    found = claims(extractor, "Police raided a ranch of Los Jaguares, seizing methamphetamine.")
    assert not [c for c in found if c[1] == "traffics"]


def test_names_conjoined_to_a_source_are_the_subject(extractor: Any) -> None:
    result = extractor(Document.make("According to the Drug Enforcement Administration, Los Pumas and Los "
                                     "Jaguares are responsible for most of the fentanyl that enters the United "
                                     "States.", "test.txt"))
    names = {e.id: e.name for e in result.entities}
    found = {(names[c.subject_id], names.get(c.object_id or ""), c.attributed_to[-1])
             for c in result.claims if c.predicate == "traffics"}
    assert found == {("Los Pumas", "fentanyl", "Drug Enforcement Administration"),
                     ("Los Jaguares", "fentanyl", "Drug Enforcement Administration")}


FOUR = ("Several defendants lead Los Pumas, Los Jaguares, Los Linces and the Sinaloa Cartel. The US designated "
        "those {} organisations as terrorist organisations on February 20, 2025.")


def test_those_four_organisations_are_the_four_named_together_before(extractor: Any) -> None:
    found = claims(extractor, FOUR.format("four"))
    assert {c[0] for c in found if c[1] == "designated" and c[3] == ("2025-02-20",)} == {
        "Los Pumas", "Los Jaguares", "Los Linces", "Sinaloa Cartel"}


def test_a_count_that_matches_no_list_gives_no_designation(extractor: Any) -> None:
    found = claims(extractor, FOUR.format("three"))
    assert not [c for c in found if c[1] == "designated"]


ESCAPE = "Jorge Ruiz Mora escaped from a prison in Tepic in January 2024. {} the US designated Los Pumas as a " \
         "terrorist organisation."


def test_what_an_event_set_off_takes_its_date_but_not_its_place(extractor: Any) -> None:
    found = claims(extractor, ESCAPE.format("His escape set off a wave of attacks, and"))
    assert [(c[1], c[3], c[4]) for c in found if c[1] == "designated"] == [("designated", ("2024-01",), ())]


def test_a_later_sentence_that_sets_nothing_off_keeps_no_date(extractor: Any) -> None:
    found = claims(extractor, ESCAPE.format("His lawyer later said that"))
    assert [(c[1], c[3]) for c in found if c[1] == "designated"] == [("designated", ())]


def test_a_group_also_called_something_is_still_the_subject(extractor: Any) -> None:
    found = claims(extractor, "Los Pumas, also called the Ruiz Mora Organization (RMO), is a drug trafficking "
                              "organization based in the border city of Tepic.")
    assert ("Los Pumas", "operates_in", "Tepic") in {c[:3] for c in found}


def test_a_group_a_person_called_names_is_not_the_subject_of_the_main_verb(extractor: Any) -> None:
    found = claims(extractor, "Jorge Ruiz Mora called Los Pumas a gang of cowards, and the police based in "
                              "Tepic agreed.")
    assert not [c for c in found if c[1] == "operates_in"]


NEW_CARTEL = "{} The new cartel quickly became the dominant force in the state, trafficking methamphetamine."


def test_the_new_cartel_is_the_group_just_formed(extractor: Any) -> None:
    found = claims(extractor, NEW_CARTEL.format("In 2011 Jorge Ruiz Mora formed Los Jaguares."))
    assert ("Los Jaguares", "traffics", "methamphetamine") in {c[:3] for c in found}


def test_the_new_cartel_is_no_group_named_without_being_formed(extractor: Any) -> None:
    found = claims(extractor, NEW_CARTEL.format("Los Pumas sold cocaine in Tepic."))
    assert not [c for c in found if c[2] == "methamphetamine"]


def test_an_event_told_as_past_takes_the_date_of_the_saying(extractor: Any) -> None:
    for text in ("In December 2010, the government said that Jorge Ruiz Mora had been killed in Tepic.",
                 "The government said in December 2010 that Jorge Ruiz Mora had been killed in Tepic."):
        found = claims(extractor, text)
        assert [(c[1], c[3]) for c in found if c[1] == "killed"] == [("killed", ("2010-12",))], text


def test_an_event_foretold_takes_no_date_from_the_saying(extractor: Any) -> None:
    found = claims(extractor, "In December 2010, the government said that Jorge Ruiz Mora would be arrested.")
    assert [(c[1], c[3]) for c in found if c[1] == "arrested"] == [("arrested", ())]


def test_a_when_clause_on_a_date_takes_that_date(extractor: Any) -> None:
    text = ("The two gangs had fought for years. That changed in May 2022, when Los Cuervos and Los Halcones "
            "announced a truce and then an alliance.")
    assert dates_of(claims(extractor, text), "Los Cuervos", "ally_of") == {("2022-05",)}


def test_a_splinter_that_emerged_in_a_year_is_dated(extractor: Any) -> None:
    text = "Los Cuervos emerged around 2011 as a splinter of the Tejones Cartel."
    assert dates_of(claims(extractor, text), "Los Cuervos", "faction_of") == {("2011",)}
