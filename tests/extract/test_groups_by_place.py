"""A group the knowledge base knows, called by its place and a group noun ('the Sinaloa group', 'the Gulf
organisation'; group_names.group_sides), where the text never gives its full name; and a known group's name
with more capitalised words after it, the name of another group (name_repairs.extended_group_names). Sentences
written for this test."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import names, said

pytestmark = pytest.mark.model


def groups(extractor: Any, text: str) -> set[str]:
    return names(extractor, text, "criminal_group")


@pytest.mark.parametrize("text", [
    "In the 1990s Luis Peña Soto drifted towards the Sinaloa group.",
    "In the 1990s Luis Peña Soto drifted towards the Sinaloa organisation.",
    "Local traffickers answer to the Juárez organization in the city.",
])
def test_the_place_and_a_group_noun_name_the_known_group(extractor: Any, text: str) -> None:
    assert groups(extractor, text) & {"Sinaloa Cartel", "Juárez Cartel"}


def test_the_named_group_is_one_end_of_a_coordinated_relation(extractor: Any) -> None:
    text = 'A researcher said the Viagras and the Gulf group "are allies of convenience."'
    assert {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "ally_of"} & {
        ("Los Viagras", "Gulf Cartel"), ("Gulf Cartel", "Los Viagras")}


@pytest.mark.parametrize("text", [
    "Migrants wait on the Sinaloa side of the state line.",
    "Two Sinaloa gunmen were detained in Tijuana.",
    "The Sinaloa government announced new patrols.",
])
def test_a_place_before_other_nouns_names_no_group(extractor: Any, text: str) -> None:
    assert not groups(extractor, text)


def test_more_capitalised_words_after_a_known_groups_name_name_another_group(extractor: Any) -> None:
    text = "The CJNG is allied with the Juárez Cartel Nueva Era, a group formed by remnants of La Línea."
    assert "Juárez Cartel Nueva Era" in groups(extractor, text)
    allies = {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "ally_of"}
    assert allies == {("Jalisco New Generation Cartel", "Juárez Cartel Nueva Era")}
