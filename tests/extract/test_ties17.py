"""Group-to-group ties told in shapes the rules missed (session 17). Sentences written for these tests,
invented names.

- A past participle's 'as' phrase describes the noun the participle hangs on: 'X, founded as the armed wing of
  G' and 'X, described by prosecutors as the closest partner of G' (rules/groups.py, rules/ties.py through
  modality.participle_bearer); a participle on a thing ('a ranch, used as a base of G') names no group.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Los Bravos, founded as the armed enforcement wing of the Norte Cartel, broke with their employers in 2010.",
    "Los Bravos, described by officials as a cell of the Norte Cartel, control the port.",
    "Los Bravos, created in 1999 as the armed wing of the Norte Cartel, now work alone.",
    "The Bravo Cartel, formed as an enforcement arm of the Norte Cartel, later turned on it.",
])
def test_a_participle_as_a_wing_makes_a_faction(extractor: Any, text: str) -> None:
    bravo = "Bravo Cartel" if "Bravo Cartel" in text else "Los Bravos"
    assert (bravo, "faction_of", "Norte Cartel") in triples(extractor, text)


def test_a_participle_as_a_partner_makes_allies(extractor: Any) -> None:
    text = "Los Pumas, described by prosecutors as the closest partner of the Norte Cartel, run the ranches."
    assert ("Los Pumas", "ally_of", "Norte Cartel") in triples(extractor, text)


@pytest.mark.parametrize("text", [
    "Police found a ranch, used as a base of the Norte Cartel, near the port of Los Pumas.",
    "Los Pumas attacked a warehouse, described by police as a cell of the Norte Cartel.",
])
def test_a_participle_on_a_thing_names_no_faction(extractor: Any, text: str) -> None:
    assert not {t for t in triples(extractor, text) if t[1] == "faction_of"}

