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


# --- a participle on a noun named by 'known as' tells of the named group ----------------------------------------
@pytest.mark.parametrize("text", [
    "The DZ Mafia has been fighting a rival network known as Los Tucanes, based in the La Paternelle estate.",
    "Police dismantled a gang called Los Tucanes, based in La Paternelle.",
])
def test_a_participle_after_a_naming_clause(extractor: Any, text: str) -> None:
    assert ("Los Tucanes", "operates_in", "La Paternelle") in _found(extractor, text, "operates_in")


def test_no_presence_for_a_person_known_as(extractor: Any) -> None:
    text = "Police arrested a man known as El Tucán, based in La Paternelle."
    assert not _found(extractor, text, "operates_in")


# --- where a group was built or created, it is ------------------------------------------------------------------
@pytest.mark.parametrize(("text", "place"), [
    ("Los Tucanes, a family organisation built by the Salas family in Tepic and in neighbouring San Blas, is the "
     "best known.", "San Blas"),
    ("Los Tucanes were created in Tepic in 2009.", "Tepic"),
    ("The Salas family built Los Tucanes in Tepic.", "Tepic"),
])
def test_where_a_group_was_built(extractor: Any, text: str, place: str) -> None:
    assert ("Los Tucanes", "operates_in", place) in _found(extractor, text, "operates_in")


def test_no_presence_from_a_thing_the_group_built(extractor: Any) -> None:
    assert not _found(extractor, "Los Tucanes built a chapel in Tepic.", "operates_in")
