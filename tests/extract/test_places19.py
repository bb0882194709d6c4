"""Factions told with 'its', trade nouns and verbs of running a trade (session 19, places19). Sentences
written for this test; the groups are invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model

Claim = tuple[str, str, str | None]


def claims_of(extractor: Any, text: str) -> set[Claim]:
    result = extractor(Document.make(text, "test.txt"))
    names = {e.id: e.name for e in result.entities}
    return {(names[c.subject_id], c.predicate, names.get(c.object_id or "")) for c in result.claims}


@pytest.mark.parametrize("text", [
    "The Cártel de Arenales sent its armed wing, Los Tordos, into the town.",
    "Investigators say the Cártel de Arenales relies on its enforcement branch, Los Tordos, in the hills.",
    "The Cártel de Arenales deployed its elite cell, Los Tordos, to the coast last year.",
    "The Cártel de Arenales lost control of its Los Tordos faction in 2019.",
])
def test_its_part_belongs_to_the_clause_subject(extractor: Any, text: str) -> None:
    assert ("Los Tordos", "faction_of", "Cártel de Arenales") in claims_of(extractor, text)


def test_its_part_is_not_the_subject_made_into_it(extractor: Any) -> None:
    text = "The Cártel de Arenales hired army deserters. Los Tordos later became its armed wing."
    claims = claims_of(extractor, text)
    assert ("Los Tordos", "faction_of", "Los Tordos") not in claims


@pytest.mark.parametrize("text", [
    "The Cártel de Arenales is itself divided, with its Los Tordos and Los Gavilanes factions fighting each other.",
    "The Cártel de Arenales, with its Los Tordos and Los Gavilanes factions at odds, lost ground in the north.",
])
def test_owner_hung_on_the_first_of_two_named_factions(extractor: Any, text: str) -> None:
    claims = claims_of(extractor, text)
    assert ("Los Tordos", "faction_of", "Cártel de Arenales") in claims
    assert ("Los Gavilanes", "faction_of", "Cártel de Arenales") in claims


def test_two_named_factions_with_no_owner_are_no_ones_part(extractor: Any) -> None:
    claims = claims_of(extractor, "Los Tordos and Los Gavilanes factions clashed in the north.")
    assert not any(p == "faction_of" for _, p, _ in claims)


@pytest.mark.parametrize("text", [
    "The Cártel de Arenales now dominates the importation of cocaine into Europe.",
    "Prosecutors say the Cártel de Arenales handled the transport of cocaine through the port.",
    "The Cártel de Arenales organised the transshipment of cocaine through Guatemala.",
    "The Cártel de Arenales supervised the cocaine imports of the region.",
    "The Cártel de Arenales's cocaine exports to Europe grew.",
])
def test_running_a_drug_trade_is_trafficking(extractor: Any, text: str) -> None:
    assert ("Cártel de Arenales", "traffics", "cocaine") in claims_of(extractor, text)


@pytest.mark.parametrize("text", [
    "The Cártel de Arenales handled the transport of its gunmen to the coast.",
    "The Cártel de Arenales organised the import of weapons from Texas.",
])
def test_running_a_trade_in_no_drug_is_not_trafficking(extractor: Any, text: str) -> None:
    assert not any(p == "traffics" for _, p, _ in claims_of(extractor, text))


def test_a_lone_the_parsed_as_subject_gives_the_name_after_it(extractor: Any) -> None:
    text = "The 'Ndrangheta now dominates the importation of cocaine into Europe."
    assert ("'Ndrangheta", "traffics", "cocaine") in claims_of(extractor, text)

