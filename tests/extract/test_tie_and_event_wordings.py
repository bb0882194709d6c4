"""Rivalry, talks, trade, sanctions and arrests told in wordings crime reporting uses: "set X against Y",
"a truce brokered by P between X and Y", "tried to agree a truce", "brought representatives of X and Y
together", "controlled 40 per cent of the cocaine market", "placed X under sanctions", "stopped X and Y
and held them", "turned himself in to US agents in P".

Each sentence is written for this test, with invented gangs and people; each test checks the claim a
rule must make and the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str, published: str | None = None) -> list[tuple[Any, ...]]:
    """(subject, predicate, object, date values, certainty, places) of every claim."""
    return [(s.subject, s.predicate, s.object, s.dates, s.certainty, s.places)
            for s in said(extractor, text, published)]


def pairs(found: list[tuple[Any, ...]], predicate: str) -> set[frozenset[str]]:
    return {frozenset((c[0], c[2])) for c in found if c[1] == predicate}


def test_a_group_set_or_pitted_against_another_is_its_rival(extractor: Any) -> None:
    found = claims(extractor, "The murder of their founder set Los Halcones against Los Zorros.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")
    found = claims(extractor, "In 2016 the split pitted Los Zorros against the Gulf Cartel.")
    assert frozenset({"Los Zorros", "Gulf Cartel"}) in pairs(found, "rival_of")
    assert ("Los Zorros", "rival_of", "Gulf Cartel", ("2016",)) in [c[:4] for c in found]
    found = claims(extractor, "Los Halcones set the warehouse of Los Zorros on fire.")
    assert not pairs(found, "rival_of")


def test_a_war_gone_to_and_sanctions_placed_keep_the_date_of_their_clause(extractor: Any) -> None:
    found = claims(extractor, "In 2019 Los Halcones went to war with Los Zorros.")
    assert ("Los Halcones", "rival_of", "Los Zorros", ("2019",)) in [c[:4] for c in found]
    found = claims(extractor, "The United States placed Los Halcones under sanctions in 2022.")
    assert ("Los Halcones", "designated", "United States", ("2022",)) in [c[:4] for c in found]
    found = claims(extractor, "Washington put Los Zorros under sanctions last year.", published="2024-05-02")
    assert ("Los Zorros", "designated", "United States", ("2023",)) in [c[:4] for c in found]


def test_a_truce_brokered_between_two_groups_is_negotiated(extractor: Any) -> None:
    found = claims(extractor, "In 2012 a truce brokered by the bishop between Los Halcones and Los Zorros "
                              "held for a year.")
    assert ("Los Halcones", "negotiated_with", "Los Zorros", ("2012",), "certain") in [c[:5] for c in found]
    assert not pairs(found, "ally_of")


def test_trying_to_agree_a_truce_is_talks_and_could_have_reached_one_is_possible(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones and Los Zorros tried at least three times to agree a truce.")
    assert [c[4] for c in found if c[1] == "negotiated_with"] == ["certain"]
    found = claims(extractor, "Los Halcones and Los Zorros could have reached an informal truce in the port.")
    assert [c[4] for c in found if c[1] == "negotiated_with"] == ["possible"]
    found = claims(extractor, "Los Halcones and Los Zorros might try to agree a truce.")
    assert [c[4] for c in found if c[1] == "negotiated_with"] == ["possible"]


def test_a_go_between_who_brings_envoys_of_two_groups_together_holds_talks(extractor: Any) -> None:
    found = claims(extractor, "In 2018 a priest brought representatives of Los Halcones and Los Zorros together "
                              "in his parish hall.")
    assert ("Los Halcones", "negotiated_with", "Los Zorros", ("2018",)) in [c[:4] for c in found]
    found = claims(extractor, "A former mayor brought leaders of Los Zorros and the Gulf Cartel to the table.")
    assert frozenset({"Los Zorros", "Gulf Cartel"}) in pairs(found, "negotiated_with")
    found = claims(extractor, "Police brought members of Los Halcones and Los Zorros to court in March.")
    assert not pairs(found, "negotiated_with")


def test_a_share_of_a_drug_market_is_trafficking(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones controlled 40 to 70 per cent of the methamphetamine market.")
    assert ("Los Halcones", "traffics", "methamphetamine") in [c[:3] for c in found]
    found = claims(extractor, "Los Zorros control about 30% of the heroin market, investigators believe.")
    assert ("Los Zorros", "traffics", "heroin", (), "probable") in [c[:5] for c in found]
    found = claims(extractor, "Los Zorros controlled 40 per cent of the port's fish market.")
    assert not [c for c in found if c[1] == "traffics"]


def test_people_stopped_and_held_by_police_were_arrested(extractor: Any) -> None:
    found = claims(extractor, "Police stopped Ramón Ibarra Soto and Luis Peña Vidal on a highway near Monterrey "
                              "on Friday and held them.", published="2024-12-02")
    arrests = {(c[0], c[3], c[5]) for c in found if c[1] == "arrested"}
    assert ("Ramón Ibarra Soto", ("2024-11-29",), ("Monterrey",)) in arrests
    assert ("Luis Peña Vidal", ("2024-11-29",), ("Monterrey",)) in arrests
    found = claims(extractor, "Gunmen stopped Ramón Ibarra Soto on a road and held him for ransom.")
    assert not [c for c in found if c[1] == "arrested"]


def test_a_surrender_to_us_agents_abroad_is_an_arrest_by_the_us(extractor: Any) -> None:
    found = claims(extractor, "Ramón Ibarra Soto turned himself in to US agents in Panama in 2016.")
    assert ("Ramón Ibarra Soto", "arrested", "United States", ("2016",)) in [c[:4] for c in found]


def test_the_war_with_a_group_belongs_to_the_group_the_text_is_about(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones ran the port for a decade. The conflict with Los Zorros began in 2015.")
    assert ("Los Halcones", "rival_of", "Los Zorros", ("2015",)) in [c[:4] for c in found]
    found = claims(extractor, "Soldiers reached the port in 2015. The war with Los Zorros had already begun.")
    assert not pairs(found, "rival_of")


def test_a_war_waged_with_a_group_and_groups_that_worked_together(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones are waging a war with Los Zorros in the hills.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "rival_of")
    found = claims(extractor, "Los Halcones and Los Zorros had once worked together on the coast.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "ally_of")
    found = claims(extractor, "Police and soldiers worked together to find Los Zorros.")
    assert not pairs(found, "ally_of")


def test_a_body_found_shot_dead_is_a_killing_and_one_found_wounded_is_not(extractor: Any) -> None:
    found = claims(extractor, "Ramón Ibarra Soto was found shot dead in his car in Culiacán in 2021.")
    assert ("Ramón Ibarra Soto", "killed", "", ("2021",)) in [c[:4] for c in found]
    found = claims(extractor, "Ramón Ibarra Soto was found stabbed to death in Tijuana.")
    assert ("Ramón Ibarra Soto", "killed") in [c[:2] for c in found]
    found = claims(extractor, "Ramón Ibarra Soto was found shot in the leg outside a bar.")
    assert not [c for c in found if c[1] == "killed"]


def test_both_after_two_people_are_the_people_not_the_groups_named_before(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones and Los Zorros rule the coast. Police stopped Ramón Ibarra Soto and "
                              "Luis Peña Vidal on a highway and held them. Both are suspected members of Barrio 18.")
    assert not [c for c in found if c[1] == "faction_of"]
    assert ("Ramón Ibarra Soto", "member_of", "Barrio 18") in [c[:3] for c in found]
    found = claims(extractor, "Los Halcones and Los Zorros rule the coast. Both are members of the Sinaloa Cartel.")
    assert ("Los Halcones", "faction_of", "Sinaloa Cartel") in [c[:3] for c in found]


def test_killers_named_by_the_group_they_serve(extractor: Any) -> None:
    found = claims(extractor, "Ramón Ibarra Soto was murdered by hitmen working for Los Zorros.")
    assert ("Ramón Ibarra Soto", "killed", "Los Zorros") in [c[:3] for c in found]
    found = claims(extractor, "Ramón Ibarra Soto was shot dead by gunmen loyal to Los Halcones in 2019.")
    assert ("Ramón Ibarra Soto", "killed", "Los Halcones", ("2019",)) in [c[:4] for c in found]
    found = claims(extractor, "Ramón Ibarra Soto was killed by men who worked for Los Zorros.")
    assert ("Ramón Ibarra Soto", "killed", "Los Zorros") in [c[:3] for c in found]
    found = claims(extractor, "Ramón Ibarra Soto was killed by unknown gunmen in Tijuana.")
    assert [c[2] for c in found if c[1] == "killed"] == [""]


def test_a_death_after_a_shooting_is_a_killing(extractor: Any) -> None:
    found = claims(extractor, "Ramón Ibarra Soto died after being shot in a bar in Tijuana.")
    assert ("Ramón Ibarra Soto", "killed", "") in [c[:3] for c in found]
    found = claims(extractor, "Ramón Ibarra Soto died after being treated for cancer.")
    assert not [c for c in found if c[1] == "killed"]


def test_a_war_the_groups_have_been_at_since_a_year_is_dated(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones and Los Zorros have been at war since 2018.")
    assert [c[3] for c in found if c[1] == "rival_of"] == [("2018",)]


def test_talks_told_by_envoys_a_go_between_or_sitting_down(extractor: Any) -> None:
    found = claims(extractor, "Leaders of Los Halcones met leaders of Los Zorros in a prison in 2014.")
    assert ("Los Halcones", "negotiated_with", "Los Zorros", ("2014",)) in [c[:4] for c in found]
    found = claims(extractor, "The government mediated between Los Halcones and Los Zorros in 2016.")
    assert ("Los Halcones", "negotiated_with", "Los Zorros", ("2016",)) in [c[:4] for c in found]
    found = claims(extractor, "Los Halcones sat down with Los Zorros to divide the port.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "negotiated_with")
    found = claims(extractor, "Police met leaders of Los Zorros in 2014.")
    assert not pairs(found, "negotiated_with")


def test_a_drug_market_dominated_and_drugs_dealt_or_peddled_are_trafficking(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros dominates the methamphetamine market in Sinaloa.")
    assert ("Los Zorros", "traffics", "methamphetamine") in [c[:3] for c in found]
    found = claims(extractor, "Los Zorros dominates the fish market in Sinaloa.")
    assert not [c for c in found if c[1] == "traffics"]
    found = claims(extractor, "Los Halcones deals crack cocaine in the favelas.")
    assert ("Los Halcones", "traffics", "cocaine") in [c[:3] for c in found]
    found = claims(extractor, "Los Zorros peddled heroin on the streets of Dublin.")
    assert ("Los Zorros", "traffics", "heroin") in [c[:3] for c in found]


def test_groups_at_odds_are_rivals_and_groups_fighting_alongside_are_allies(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones has been at odds with Los Zorros since 2019.")
    assert ("Los Halcones", "rival_of", "Los Zorros", ("2019",)) in [c[:4] for c in found]
    found = claims(extractor, "Los Halcones won the vote against the odds.")
    assert not [c for c in found if c[1] == "rival_of"]
    found = claims(extractor, "Los Halcones fought alongside Los Zorros against the Gulf Cartel.")
    assert frozenset({"Los Halcones", "Los Zorros"}) in pairs(found, "ally_of")
    assert frozenset({"Los Halcones", "Los Zorros"}) not in pairs(found, "rival_of")


def test_sitting_down_is_talks_only_with_a_group_named_after_with(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones and Los Zorros are bitter enemies. Nobody on either side trusts the "
                              "other enough to sit down.")
    assert not pairs(found, "negotiated_with")
    found = claims(extractor, "Los Halcones and Los Zorros later sat down with envoys of the government.")
    assert not pairs(found, "negotiated_with")
