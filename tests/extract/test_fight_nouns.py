"""A gunfight, firefight, shootout or skirmish between two groups makes them rivals; one between a
group and the state's forces does not (rival_of joins groups)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


@pytest.mark.parametrize("fight", ["Gunfights broke out", "A firefight erupted", "A shootout took place",
                                   "Skirmishes flared"])
def test_a_fight_between_two_groups_makes_them_rivals(extractor: Any, fight: str) -> None:
    text = f"{fight} between Los Halcones Negros and the Tierra Roja Cartel in the north of the city."
    found = triples(extractor, text)
    assert {("Los Halcones Negros", "rival_of", "Tierra Roja Cartel"),
            ("Tierra Roja Cartel", "rival_of", "Los Halcones Negros")} & found


def test_a_gunfight_with_the_police_makes_no_rivals(extractor: Any) -> None:
    found = triples(extractor, "The gunfight between state police and Los Halcones Negros lasted hours.")
    assert not any(p == "rival_of" for _, p, _ in found)
