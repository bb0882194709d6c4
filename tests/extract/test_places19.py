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


@pytest.mark.parametrize(("text", "place"), [
    ("Prosecutors said Los Tordos extended their territory into Coahuila last year.", "Coahuila"),
    ("Los Tordos consolidated their presence in Zacatecas last year.", "Zacatecas"),
    ("Los Tordos defend their turf in Tijuana.", "Tijuana"),
    ("The Cártel de Arenales expanded its territory in the states of Nayarit and Sinaloa.", "Sinaloa"),
])
def test_a_groups_own_ground_somewhere(extractor: Any, text: str, place: str) -> None:
    group = "Los Tordos" if "Tordos" in text else "Cártel de Arenales"
    assert (group, "operates_in", place) in claims_of(extractor, text)


def test_ground_given_up_is_no_presence(extractor: Any) -> None:
    claims = claims_of(extractor, "Los Tordos lost their territory in Sonora to the Cártel de Arenales.")
    assert ("Los Tordos", "operates_in", "Sonora") not in claims


@pytest.mark.parametrize(("text", "place"), [
    ("Control of Tijuana is contested between Los Tordos and the Cártel de Arenales.", "Tijuana"),
    ("The port of Manzanillo is shared between Los Tordos and the Cártel de Arenales.", "Manzanillo"),
])
def test_a_place_disputed_between_two_groups(extractor: Any, text: str, place: str) -> None:
    claims = claims_of(extractor, text)
    assert ("Los Tordos", "operates_in", place) in claims
    assert ("Cártel de Arenales", "operates_in", place) in claims


def test_sharing_with_no_place_places_no_one(extractor: Any) -> None:
    claims = claims_of(extractor, "Los Tordos and the Cártel de Arenales shared the profits between them.")
    assert not any(p == "operates_in" for _, p, _ in claims)


def test_their_presence_of_a_subject_that_is_no_group(extractor: Any) -> None:
    text = ("Los Tordos attacked the town on Sunday. The army and the federal police will reinforce their presence "
            "in Sinaloa from tomorrow.")
    assert ("Los Tordos", "operates_in", "Sinaloa") not in claims_of(extractor, text)
