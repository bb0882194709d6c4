"""Ends given by reference to several people or to a faction named by its leader (rules/plural_people.py,
phrases.person_faction), and 'against Z' as the common foe of allies. Paragraphs written for this test,
with invented people and gangs."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import said

pytestmark = pytest.mark.model


def pairs(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject, object) of every positive claim of ``predicate``."""
    return {(s.subject, s.object) for s in said(extractor, text)
            if s.predicate == predicate and s.polarity == "positive"}


def subjects(extractor: Any, text: str, predicate: str) -> set[str]:
    return {s for s, _ in pairs(extractor, text, predicate)}


@pytest.mark.parametrize("text", [
    "Ana Torres Vega, Jorge Salas Mena and Raul Cota Ibarra were indicted in Texas. "
    "The three were extradited from Mexico on Tuesday.",
    "Ana Torres Vega, Jorge Salas Mena and Raul Cota Ibarra were indicted in Texas. "
    "The three defendants were extradited from Mexico on Tuesday.",
    "Ana Torres Vega, Jorge Salas Mena and Raul Cota Ibarra were indicted in Texas. "
    "All three men were extradited from Mexico on Tuesday.",
    "Ana Torres Vega, Jorge Salas Mena and Raul Cota Ibarra were indicted in Texas. "
    "They were extradited from Mexico on Tuesday.",
])
def test_a_count_or_a_pronoun_stands_for_the_people_listed(extractor: Any, text: str) -> None:
    assert subjects(extractor, text, "extradited") == {"Ana Torres Vega", "Jorge Salas Mena", "Raul Cota Ibarra"}


def test_each_and_them_follow_a_plural_reference(extractor: Any) -> None:
    text = ("Ana Torres Vega and Jorge Salas Mena ran a cocaine route through Sonora. Mexico extradited them to "
            "the United States in March. Each is charged with money laundering.")
    assert subjects(extractor, text, "extradited") == {"Ana Torres Vega", "Jorge Salas Mena"}
    assert subjects(extractor, text, "charged") == {"Ana Torres Vega", "Jorge Salas Mena"}


def test_the_couple_is_the_pair_a_spouse_claim_ties(extractor: Any) -> None:
    text = ("Federal agents questioned Maria Lopez Diaz about her partner. Pedro Ruiz Soto, her husband, ran a "
            "laundering network. The couple were detained together in Miami in 2019.")
    assert {"Maria Lopez Diaz", "Pedro Ruiz Soto"} <= subjects(extractor, text, "arrested")


def test_the_defendants_stand_for_the_list_before(extractor: Any) -> None:
    text = ("A grand jury indicted Ana Torres Vega and Jorge Salas Mena in Texas. "
            "The defendants were extradited from Mexico on Friday.")
    assert subjects(extractor, text, "extradited") == {"Ana Torres Vega", "Jorge Salas Mena"}


@pytest.mark.parametrize("text", [
    # the count does not fit the people named
    "Luis Rico and Omar Paz met in Sonora. The three defendants were extradited in May.",
    # one person named: 'the suspects' are others
    "Police questioned Luis Rico in Sonora. The suspects were extradited in May.",
    # a pair of groups stands nearer than the people: 'they' may be the groups
    "Luis Rico and Omar Paz once ran Los Pumas and Los Gatos. They were extradited in May.",
])
def test_no_clear_plural_antecedent_gives_nobody(extractor: Any, text: str) -> None:
    assert not subjects(extractor, text, "extradited")


def test_an_indefinite_plural_names_new_people(extractor: Any) -> None:
    text = "Luis Rico and Omar Paz met in Sonora. Three men were extradited in May."
    assert subjects(extractor, text, "extradited") == {"Three men"}  # rules/plural_people.counted_unnamed


def test_they_for_groups_makes_no_person_end(extractor: Any) -> None:
    text = "Los Pumas and Los Gatos fought for years. They were accused of killing Pedro Salas Mena."
    assert not any(s.subject in ("Los Pumas", "Los Gatos") and s.predicate == "killed"
                   and s.object == "Pedro Salas Mena" for s in said(extractor, text))
    assert not any(s.predicate in ("arrested", "extradited", "charged") for s in said(extractor, text))


