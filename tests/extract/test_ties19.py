"""Group-to-group ties told in shapes the rules missed (session 19, helper ties19). Sentences written for these
tests, invented names.

- 'between A and what remains (is left, survives) of B': the parser hangs the free relative off the sentence as a
  clause of its own; B is still the second side (groups._remnant_after_and). 'what the police call B' is no
  remnant, and 'what remains of' an agency names no group.
- 'the family' in a text about a family business: the one group named before whose name, as the text gives it, is
  the surname of a person named before with group words ('the Ruelas Organisation' after 'Anselmo Ruelas Tapia')
  (phrases._the_clan). Not in a text whose group bears no such surname, nor 'the family of X'.
- 'X faces Y' (relations.yaml rival_verbs; object_rival_verbs: never 'both face trial', 'faces charges'); 'X fought
  alongside Y (against Z)': Y is X's ally (groups._verb_trigger); 'alongside soldiers' names no group.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _tie(found: set[tuple[str, str, str]], predicate: str, a: str, b: str) -> bool:
    return (a, predicate, b) in found or (b, predicate, a) in found


@pytest.mark.parametrize(("text", "predicate"), [
    ("The violence is driven by a pact between Los Bravos and what remains of the Norte Cartel.", "ally_of"),
    ("There is a truce between Los Bravos and what is left of the Norte Cartel.", "negotiated_with"),
    ("The war between Los Bravos and what remains of the Norte Cartel continues.", "rival_of"),
    ("Police describe fighting between Los Bravos and what survives of the Norte Cartel.", "rival_of"),
    ("The talks between Los Bravos and what was left of the Norte Cartel failed in May.", "negotiated_with"),
])
def test_the_remnant_of_a_group_is_the_second_side(extractor: Any, text: str, predicate: str) -> None:
    assert _tie(triples(extractor, text), predicate, "Los Bravos", "Norte Cartel")


def test_what_remains_of_a_force_is_no_group(extractor: Any) -> None:
    text = "The war between Los Bravos and what remains of the Federal Police continues."
    assert not any(p == "rival_of" for _, p, _ in triples(extractor, text))


FAMILY = "Anselmo Ruelas Tapia built the Ruelas Tapia Organisation in the hills of Oaxaca in the 1980s. "


@pytest.mark.parametrize(("text", "predicate", "other"), [
    ("In 2005 the family reached an accommodation with Los Bravos, paying a fee for the routes.", "ally_of",
     "Los Bravos"),
    ("After 1997 the family realigned with the Norte Cartel.", "ally_of", "Norte Cartel"),
    ("Los Bravos displaced the family by force in 2008.", "rival_of", "Los Bravos"),
    ("The family has been at war with the Norte Cartel since 2009.", "rival_of", "Norte Cartel"),
])
def test_the_family_is_the_family_business(extractor: Any, text: str, predicate: str, other: str) -> None:
    assert _tie(triples(extractor, FAMILY + text), predicate, "Ruelas Tapia Organisation", other)


@pytest.mark.parametrize("text", [
    "Tomás Lira runs the Norte Cartel in Culiacán. The family reached an accommodation with Los Bravos.",
    FAMILY + "The family of a victim reached an accommodation with Los Bravos.",
])
def test_the_family_is_no_group_not_named_after_it(extractor: Any, text: str) -> None:
    assert not any(p == "ally_of" and "Los Bravos" in (s, o) for s, p, o in triples(extractor, text))


@pytest.mark.parametrize("text", [
    "In Veracruz, Los Bravos also face the Norte Cartel.",
    "Los Bravos, which now faces the Norte Cartel in Tamaulipas, grew fast.",
    "In the east the Norte Cartel is now facing Los Bravos.",
])
def test_facing_a_group_is_rivalry(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "rival_of", "Los Bravos", "Norte Cartel")


@pytest.mark.parametrize("text", [
    "Los Bravos and the Norte Cartel leaders were arrested. Both were brought to the United States to face trial.",
    "The leader of Los Bravos faces charges in Texas, and the Norte Cartel's accountant faces trial.",
])
def test_facing_trial_is_no_rivalry(extractor: Any, text: str) -> None:
    assert not any(p == "rival_of" for _, p, _ in triples(extractor, text))


@pytest.mark.parametrize("text", [
    "Los Bravos continue to fight alongside the Norte Cartel against Los Tejones.",
    "Los Bravos fought alongside the Norte Cartel in Culiacán.",
    "For two years Los Bravos battled alongside the Norte Cartel.",
])
def test_fighting_alongside_a_group_is_alliance(extractor: Any, text: str) -> None:
    assert _tie(triples(extractor, text), "ally_of", "Los Bravos", "Norte Cartel")


def test_fighting_alongside_soldiers_is_no_alliance(extractor: Any) -> None:
    text = "Gunmen of Los Bravos fought alongside soldiers against the Norte Cartel."
    assert not any(p == "ally_of" for _, p, _ in triples(extractor, text))
