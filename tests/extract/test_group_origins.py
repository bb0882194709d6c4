"""A group that grew out of what was left of another is a faction of it ('the remains', 'the ruins')."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("text", [
    "Los Halcones Negros grew out of the remains of the Tierra Roja Cartel.",
    "Los Halcones Negros emerged from the ruins of the Tierra Roja Cartel.",
    "Los Halcones Negros grew out of the Tierra Roja Cartel.",
])
def test_a_group_grown_out_of_what_was_left_of_another_is_its_faction(extractor: Any, text: str) -> None:
    assert ("Los Halcones Negros", "faction_of", "Tierra Roja Cartel") in triples(extractor, text)


def test_remains_of_people_name_no_group(extractor: Any) -> None:
    found = triples(extractor, "The remains of two men were found near a ranch used by the Tierra Roja Cartel.")
    assert not any(p == "faction_of" for _, p, _ in found)