def test_a_faction_named_by_its_leaders_possessive(extractor: Any) -> None:
    text = ("Los Pumas split in 2009. Erasmo Vargas Cardona led one faction and Maximino Bonilla Orozco led "
            "the other. Bonilla Orozco's side is believed to have allied with Los Gatos.")
    allies = pairs(extractor, text, "ally_of")
    assert ("faction led by Maximino Bonilla Orozco", "Los Gatos") in allies
    result = extractor(Document.make(text, "test.txt"))
    entity = next(e for e in result.entities if e.name == "faction led by Maximino Bonilla Orozco")
    assert "Bonilla Orozco's side" in [a.name for a in entity.aliases]


def test_a_groups_possessive_is_not_a_leaders_faction(extractor: Any) -> None:
    text = "Los Pumas's faction in Tepic is believed to have allied with Los Gatos."
    assert not any("faction led by" in s.subject for s in said(extractor, text))


@pytest.mark.parametrize("text", [
    "Los Pumas and Los Gatos may already be cooperating against Los Jaguares.",
    "Los Pumas and Los Gatos teamed up against Los Jaguares in 2014.",
    "Los Pumas allied with Los Gatos against Los Jaguares.",
])
def test_the_common_foe_of_allies_is_no_ally(extractor: Any, text: str) -> None:
    allies = {frozenset(p) for p in pairs(extractor, text, "ally_of")}
    assert frozenset({"Los Pumas", "Los Gatos"}) in allies
    assert not any("Los Jaguares" in p for p in allies)
    assert ("Los Pumas", "Los Jaguares") in pairs(extractor, text, "rival_of")


def test_he_after_a_passive_agent(extractor: Any) -> None:
    text = ("Vicente Lara Ruiz ran a trucking firm in Sonora. Los Pumas were founded by Rodrigo Salas Mena. "
            "Police killed him in a gunfight in 2010.")
    killed = {s.subject for s in said(extractor, text) if s.predicate == "killed"}
    assert killed == {"Rodrigo Salas Mena"}


@pytest.mark.parametrize("text", [
    "Ramon Ortiz Mena founded Los Pumas in 2010. His organization later allied with Los Gatos.",
    "Ramon Ortiz Mena, the leader of Los Pumas, was arrested in May. His gang has since allied with Los Gatos.",
])
def test_his_group_is_the_one_he_leads(extractor: Any, text: str) -> None:
    assert ("Los Pumas", "Los Gatos") in pairs(extractor, text, "ally_of")


@pytest.mark.parametrize("text", [
    # he leads two groups: which one?
    "Pedro Lara Gil ran Los Gatos and later Los Linces. His cartel allied with Los Pumas.",
    # 'his own outfit' is a new group
    "Pedro Lara Gil ran Los Gatos. He broke away and formed his own outfit, which later allied with Los Pumas.",
])
def test_his_group_when_it_is_not_clear(extractor: Any, text: str) -> None:
    assert ("Los Gatos", "Los Pumas") not in pairs(extractor, text, "ally_of")
    assert ("Los Linces", "Los Pumas") not in pairs(extractor, text, "ally_of")


def test_his_group_is_of_the_person_named_in_the_clause(extractor: Any) -> None:
    text = ("Rafael Soto Lima leads Los Pumas. Ivan Mora Cruz founded Los Gatos after the two men fell out. "
            "Police suspect Soto Lima of running his cartel from Istanbul.")
    found = said(extractor, text)
    assert not any(s.subject == "Los Gatos" and s.predicate == "operates_in" for s in found)


def test_they_after_two_groups_named_together_is_both(extractor: Any) -> None:
    text = "Los Pumas and Los Gatos once shared the port of Tepic. They have been at war since 2015."
    assert {frozenset(p) for p in pairs(extractor, text, "rival_of")} == {frozenset({"Los Pumas", "Los Gatos"})}
    text = "Los Pumas and Los Gatos control Tepic. They later allied with Los Linces."
    assert {("Los Pumas", "Los Linces"), ("Los Gatos", "Los Linces")} <= pairs(extractor, text, "ally_of")


def test_they_after_one_group_is_that_group(extractor: Any) -> None:
    text = "Los Pumas control Tepic with the help of Los Gatos. They later allied with Los Linces."
    assert ("Los Gatos", "Los Linces") not in pairs(extractor, text, "ally_of")
