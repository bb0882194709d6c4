"""Designations named with a label or a law, plural groups placed on a list, a fronted 'Led by X', and a role
after a duration ('was for years a leader of G'). Sentences written for these tests."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


def test_named_a_specially_designated_terrorist(extractor: Any) -> None:
    text = "In May the Office of Foreign Assets Control named Los Rusos a Specially Designated Global Terrorist."
    found = [(s.subject, s.object) for s in said(extractor, text) if s.predicate == "designated"]
    assert found == [("Los Rusos", "United States")]


def test_named_under_a_designation_law_with_the_groups_together_with(extractor: Any) -> None:
    text = ("In June 2010 President Barack Obama named Los Zetas, together with La Familia Michoacana, under the "
            "Foreign Narcotics Kingpin Designation Act.")
    assert {s.subject for s in said(extractor, text) if s.predicate == "designated"} == {
        "Los Zetas", "La Familia Michoacana"}


def test_named_under_a_law_as_a_spokesman_is_no_designation(extractor: Any) -> None:
    text = "The ministry named Los Zetas, together with the army, under the new rules as its main concern."
    assert not [s for s in said(extractor, text) if s.predicate == "designated"]


def test_both_of_those_groups_placed_on_a_list(extractor: Any) -> None:
    text = ("Prosecutors say Los Rusos worked with Tren de Aragua and the Sinaloa Cartel. Both of those groups were "
            "placed on the State Department's terrorist list in February.")
    assert {s.subject for s in said(extractor, text) if s.predicate == "designated"} == {
        "Tren de Aragua", "Sinaloa Cartel"}


def test_a_fronted_led_by_names_the_leader_of_the_clause_s_subject(extractor: Any) -> None:
    text = "Led by Rogelio Garza Ruiz, the Zetas broke away from the Gulf Cartel in 2010."
    assert ("Rogelio Garza Ruiz", "leader_of", "Los Zetas") in triples(extractor, text)
    founded = "Founded by Rogelio Garza Ruiz in 2006, Los Rusos grew quickly."
    assert ("Rogelio Garza Ruiz", "founder_of", "Los Rusos") in triples(extractor, founded)
    army = "Led by the army, the operation ended near Culiacán."
    assert not [t for t in triples(extractor, army) if t[1] == "leader_of"]


def test_a_role_after_a_duration_is_the_copula_s(extractor: Any) -> None:
    text = "Rogelio Garza Ruiz was for roughly a quarter of a century a principal leader of the Sinaloa Cartel."
    assert ("Rogelio Garza Ruiz", "leader_of", "Sinaloa Cartel") in triples(extractor, text)
    period = "The war lasted for a decade, a period of the Sinaloa Cartel's dominance."
    assert not [t for t in triples(extractor, period) if t[1] in ("leader_of", "member_of")]


def test_under_indictment_is_charged(extractor: Any) -> None:
    text = "Rogelio Garza Ruiz is himself under indictment in the Southern District of Texas."
    assert [s.subject for s in said(extractor, text) if s.predicate == "charged"] == ["Rogelio Garza Ruiz"]
    rules = "The case fell under the indictment rules of the court."
    assert not [s for s in said(extractor, rules) if s.predicate == "charged"]


def test_providing_support_to_a_group_is_an_alliance(extractor: Any) -> None:
    text = "Los Rusos provides material support to Tren de Aragua and to the Sinaloa Cartel."
    assert {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "ally_of"} == {
        ("Tren de Aragua", "Los Rusos"), ("Sinaloa Cartel", "Los Rusos")}
    for other in ("Los Rusos gave weapons to the police in Mexicali.", "Los Rusos gave an interview to El Universal."):
        assert not [s for s in said(extractor, other) if s.predicate == "ally_of"]


@pytest.mark.parametrize("text", [
    'One of the dead was a local Los Rusos leader known as "El Payaso".',
    'Among the dead was a Los Rusos commander known as "El Payaso".',
    'The dead included a Los Rusos commander known as "El Payaso".',
])
def test_one_among_the_dead_was_killed(extractor: Any, text: str) -> None:
    assert [s.subject for s in said(extractor, text) if s.predicate == "killed"] == ["El Payaso"]


def test_found_near_a_name_is_no_killing_of_it(extractor: Any) -> None:
    text = "One of the dead was found near the home of Rogelio Garza Ruiz. The victims included two police officers."
    assert not [s for s in said(extractor, text) if s.predicate == "killed"]
