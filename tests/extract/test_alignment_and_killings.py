"""Sides taken, truces, umbrellas, groups born of others, and killings told by attribution.

Each sentence is written for this test, with invented gangs and people; each test checks the
claim a rule must make and the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str, published: str | None = None) -> list[tuple[Any, ...]]:
    """(subject, predicate, object, date values, sources) of every claim."""
    return [(s.subject, s.predicate, s.object, s.dates, s.sources) for s in said(extractor, text, published)]


def pairs(found: list[tuple[Any, ...]], predicate: str) -> set[frozenset[str]]:
    return {frozenset((c[0], c[2])) for c in found if c[1] == predicate}


def test_an_object_read_into_a_repeated_noun_is_still_the_foe(extractor: Any) -> None:
    found = claims(extractor, "In 2022 Los Halcones fought Los Zorros block by block in the old market district.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")


def test_enemies_and_allies_named_after_a_place(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones' enemies in Durango, Los Zorros, have lost ground this year.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")
    found = claims(extractor, "Los Zorros, the Sinaloa Cartel's allies in Durango, guard the mountain roads.")
    assert frozenset({"Los Zorros", "Sinaloa Cartel"}) in pairs(found, "ally_of")


def test_common_cause_and_reliance_make_allies_but_a_supplier_does_not(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones and Los Zorros made common cause against the state police.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "ally_of")
    found = claims(extractor, "Los Halcones rely on Los Zorros for protection on the coast road.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "ally_of")
    found = claims(extractor, "Los Halcones rely on Los Zorros for cocaine.")
    assert not pairs(found, "ally_of")


def test_an_agreed_truce_is_negotiated_and_a_kept_one_is_an_alliance(extractor: Any) -> None:
    found = claims(extractor, "In May 2019 Los Halcones and Los Zorros agreed a truce in the port.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "negotiated_with")
    assert not pairs(found, "ally_of")
    found = claims(extractor, "For ten years Los Halcones and Los Zorros kept a quiet truce.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "ally_of")
    assert not pairs(found, "negotiated_with")


def test_a_second_trigger_noun_parsed_onto_the_main_verb_keeps_its_date(extractor: Any) -> None:
    found = claims(extractor, "Things changed in March 2021, when Los Halcones and Los Zorros announced a truce "
                              "and then an alliance.")
    allies = [c for c in found if c[1] == "ally_of"]
    assert allies and all(c[3] == ("2021-03",) for c in allies)


def test_under_an_umbrella_is_a_faction_and_under_protection_an_ally(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros operate under the umbrella of the Sinaloa Cartel.")
    assert ("Los Zorros", "faction_of", "Sinaloa Cartel") in {c[:3] for c in found}
    found = claims(extractor, "Los Zorros work under the protection of the Sinaloa Cartel.")
    assert frozenset({"Los Zorros", "Sinaloa Cartel"}) in pairs(found, "ally_of")
    assert not pairs(found, "faction_of")


def test_groups_born_of_a_split_are_its_factions_with_the_split_date(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones, the gang that ruled the valley before it collapsed, gave rise to "
                              "Los Zorros.")
    assert ("Los Zorros", "faction_of", "Los Halcones") in {c[:3] for c in found}
    found = claims(extractor, "Another offshoot of Los Halcones, Los Zorros, broke away in 2017.")
    assert ("Los Zorros", "faction_of", "Los Halcones", ("2017",)) in {c[:4] for c in found}
    found = claims(extractor, "Los Zorros was formed in 2015 by prisoners who broke away from Los Halcones.")
    assert ("Los Zorros", "faction_of", "Los Halcones") in {c[:3] for c in found}


def test_a_fight_owned_by_a_group_is_against_its_foe(extractor: Any) -> None:
    found = claims(extractor, "He rose during Los Halcones' long fight for the coast against Los Zorros.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")


def test_a_killing_attributed_in_a_relative_clause_names_killer_and_attributor(extractor: Any) -> None:
    found = claims(extractor, "The murder of a lawyer, Ramiro Ocampo Vela, in June, which police attribute to "
                              "Los Zorros, shocked the town.", published="2024-09-01")
    killed = [c for c in found if c[1] == "killed" and c[2] == "Los Zorros"]
    assert killed and killed[0][0] == "Ramiro Ocampo Vela"
    assert killed[0][3] == ("2024-06",) and killed[0][4][-1] == "police"


def test_shot_and_died_is_a_killing_but_shot_and_wounded_is_not(extractor: Any) -> None:
    found = claims(extractor, "Ramiro Ocampo Vela was shot outside his office in May 2023 and died two days later.")
    assert [c[3] for c in found if c[1] == "killed" and c[0] == "Ramiro Ocampo Vela"] == [("2023-05",)]
    found = claims(extractor, "Ramiro Ocampo Vela was shot outside his office in May 2023 and survived.")
    assert not [c for c in found if c[1] == "killed"]


def test_a_when_clause_keeps_the_sentences_source(extractor: Any) -> None:
    found = claims(extractor, "The attacks began on Friday, when gunmen from Los Zorros shot dead Ramiro Ocampo "
                              "Vela, a bus driver, according to state prosecutors.", published="2024-09-04")
    killed = [c for c in found if c[1] == "killed" and c[0] == "Ramiro Ocampo Vela"]
    assert killed and killed[0][2] == "Los Zorros"
    assert killed[0][3] == ("2024-08-30",) and killed[0][4][-1] == "state prosecutors"


def test_a_report_seen_by_reporters_is_not_theirs(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros have sided with Los Halcones, according to an army report seen by "
                              "reporters.")
    allies = [c for c in found if c[1] == "ally_of"]
    assert allies and "report" in allies[0][4][-1] and allies[0][4][-1] != "reporters"


def test_an_apposed_faction_keeps_the_sentences_source(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros, a cell of Los Halcones, move cocaine along the coast, the report says.")
    factions = [c for c in found if c[1] == "faction_of"]
    assert factions and factions[0][:3] == ("Los Zorros", "faction_of", "Los Halcones")
    assert factions[0][4] == ("article", "the report")


def test_moving_drugs_for_another_group_makes_allies_but_not_for_a_market(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros moved cocaine across the mountains for Mexican buyers, mainly the "
                              "Sinaloa Cartel.")
    assert frozenset({"Los Zorros", "Sinaloa Cartel"}) in pairs(found, "ally_of")
    found = claims(extractor, "Los Zorros moved cocaine across the mountains for the American market.")
    assert not pairs(found, "ally_of")


def test_a_relative_clause_on_what_a_group_is_said_to_be(extractor: Any) -> None:
    found = claims(extractor, "Analysts say Los Halcones survive as a small gang that may have reached an "
                              "accommodation with Los Zorros.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "ally_of")


def test_an_attack_on_a_thing_of_the_foe_is_rivalry(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones gunmen ambushed a Los Zorros convoy near the river.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")
    found = claims(extractor, "Soldiers ambushed a Los Zorros convoy near the river.")
    assert not pairs(found, "rival_of")
    found = claims(extractor, "Los Halcones' gunmen killed two Los Zorros members near the river.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")


def test_a_possessed_offensive_is_dated_by_its_clause(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones' offensive against Los Zorros began in 2019.")
    assert [c[3] for c in found if c[1] == "rival_of"] == [("2019",)]


def test_a_killing_laid_on_a_group_names_it_for_the_one_who_blames(extractor: Any) -> None:
    found = claims(extractor, "Police blamed the killing of the journalist Juan Carlos Pérez on Los Zorros.")
    laid = [c for c in found if c[1] == "killed" and c[2] == "Los Zorros"]
    assert laid and laid[0][0] == "Juan Carlos Pérez" and laid[0][4] == ("article", "Police")


def test_a_claim_of_responsibility_names_the_killer_and_a_denial_negates_it(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros claimed responsibility for the murder of the journalist Juan Carlos Pérez.")
    assert ("Juan Carlos Pérez", "killed", "Los Zorros") in {c[:3] for c in found}
    result = extractor(Document.make("Los Zorros denied responsibility for the murder of the journalist Juan Carlos "
                                     "Pérez.", "test.txt"))
    names = {e.id: e.name for e in result.entities}
    denied = [c for c in result.claims if c.predicate == "killed" and names.get(c.object_id or "") == "Los Zorros"]
    assert denied and all(c.polarity.value == "negative" for c in denied)


def test_a_breakaway_group_is_a_faction_of_what_it_left(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros, a breakaway group from Los Halcones, control the port.")
    assert ("Los Zorros", "faction_of", "Los Halcones") in {c[:3] for c in found}
    found = claims(extractor, "Los Zorros, a gang from the Los Halcones heartland, control the port.")
    assert not [c for c in found if c[1] == "faction_of"]


def test_a_group_working_for_another_is_its_faction_but_a_person_is_not(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros, a gang that works for the Sinaloa Cartel in the hills, according to "
                              "state officials, guard the roads.")
    parts = [c for c in found if c[1] == "faction_of"]
    assert parts and parts[0][:3] == ("Los Zorros", "faction_of", "Sinaloa Cartel")
    assert parts[0][4][-1] == "state officials"
    assert not [c for c in claims(extractor, "He works for the Sinaloa Cartel.") if c[1] == "faction_of"]
