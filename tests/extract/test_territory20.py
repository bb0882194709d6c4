"""Session 20 (helper territory20): where groups are and what they are part of.

- 'X, a gang tied (linked, connected) to G', 'X, a group that officials tie to G', 'X, a gang they describe as
  tied to G', 'X is a cell linked to G': a group a group noun describes as tied to another is a part of it
  (not the bare verb 'X has been tied to G', nor a denial, nor two groups under one plural noun);
- 'G brought in its own enforcers, X', "G's gunmen, X": a group named as a group's enforcers is a part of it
  (not people so named);
- 'X, which is identified as an armed structure of G': 'structure' is a faction noun;
- 'A, B and C formed G', 'G, the cartel that the A and B clans formed': groups that together form one are
  its parts (not one group forming another, nor an alliance formed with a third);
- 'G split. On one side stood his sons, known as H', 'an open dispute inside G. On one side stood ... known as
  H': H, a side of the split, is a faction of G (not the sides of a war between two groups).

Sentences are our own, with invented names.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said, triples

pytestmark = pytest.mark.model


# --------------------------------------------------------------------------- a gang tied to G

@pytest.mark.parametrize("text", [
    # a wire story: a participle on the apposition
    "Soldiers clashed on Tuesday with Los Pumas, a gang tied to the Gulf Cartel.",
    # an explainer: a relative clause with its own source
    "La Guardia had sent men to block an advance by Los Pumas, a group based in Sonora that officials tie to "
    "the Gulf Cartel.",
    # a roundup: a description under 'describe as'
    "Officials said the fight pitted inmates from Los Toros against members of Los Pumas, a gang they describe "
    "as tied to the Gulf Cartel.",
    # a bulletin: a predicate noun
    "Los Pumas is a cell linked to the Gulf Cartel, the prosecutor said.",
])
def test_gang_tied_to_is_a_part(extractor: Any, text: str) -> None:
    assert ("Los Pumas", "faction_of", "Gulf Cartel") in triples(extractor, text)


def test_gang_tied_to_keeps_the_sentence_source(extractor: Any) -> None:
    text = ("Federal security officials said the fight pitted inmates from Los Toros against members of Los Pumas, "
            "a gang they describe as tied to the Gulf Cartel.")
    found = [s for s in said(extractor, text) if s.rule == "faction_of.gang_tied_to.v1"]
    assert found and all("Federal security officials" in s.sources for s in found)


@pytest.mark.parametrize("text", [
    "Los Pumas, a gang not linked to the Gulf Cartel, fought the army.",  # denied
    "Los Pumas have long been tied to the Gulf Cartel.",  # the bare verb: a tie, no part
    "Officials tie Los Pumas to the Gulf Cartel.",  # the verb with its own object
    "Los Pumas and Los Toros, two gangs tied to the Gulf Cartel, fought each other.",  # a plural noun
    "Police arrested Ramiro Peña Ortiz, a man tied to the Gulf Cartel.",  # a person
])
def test_no_part_without_a_gang_described(extractor: Any, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of"}


# --------------------------------------------------------------------------- its own enforcers, X

@pytest.mark.parametrize("text", [
    "When the Gulf Cartel tried to take Reynosa, it brought in its own enforcers, Los Pumas.",
    "The Gulf Cartel sent its enforcers, Los Pumas, into the city.",
    "The Gulf Cartel's gunmen, Los Pumas, attacked the town at dawn.",
])
def test_enforcers_named_are_a_part(extractor: Any, text: str) -> None:
    found = {s for s in said(extractor, text) if s.predicate == "faction_of"}
    assert {(s.subject, s.object) for s in found} == {("Los Pumas", "Gulf Cartel")}
    assert all(s.rule == "faction_of.own_enforcers.v1" for s in found)


def test_enforcers_of_the_first_conjunct(extractor: Any) -> None:
    """'G and its enforcers, X': 'its' is G, not the group the sentence tells of."""
    text = ("The group's core emerged in the early 2000s as an armed cell in Michoacán working for the Gulf Cartel "
            "and its enforcers, Los Pumas, who were then trying to take control of the state.")
    found = {(s.subject, s.object) for s in said(extractor, text) if s.rule == "faction_of.own_enforcers.v1"}
    assert found == {("Los Pumas", "Gulf Cartel")}


def test_enforcers_who_are_people_are_no_part(extractor: Any) -> None:
    text = "The Gulf Cartel sent its gunmen, Ramiro Peña Ortiz and Tomás Quiroga, to the town."
    assert not {s for s in said(extractor, text) if s.rule == "faction_of.own_enforcers.v1"}


# --------------------------------------------------------------------------- an armed structure of G

def test_armed_structure_of(extractor: Any) -> None:
    text = ("The detainees belong to a cell of the group known as Los Pumas, which operates in the mountains "
            "and which is identified as an armed structure of the Gulf Cartel.")
    assert ("Los Pumas", "faction_of", "Gulf Cartel") in triples(extractor, text)


def test_command_structure_is_no_part(extractor: Any) -> None:
    text = "The command structure of the Gulf Cartel collapsed after 2012, and Los Pumas copied it."
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of"}


# --------------------------------------------------------------------------- groups that formed one

@pytest.mark.parametrize(("text", "parts", "whole"), [
    ("Prosecutors describe her as the strategist of the Torre Alliance, the cartel that the Bianchi, Russo and "
     "Greco clans formed in the early 1990s.", {"Bianchi", "Russo", "Greco"}, "Torre Alliance"),
    ("In 1992 Los Pumas and Los Toros formed the Cártel del Sureste.", {"Los Pumas", "Los Toros"},
     "Cártel del Sureste"),
])
def test_groups_that_formed_one_are_its_parts(extractor: Any, text: str, parts: set[str], whole: str) -> None:
    found = {(s.subject, s.object) for s in said(extractor, text) if s.rule == "faction_of.formed_together.v1"}
    assert found == {(p, whole) for p in parts}


@pytest.mark.parametrize("text", [
    "In 1992 Los Pumas and Los Toros formed an alliance with the Gulf Cartel.",  # an alliance with a third
    "In 2010 Los Pumas formed the Cártel del Sureste.",  # one group: a split, not a coalition
])
def test_no_coalition_parts(extractor: Any, text: str) -> None:
    assert not {s for s in said(extractor, text) if s.rule == "faction_of.formed_together.v1"}


# --------------------------------------------------------------------------- on one side stood H

@pytest.mark.parametrize("text", [
    # a feature: the split told by its verb
    "The Gulf Cartel lost its leader in 2012. With its figurehead gone, the organisation split. On one side "
    "stood his nephews, known as Los Pumas; on the other, Ramiro Peña Ortiz, a former police officer.",
    # an NGO case file: strife inside the group splits it
    "The killing took place during an open dispute inside the Gulf Cartel after the capture of Tomás Quiroga in "
    "2012. On one side stood his sons Julio Quiroga Peña and Mario Quiroga Peña, known collectively as Los Pumas. "
    "On the other stood Ramiro Ledesma Ortiz, a former police officer.",
])
def test_side_of_a_split_stood(extractor: Any, text: str) -> None:
    found = {(s.subject, s.object) for s in said(extractor, text) if s.rule == "faction_of.side_of_split.v1"}
    assert found == {("Los Pumas", "Gulf Cartel")}


@pytest.mark.parametrize("text", [
    # a war between two groups splits neither
    "Los Zetas fought a long war with the Gulf Cartel. On one side stood his nephews, known as Los Pumas; on the "
    "other, Ramiro Peña Ortiz.",
    # no split told
    "The Gulf Cartel lost its leader in 2012. With its figurehead gone, the organisation held together. On one "
    "side stood his nephews, known as Los Pumas; on the other, Ramiro Peña Ortiz, a former police officer.",
])
def test_no_side_without_a_split(extractor: Any, text: str) -> None:
    assert not {s for s in said(extractor, text) if s.rule == "faction_of.side_of_split.v1"}
