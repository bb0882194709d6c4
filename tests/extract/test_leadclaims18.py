"""Leader_of claims where a text names several groups and leaders together: a clause set off by commas on one of
coordinated groups is that group's alone ('G, whose leader is X, and H, headed by Y'), and 'Both give the
orders' said of two leaders is each one's own group. Sentences written for these tests, invented names."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document
from tests.extract.readout import triples

pytestmark = pytest.mark.model

TEJADA, ARCE = "Ramiro Tejada Ortiz", "Nelson Arce Quiroga"


# --- a clause on one of coordinated groups ----------------------------------------------------------------------

@pytest.mark.parametrize(("text", "one", "other"), [
    ("The port is split between two gangs: Los Halcones, whose boss is Ramiro Tejada Ortiz, and Los Búhos, "
     "led by Nelson Arce Quiroga.", "Los Halcones", "Los Búhos"),
    ("Two cartels share the market: the Cobra Cartel, which is run by Ramiro Tejada Ortiz, and the Viper Cartel, "
     "headed by Nelson Arce Quiroga.", "Cobra Cartel", "Viper Cartel"),
    ("Los Halcones, led by Ramiro Tejada Ortiz, and Los Búhos, led by Nelson Arce Quiroga, have fought since "
     "2019.", "Los Halcones", "Los Búhos"),
    ("A: There's Los Halcones, whose leader is Ramiro Tejada Ortiz, and Los Búhos, commanded by Nelson Arce "
     "Quiroga.", "Los Halcones", "Los Búhos"),
])
def test_each_clause_is_its_own_groups(extractor: Any, text: str, one: str, other: str) -> None:
    found = triples(extractor, text)
    assert (TEJADA, "leader_of", one) in found and (ARCE, "leader_of", other) in found
    assert (TEJADA, "leader_of", other) not in found and (ARCE, "leader_of", one) not in found


def test_a_clause_after_both_groups_is_both_groups(extractor: Any) -> None:
    found = triples(extractor, "Los Halcones and Los Búhos, headed by Ramiro Tejada Ortiz, control the port.")
    assert (TEJADA, "leader_of", "Los Halcones") in found and (TEJADA, "leader_of", "Los Búhos") in found


# --- 'Both give the orders' ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Both men are in prison. Both, according to the police, still give the orders.",
    "From their cells, they still call the shots, prosecutors say.",
])
def test_each_leader_gives_the_orders_in_his_own_group(extractor: Any, text: str) -> None:
    found = triples(extractor, "Los Halcones are led by Ramiro Tejada Ortiz. Los Búhos are headed by Nelson Arce "
                               "Quiroga. " + text)
    assert (TEJADA, "leader_of", "Los Búhos") not in found and (ARCE, "leader_of", "Los Halcones") not in found


def test_one_leader_gives_the_orders_in_the_group_in_hand(extractor: Any) -> None:
    found = triples(extractor, "Los Halcones control the port. Ramiro Tejada Ortiz still gives the orders, "
                               "police say.")
    assert (TEJADA, "leader_of", "Los Halcones") in found


# --- "X's men" where the text names a group by X's surname -------------------------------------------------------

def _groups(extractor: Any, text: str) -> set[str]:
    """The names of the criminal groups the extractor finds in ``text``."""
    result = extractor(Document.make(text, "test.txt"))
    return {e.name for e in result.entities if e.kind == "criminal_group"}


@pytest.mark.parametrize("text", [
    "Prosecutors said the Duka Organization ran gambling clubs in Queens. Witnesses said Duka's men stormed a club "
    "in Astoria.",
    "Prosecutors said the Duka Organization ran gambling clubs in Queens. In 2001, according to police, Duka's crew "
    "went to war with a rival bookmaker.",
    "Duka's gunmen were seen in Astoria last week, the detective said. The Duka Organization has run the borough's "
    "card games since 1999.",
    "Q: Who controls the clubs? A: The Duka Organization. Duka's people collect every Friday.",
])
def test_a_mans_men_are_the_group_named_after_him(extractor: Any, text: str) -> None:
    text = "Marko Duka was convicted on Friday. " + text
    assert _groups(extractor, text) == {"Duka Organization"}
    assert ("Marko Duka", "leader_of", "Duka Organization") in triples(extractor, text)


def test_a_group_named_after_two_men_is_not_one_mans(extractor: Any) -> None:
    text = ("Marko Duka and Ilir Bala were convicted on Friday. Prosecutors said the Duka-Bala organization ran "
            "gambling clubs in Queens. Witnesses said Duka's men stormed a club in Astoria.")
    result = extractor(Document.make(text, "test.txt"))
    two = [e for e in result.entities if e.name.startswith("Duka-Bala")]
    assert two and not any("Duka's men" in {a.name for a in e.aliases} for e in two)


@pytest.mark.parametrize(("text", "name"), [
    ("Police in Tirana say Marko Duka's network moves heroin through Durrës. The Duka group has fought the Bala "
     "clan.", "Duka group"),
    ("The Duka Organization controls the port. Marko Duka's organisation also runs card games in Queens.",
     "Duka Organization"),
    ("BRIEF - The Duka group, prosecutors say, answers to no one. Marko Duka's organization was founded in 2008.",
     "Duka group"),
])
def test_a_mans_network_is_the_group_named_after_him(extractor: Any, text: str, name: str) -> None:
    groups = _groups(extractor, text)
    assert name in groups and not any(g.startswith(("network of", "organisation of", "organization of",
                                                    "faction led by")) for g in groups)


def test_a_mans_network_beside_a_namesakes_group_is_his_own(extractor: Any) -> None:
    text = ("Marko Duka and Ilir Duka were convicted on Friday. The Duka group ran the port. "
            "Marko Duka's network moved heroin.")
    result = extractor(Document.make(text, "test.txt"))
    assert not any(e.name == "Duka group" and "Marko Duka's network" in {a.name for a in e.aliases}
                   for e in result.entities)
