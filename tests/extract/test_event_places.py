"""Where an event happened: the place a person is taken to in an extradition, and 'there' for the
place named just before."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def places(extractor: Any, text: str, predicate: str) -> dict[str, tuple[str, ...]]:
    return {s.subject: s.places for s in said(extractor, text) if s.predicate == predicate}


def test_the_city_a_person_is_extradited_to_is_a_place_of_the_extradition(extractor: Any) -> None:
    text = "Ramiro Cota Lara was extradited to San Antonio in May 2023 to face trial."
    assert places(extractor, text, "extradited") == {"Ramiro Cota Lara": ("San Antonio",)}


def test_the_country_one_is_sent_to_stays_the_object_not_a_place(extractor: Any) -> None:
    found = [s for s in said(extractor, "Mexico extradited Ramiro Cota Lara to the United States in 2023.")
             if s.predicate == "extradited"]
    assert [(s.object, s.places) for s in found] == [("United States", ())]


def test_to_is_no_place_of_an_event_that_moves_no_one(extractor: Any) -> None:
    text = "Soldiers arrested Ramiro Cota Lara in Colima on his way to Manzanillo."
    assert places(extractor, text, "arrested") == {"Ramiro Cota Lara": ("Colima",)}


def test_there_is_the_place_named_just_before(extractor: Any) -> None:
    text = ("Hilario Mota led the vigilantes who drove Los Halcones Negros out of La Ceiba. "
            "He was shot dead there in June 2023.")
    assert places(extractor, text, "killed") == {"Hilario Mota": ("La Ceiba",)}


def test_there_after_two_places_is_left_unread(extractor: Any) -> None:
    text = "Hilario Mota moved from La Ceiba to Tecomán. He was shot dead there in June 2023."
    assert places(extractor, text, "killed") == {"Hilario Mota": ()}
