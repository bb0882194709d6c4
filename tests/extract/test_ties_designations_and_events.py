"""Ties and events told in wordings crime reporting uses: "P says X, a gang ..., works hand in hand with
Y", "reached an understanding with Y operators", "X and <place> emissaries had met", "added two gangs to
its list ... A and B", "Of the eight groups the US added to its list, X ...", "arrested ... and
extradited to the United States that December", "a jury found X guilty", a broadcast's "ANCHOR:" turns
and "Washington says".

Each sentence is written for this test, with invented gangs and people; each test checks the claim a
rule must make and the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str, published: str | None = "2024-05-02") -> list[tuple[Any, ...]]:
    """(subject, predicate, object, date values, certainty, sources) of every claim."""
    return [(s.subject, s.predicate, s.object, s.dates, s.certainty, s.sources)
            for s in said(extractor, text, published)]


def triples(found: list[tuple[Any, ...]]) -> set[tuple[str, str, str]]:
    return {c[:3] for c in found}


def test_a_gang_said_to_work_with_another_after_an_apposition_is_its_ally(extractor: Any) -> None:
    found = claims(extractor, "Officials say Los Halcones, the region's biggest gang with thousands of members, "
                              "works hand in hand with the Gulf Cartel.")
    assert ("Los Halcones", "ally_of", "Gulf Cartel") in triples(found)
    found = claims(extractor, "Officials say Los Halcones, the region's biggest gang, works in the port.")
    assert not [c for c in found if c[1] == "ally_of"]


def test_an_understanding_with_a_groups_operators_is_an_alliance_hedged_by_may(extractor: Any) -> None:
    found = claims(extractor, "Some analysts believe Los Halcones may have reached an understanding with "
                              "Gulf Cartel operators to keep Los Zorros out of the north.")
    assert ("Los Halcones", "ally_of", "Gulf Cartel", (), "possible") in [c[:5] for c in found]
    assert ("Los Halcones", "ally_of", "Los Zorros") not in triples(found)


def test_emissaries_of_a_group_and_of_a_place_named_group_met(extractor: Any) -> None:
    found = claims(extractor, "Los Halcones operate beside the Sinaloa Cartel. The newspaper said in 2023 that "
                              "Halcones and Sinaloa emissaries had met in Coahuila to divide up smuggling routes.")
    assert ("Los Halcones", "negotiated_with", "Sinaloa Cartel") in triples(found)
    found = claims(extractor, "The newspaper said that Los Halcones and Sonora ranchers had met in Coahuila.")
    assert not [c for c in found if c[1] == "negotiated_with"]


def test_a_counted_plural_added_to_a_list_stands_for_the_names_that_follow(extractor: Any) -> None:
    found = claims(extractor, "The United States tonight added two Peruvian gangs to its list of foreign "
                              "terrorist organizations. The secretary said Los Halcones and Los Zorros had "
                              "made the country violent.")
    assert {("Los Halcones", "designated", "United States"), ("Los Zorros", "designated", "United States")} \
        <= triples(found)
    found = claims(extractor, "The United States added three gangs to its list of terrorist organizations. "
                              "Officials said Los Halcones and Los Zorros were the worst.")
    assert not [c for c in found if c[1] == "designated"]  # two names for three gangs: none is meant


def test_of_the_groups_added_to_a_list_the_subject_is_designated(extractor: Any) -> None:
    found = claims(extractor, "Of the six groups the United States added to its list of foreign terrorist "
                              "organizations on March 3, Los Halcones is perhaps the least known.")
    assert ("Los Halcones", "designated", "United States", ("2024-03-03",)) in [c[:4] for c in found]


def test_arrested_and_extradited_that_december_keeps_the_subject(extractor: Any) -> None:
    found = claims(extractor, "Juan Soto Vera was arrested in Cobán on April 3, 2012, and extradited to the "
                              "United States that December.")
    assert ("Juan Soto Vera", "extradited", "United States") in triples(found)


def test_a_jury_that_found_a_person_guilty_charged_them(extractor: Any) -> None:
    for text in ("A federal jury in Brooklyn on Tuesday found Pedro Ruiz Lima guilty of taking bribes.",
                 "A federal jury on Tuesday found Pedro Ruiz Lima, a former police chief, guilty of taking bribes."):
        found = claims(extractor, text)
        assert [c for c in found if c[:2] == ("Pedro Ruiz Lima", "charged")], text
    found = claims(extractor, "The reporters found Pedro Ruiz Lima, a former police chief, at home.")
    assert not [c for c in found if c[1] == "charged"]


def test_a_broadcasts_own_voices_are_the_article_and_a_capital_speaks_for_its_country(extractor: Any) -> None:
    text = ("ANCHOR: The United States tonight placed Los Halcones under sanctions.\n\n"
            "CORRESPONDENT: Officials in Lima welcomed the step.\n\n"
            "ANCHOR: Washington says Los Halcones works hand in hand with the Gulf Cartel.\n\n"
            "CORRESPONDENT: The gang denies it.")
    found = claims(extractor, text)
    designated = [c for c in found if c[:3] == ("Los Halcones", "designated", "United States")]
    assert designated and designated[0][5] == ("article",)
    allied = [c for c in found if c[:3] == ("Los Halcones", "ally_of", "Gulf Cartel")]
    assert allied and allied[0][5][-1] == "United States"


def test_a_killing_ordered_by_someone_or_the_work_of_a_group_names_the_killer(extractor: Any) -> None:
    found = claims(extractor, "Pedro Ruiz Lima ordered the killing of Juan Soto Vera, a police commander.")
    assert ("Juan Soto Vera", "killed", "Pedro Ruiz Lima") in triples(found)
    found = claims(extractor, "Her son Juan Soto Vera was shot dead in 2021. The prosecutors told her privately "
                              "that the killing was the work of Los Halcones.")
    assert ("Juan Soto Vera", "killed", "Los Halcones") in triples(found)
    found = claims(extractor, "The killing was the work of Los Halcones.")  # no one told killed before
    assert not [c for c in found if c[1] == "killed"]
    found = claims(extractor, "Pedro Ruiz Lima ordered the arrest of Juan Soto Vera.")
    assert not [c for c in found if c[1] == "killed"]


def test_warriors_whose_only_target_is_a_group_are_its_rivals(extractor: Any) -> None:
    for text in ("Los Halcones are a militia whose main target is Los Zorros.",
                 "Los Halcones, a militia whose only target is Los Zorros, appeared in 2011."):
        assert ("Los Halcones", "rival_of", "Los Zorros") in triples(claims(extractor, text)), text
    found = claims(extractor, "The target of the raid was Los Zorros, not Los Halcones.")
    assert not [c for c in found if c[1] == "rival_of"]


def test_people_detained_and_identified_as_or_named_after_the_time_and_place(extractor: Any) -> None:
    found = claims(extractor, "The mayor, Tomás Ibarra, met the governor, Luis Cantú Vela. Police detained two men, "
                              "identified as Jorge Ruiz Vera and Brayan Soto Ortiz, in the town.")
    assert ("Jorge Ruiz Vera", "arrested") in [c[:2] for c in found]
    assert not [c for c in found if c[1] == "arrested" and c[0] in ("Tomás Ibarra", "Luis Cantú Vela")]
    found = claims(extractor, "Elements of the Secretariat of National Defence (Sedena) arrested this Friday in "
                              "Culiacán, Sinaloa, Juan Soto Vera, alias \"El Gato\", a security chief of Los Halcones.")
    assert [c for c in found if c[:2] == ("Juan Soto Vera", "arrested")]
    found = claims(extractor, "Soldiers patrolled in Culiacán, Sinaloa, and Juan Soto Vera stayed home.")
    assert not [c for c in found if c[1] == "arrested"]


def test_a_jury_finding_a_person_with_a_relative_clause_guilty(extractor: Any) -> None:
    found = claims(extractor, "A federal jury on Tuesday found Pedro Ruiz Lima, who headed the state police and "
                              "later its ministry, guilty of accepting bribes.")
    assert [c for c in found if c[:2] == ("Pedro Ruiz Lima", "charged")]


def test_the_cell_led_by_a_known_leader_and_a_faction_known_as_after_its_place(extractor: Any) -> None:
    found = claims(extractor, "Pedro Ruiz Lima, identified by the authorities as the leader of Los Metros, was "
                              "killed. Los Metros, the cell of the Gulf Cartel that controls the city, blocked "
                              "roads. Local sources said the cell led by Ruiz Lima was in conflict with Los Zorros, "
                              "and also maintained a dispute with the CDG faction based in Matamoros, known as "
                              "Los Ciclones.")
    assert {("Los Metros", "rival_of", "Los Zorros"), ("Los Metros", "rival_of", "Los Ciclones")} <= triples(found)
    assert not [c for c in found if c[0].startswith("faction led by")]
    found = claims(extractor, "Ismael Zambada, the leader of the Sinaloa Cartel, spoke. The faction led by Zambada "
                              "fought Los Chapitos.")
    assert ("Sinaloa Cartel", "rival_of", "Los Chapitos") not in triples(found)


def test_groups_loyal_to_a_leader_fought_with_in_a_place(extractor: Any) -> None:
    found = claims(extractor, "Los Chapitos is disputing routes and territory in Sonora with groups loyal to "
                              "Ismael \"El Mayo\" Zambada.")
    assert ("Los Chapitos", "rival_of", "Los Mayos") in triples(found)
    found = claims(extractor, "Since September 2024 the faction loyal to Ismael \"El Mayo\" Zambada has been at war "
                              "in Sinaloa with Los Chapitos.")
    assert ("Los Mayos", "rival_of", "Los Chapitos", ("2024-09",)) in [c[:4] for c in found]
    found = claims(extractor, "Los Halcones has been at peace in Sonora with Los Zorros.")
    assert not [c for c in found if c[1] == "rival_of"]
