"""A phrase set off after a name inside a prepositional phrase renames that name, though the parser may
make it the verb's object (name_repairs._stray_appositions); and what a faction noun's group is renamed as
is a member only when it is a name ('factions of Y (A and B)'), not a description of the group ('a cell of X,
the armed wing of Y' does not make Y a part of X); and the subject after an opening phrase ('Under X, G ...',
'In P, G ...') that the parser hung on that phrase is the subject (name_repairs._fronted_phrases).
Sentences written for this test, with invented gangs."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "The gunmen belonged to a cell of Los Halcones, the armed wing of the Gulf Cartel.",
    "Investigators said the gunmen may have belonged to a cell of Los Halcones, the armed wing of the Gulf "
    "Cartel, operating from the Tamaulipas side.",
])
def test_the_phrase_after_a_name_in_a_prepositional_phrase_renames_it(extractor: Any, text: str) -> None:
    found = {t for t in triples(extractor, text) if t[1] == "faction_of"}
    assert found == {("Los Halcones", "faction_of", "Gulf Cartel")}


def test_names_set_off_after_a_faction_nouns_group_are_its_factions(extractor: Any) -> None:
    text = "The war pits the two factions of the Gulf Cartel (Los Halcones and Los Lobos) against each other."
    found = {t for t in triples(extractor, text) if t[1] == "faction_of"}
    assert found == {("Los Halcones", "faction_of", "Gulf Cartel"), ("Los Lobos", "faction_of", "Gulf Cartel")}


def test_the_object_of_the_verb_keeps_its_own_apposition(extractor: Any) -> None:
    text = "Police arrested Pedro Ruiz Soto, the leader of the Gulf Cartel, in Matamoros."
    assert ("Pedro Ruiz Soto", "leader_of", "Gulf Cartel") in triples(extractor, text)


@pytest.mark.parametrize("text, wanted", [
    ("Under Mario Vela Ruiz, Los Cuervos expanded into Colima.", ("Los Cuervos", "operates_in", "Colima")),
    ("In Colima, Los Cuervos are fighting Los Pumas.", ("Los Cuervos", "rival_of", "Los Pumas")),
    ("In Colima, Los Cuervos fight Los Pumas.", ("Los Cuervos", "operates_in", "Colima")),
])
def test_the_subject_after_an_opening_phrase_is_the_subject(extractor: Any, text: str,
                                                           wanted: tuple[str, str, str]) -> None:
    assert wanted in triples(extractor, text)


def test_a_description_after_an_opening_place_is_not_the_subject(extractor: Any) -> None:
    found = triples(extractor, "In Colima, a state on the Pacific, the army fought Los Pumas.")
    assert not any(s == "Colima" for s, _, _ in found)
