"""People's roles in groups and where groups operate, read in session 17 (helper roles17). Each reading is
checked both ways: the reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import triples

pytestmark = pytest.mark.model


def _found(extractor: Any, text: str, predicate: str) -> set[tuple[str, str, str]]:
    return {t for t in triples(extractor, text) if t[1] == predicate}


# --- names listed after a plural noun for settlements are places -----------------------------------------------
def _kinds(extractor: Any, text: str) -> dict[str, str]:
    from testigo.model import Document

    result = extractor(Document.make(text, "test"))
    return {e.name: str(getattr(e.kind, "value", e.kind)) for e in result.entities}


@pytest.mark.parametrize(("text", "names"), [
    ("Los Tucanes operate in the southern neighbourhoods of Las Flores and La Granada.", ["Las Flores", "La Granada"]),
    ("The gang controls the municipalities of Chínipas, Guazapares and Uruachi.",
     ["Chínipas", "Guazapares", "Uruachi"]),
    ("Los Tucanes recruit in the poor suburbs of Las Palmas and El Roble.", ["Las Palmas", "El Roble"]),
])
def test_names_after_a_plural_settlement_noun_are_places(extractor: Any, text: str, names: list[str]) -> None:
    found = _kinds(extractor, text)
    assert all(found.get(n) == "place" for n in names), found


def test_places_listed_there_are_where_the_group_operates(extractor: Any) -> None:
    text = "Los Tucanes operate in the municipalities of Chínipas, Guazapares and Uruachi."
    places = {t[2] for t in _found(extractor, text, "operates_in")}
    assert {"Chínipas", "Guazapares", "Uruachi"} <= places, places


def test_a_gang_named_like_a_place_elsewhere_stays_a_gang(extractor: Any) -> None:
    found = _kinds(extractor, "Los Tucanes fought Las Flores, a rival gang, in the neighbourhoods of Tepic.")
    assert found.get("Las Flores") != "place", found
