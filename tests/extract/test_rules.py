"""Relation rules on sentences we wrote: roles, certainty, polarity, sources, dates and places."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.contradict import find_contradictions
from tests.extract.readout import said

pytestmark = pytest.mark.model


def facts(extractor: Any, text: str, published: str | None = None) -> list[tuple[Any, ...]]:
    return [(s.subject, s.predicate, s.object or None, s.certainty, s.polarity, " > ".join(s.sources), s.claim)
            for s in said(extractor, text, published)]


def find(found: list[tuple[Any, ...]], subject: str, predicate: str, obj: str | None) -> list[tuple[Any, ...]]:
    return [f for f in found if f[0] == subject and f[1] == predicate and f[2] == obj
            or f[1] == predicate and f[0] == obj and f[2] == subject and predicate in ("ally_of", "rival_of")]


def test_hedged_alliance_by_coordination(extractor: Any) -> None:
    found = facts(extractor, "Los Zetas and the Gulf Cartel are believed to have formed an alliance.")
    (hit,) = find(found, "Los Zetas", "ally_of", "Gulf Cartel")
    assert hit[3:6] == ("probable", "positive", "article")


def test_potential_alliance_between_is_possible(extractor: Any) -> None:
    found = facts(extractor, "A potential alliance between La Nueva Familia Michoacana and Los Viagras "
                             "worries the army.")
    assert find(found, "La Nueva Familia Michoacana", "ally_of", "Los Viagras")[0][3] == "possible"


def test_denied_alliance_is_negative(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel denied any alliance with the Cártel del Noreste.")
    assert find(found, "Gulf Cartel", "ally_of", "Cártel del Noreste")[0][4] == "negative"


def test_roles_in_apposition_are_not_hedged_by_the_clause(extractor: Any) -> None:
    found = facts(extractor, "Officials said they may soon question Ismael 'El Mayo' Zambada, a co-founder "
                             "and leader of the Sinaloa Cartel.")
    assert find(found, "Ismael Zambada García", "founder_of", "Sinaloa Cartel")[0][3] == "certain"
    assert find(found, "Ismael Zambada García", "leader_of", "Sinaloa Cartel")


def test_faction_led_by_a_nickname_is_the_group_named_after_it(extractor: Any) -> None:
    found = facts(extractor, "Los Chapitos are fighting the faction led by Ismael 'El Mayo' Zambada.")
    assert find(found, "Ismael Zambada García", "leader_of", "Los Mayos")
    assert find(found, "Los Chapitos", "rival_of", "Los Mayos")


def test_family_tie_in_apposition(extractor: Any) -> None:
    found = facts(extractor, "Ovidio Guzmán López, one of Joaquín 'El Chapo' Guzmán's sons, was extradited "
                             "to the United States in September 2023.")
    assert find(found, "Ovidio Guzmán López", "child_of", "Joaquín Guzmán Loera")
    (hit,) = find(found, "Ovidio Guzmán López", "extradited", "United States")
    assert [d.value for d in hit[6].qualifiers.dates] == ["2023-09"]


def test_arrest_with_date_place_and_agent(extractor: Any) -> None:
    found = facts(extractor, "Mexican marines arrested Miguel Treviño Morales near Nuevo Laredo on "
                             "July 15, 2013.")
    (hit,) = [f for f in found if f[1] == "arrested"]
    assert hit[0] == "Miguel Ángel Treviño Morales"  # the KB's name for him
    claim = hit[6]
    assert [d.value for d in claim.qualifiers.dates] == ["2013-07-15"]
    assert "Nuevo Laredo" in claim.qualifiers.places


def test_designation_with_label(extractor: Any) -> None:
    found = facts(extractor, "The Gulf Cartel and Cárteles Unidos were designated as foreign terrorist "
                             "organizations by the United States.")
    hits = [f for f in found if f[1] == "designated"]
    assert {h[0] for h in hits} == {"Gulf Cartel", "Cárteles Unidos"}
    assert {h[6].qualifiers.label for h in hits} == {"foreign terrorist organization"}


def test_nested_sources_and_quotes(extractor: Any) -> None:
    text = ("The DEA published its 2024 National Drug Threat Assessment. The report stated: \"According to "
            "Mexican news sources, Los Chapitos could ally with the CJNG against Los Mayos.\"")
    found = facts(extractor, text)
    assert find(found, "Drug Enforcement Administration", "authored", "2024 National Drug Threat Assessment")
    (hit,) = find(found, "Los Chapitos", "ally_of", "Jalisco New Generation Cartel")
    assert hit[5] == "article > Drug Enforcement Administration > Mexican news sources"
    assert hit[3] == "possible"


def test_relative_dates_resolve_only_with_a_publication_date(extractor: Any) -> None:
    text = "Negotiations between CJNG and Los Chapitos began last year in Guadalajara."
    (undated,) = find(facts(extractor, text), "Jalisco New Generation Cartel", "negotiated_with", "Los Chapitos")
    assert [(d.text, d.value) for d in undated[6].qualifiers.dates] == [("last year", None)]
    (dated,) = find(facts(extractor, text, published="2025-06-14"), "Jalisco New Generation Cartel",
                    "negotiated_with", "Los Chapitos")
    assert [d.value for d in dated[6].qualifiers.dates] == ["2024"]
    assert dated[6].qualifiers.places == ("Guadalajara",)


def test_two_dates_for_one_arrest_are_a_contradiction(extractor: Any) -> None:
    text = ("Ovidio Guzmán López was arrested in January 2023. Officials later said that Mexican soldiers "
            "arrested Ovidio Guzmán López on October 17, 2019.")
    claims = [f[6] for f in facts(extractor, text) if f[1] == "arrested"]
    assert len(claims) == 2
    (conflict,) = find_contradictions(claims)
    assert conflict.kind == "dates"


def test_unknown_groups_and_nicknamed_people(extractor: Any) -> None:
    text = ("Soldiers detained Rogelio Márquez Ibarra, alias 'El Tigre', the leader of the Cártel del Valle "
            "Seco. The Cártel del Valle Seco and Los Halcones del Norte have fought each other since 2021.")
    found = facts(extractor, text)
    assert find(found, "Rogelio Márquez Ibarra", "leader_of", "Cártel del Valle Seco")
    assert find(found, "Cártel del Valle Seco", "rival_of", "Los Halcones del Norte")
