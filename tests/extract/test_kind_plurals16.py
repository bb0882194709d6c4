"""Names coordinated before a plural noun for places are places: 'ranches in Zapata and Starr counties',
'Hidalgo, Cameron and Willacy counties', 'the Tierra Caliente and Costa Chica regions'; people coordinated
elsewhere stay people. Sentences written for these tests, invented names where they are people."""

from __future__ import annotations

from typing import Any

import pytest

from testigo.model import Document

pytestmark = pytest.mark.model


def kinds(extractor: Any, text: str) -> dict[str, str]:
    result = extractor(Document.make(text, "test"))
    return {e.name: str(getattr(e.kind, "value", e.kind)) for e in result.entities}


@pytest.mark.parametrize(("text", "names"), [
    ("The crew moves marijuana to ranches in Zapata and Starr counties.", ["Zapata", "Starr"]),
    ("The cartel operates in Hidalgo, Cameron and Willacy counties.", ["Hidalgo", "Cameron", "Willacy"]),
    ("The gang fought in the Tierra Caliente and Costa Chica regions.", ["Tierra Caliente", "Costa Chica"]),
])
def test_names_before_a_plural_place_noun_are_places(extractor: Any, text: str, names: list[str]) -> None:
    found = kinds(extractor, text)
    assert all(found.get(n) == "place" for n in names), found


def test_people_coordinated_before_another_noun_stay_people(extractor: Any) -> None:
    found = kinds(extractor, "Ramiro Tapia and Delia Cuevas visited the two counties.")
    assert found.get("Ramiro Tapia") == "person" and found.get("Delia Cuevas") == "person", found
