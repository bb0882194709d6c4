"""A person's role and kin told by appositions, relative clauses and descriptions: "X, a son of the jailed
gang boss Y", "leads a G cell in P", "runs G's operations in P", "the man police call the head of G",
"who co-founded G", "the brothers A, alias "a", and B", "now led by his son X", "would command G".

Each sentence is written for this test, with invented gangs and people; each test checks the claim a
rule must make and the silence it must keep.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def claims(extractor: Any, text: str) -> list[tuple[Any, ...]]:
    """(subject, predicate, object, certainty, sources, title) of every claim."""
    return [(s.subject, s.predicate, s.object, s.certainty, s.sources, s.title) for s in said(extractor, text)]


def has(found: list[tuple[Any, ...]], subject: str, predicate: str, obj: str) -> list[tuple[Any, ...]]:
    return [c for c in found if c[:3] == (subject, predicate, obj)]


def test_a_child_of_a_person_described_by_adjectives_and_a_role_noun(extractor: Any) -> None:
    found = claims(extractor, 'Police stopped Mario Ruiz, a daughter of the jailed gang boss Pedro "El Toro" '
                              'Salas, in Tijuana.')
    assert has(found, "Mario Ruiz", "child_of", 'Pedro "El Toro" Salas')
    found = claims(extractor, "Ana Ruiz, the son of a retired farmer in Sinaloa, was killed.")
    assert not [c for c in found if c[1] == "child_of"]


def test_a_cell_of_a_group_or_its_operations_in_one_place_is_membership(extractor: Any) -> None:
    found = claims(extractor, "Pedro Salas led a Zetas cell in Monterrey that kidnapped migrants.")
    assert has(found, "Pedro Salas", "member_of", "Los Zetas")
    assert not has(found, "Pedro Salas", "leader_of", "Los Zetas")
    found = claims(extractor, 'Both men answer to Tomás Lara, "El Gato", who ran the Gulf Cartel\'s operations '
                              'in Reynosa.')
    assert has(found, "Tomás Lara", "member_of", "Gulf Cartel")
    assert not has(found, "Tomás Lara", "leader_of", "Gulf Cartel")
    found = claims(extractor, "Pedro Salas led the Zetas in Monterrey.")
    assert has(found, "Pedro Salas", "leader_of", "Los Zetas")


def test_the_conditional_of_hearsay_is_probable_a_condition_keeps_it_possible(extractor: Any) -> None:
    found = claims(extractor, "Ruiz Salas, 41, would be in charge of the finances of Tomás Lara and would "
                              "command the armed wing known as Los Gatos, which operates in Tepic.")
    assert [c[3] for c in has(found, "Ruiz Salas", "leader_of", "Los Gatos")] == ["probable"]
    found = claims(extractor, "If the truce holds, Pedro Salas would lead Los Zorros.")
    assert [c[3] for c in has(found, "Pedro Salas", "leader_of", "Los Zorros")] == ["possible"]


def test_the_man_someone_calls_the_head_of_a_group_leads_it_by_their_word(extractor: Any) -> None:
    found = claims(extractor, 'In May, police in Peru arrested Tomás Lara, alias "Gato", the man Colombian '
                              'prosecutors call the head of Los Zorros.')
    claim = has(found, "Tomás Lara", "leader_of", "Los Zorros")
    assert claim and "Colombian prosecutors" in claim[0][4]
    found = claims(extractor, "Police arrested Pedro Salas, the man prosecutors describe as the boss of Los Gatos.")
    assert has(found, "Pedro Salas", "leader_of", "Los Gatos")
    found = claims(extractor, "Police arrested Pedro Salas, the man prosecutors call a danger to Los Gatos.")
    assert not [c for c in found if c[1] in ("leader_of", "member_of")]


def test_a_person_said_to_be_one_who_founded_or_led_a_group(extractor: Any) -> None:
    found = claims(extractor, "Pedro Salas is a Colombian smuggler who founded Los Zorros in 1998.")
    assert has(found, "Pedro Salas", "founder_of", "Los Zorros")
    found = claims(extractor, "Marta Ruiz was a former nurse who led Los Gatos until 2015.")
    assert has(found, "Marta Ruiz", "leader_of", "Los Gatos")
    found = claims(extractor, "Ana Ruiz is the prosecutor who ran the inquiry into Los Zorros.")
    assert not [c for c in found if c[1] in ("leader_of", "founder_of", "member_of")]


def test_brothers_named_each_with_an_alias_are_siblings(extractor: Any) -> None:
    found = claims(extractor, 'In 2019 the Treasury sanctioned three men: the brothers Aldo Ruiz Peña, alias '
                              '"Chato", and Ramiro Ruiz Peña, alias "R7"; and Tomás Lara, alias "Gato".')
    siblings = {frozenset((c[0], c[2])) for c in found if c[1] == "sibling_of"}
    assert siblings == {frozenset(("Aldo Ruiz Peña", "Ramiro Ruiz Peña"))}
    found = claims(extractor, 'The sisters Marta Gómez, alias "La Flaca," and Rosa Gómez (alias "Güera") fled.')
    assert {frozenset((c[0], c[2])) for c in found if c[1] == "sibling_of"} == {frozenset(("Marta Gómez",
                                                                                            "Rosa Gómez"))}


def test_a_group_run_by_several_among_them_x_is_led_by_x(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros was founded by Pedro Salas. Police say the gang has been run since his "
                              "arrest by his nephews, among them Ramiro Salas and Aldo Salas.")
    assert has(found, "Ramiro Salas", "leader_of", "Los Zorros")
    assert has(found, "Aldo Salas", "leader_of", "Los Zorros")
    found = claims(extractor, "Los Zorros was attacked by gunmen, among them Ramiro Salas.")
    assert not has(found, "Ramiro Salas", "leader_of", "Los Zorros")


def test_described_as_leader_with_an_alias_and_a_kin_apposition_before(extractor: Any) -> None:
    found = claims(extractor, 'Tomás Lara, alias "El Gato", a cousin of the two brothers, was described by '
                              "Mexican officials as Los Zorros' top leader when he was detained in Sonora.")
    claim = has(found, "Tomás Lara", "leader_of", "Los Zorros")
    assert claim and "Mexican officials" in claim[0][4]


def test_led_by_beside_another_description_of_the_group(extractor: Any) -> None:
    found = claims(extractor, "Los Zorros grew. The gang, feared in Tepic and run by Ramiro Salas, fought Los Gatos.")
    assert has(found, "Ramiro Salas", "leader_of", "Los Zorros")
    assert not has(found, "Ramiro Salas", "leader_of", "Los Gatos")
    found = claims(extractor, "Since May the breakaway faction, known as Los Gatos and now led by Ramiro Salas, "
                              "has been at war with Los Zorros, the faction run by his brothers.")
    assert has(found, "Ramiro Salas", "leader_of", "Los Gatos")
    assert not has(found, "Ramiro Salas", "leader_of", "Los Zorros")
