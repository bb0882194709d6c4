"""Where a group operates, told in the ways the presence rules missed: a place given by a part of 'the city'
(the city the text is about), ... Sentences written for this test, with invented names."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def places(extractor: Any, text: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text) if s.predicate == "operates_in"
            and s.polarity == "positive"}


@pytest.mark.parametrize("text, group, place", [
    ("Cartagena has been contested for years. In Cartagena, police say the Los Halcones gang is said to "
     "control the north of the city.", "Los Halcones", "Cartagena"),
    ("In Cúcuta the gangs split after 2020, and Cúcuta's murder rate doubled. The gang known as Los Tordos "
     "now runs the eastern part of the city, officials said.", "Los Tordos", "Cúcuta"),
    ("SANTA MARTA - Prosecutors in Santa Marta say the Banda del Muelle has held the centre of the city since "
     "2019.",
     "Banda del Muelle", "Santa Marta"),
    ("Residents of Barranquilla were asked who controls Barranquilla's streets. Los Sables dominate the "
     "south-west of the city and parts of neighbouring Soledad, one said.", "Los Sables", "Barranquilla"),
])
def test_a_part_of_the_city_is_the_city_the_text_is_about(extractor: Any, text: str, group: str,
                                                           place: str) -> None:
    assert (group, place) in places(extractor, text)


def test_a_place_after_a_conjunct_is_the_conjuncts(extractor: Any) -> None:
    text = ("Residents of Barranquilla were asked who controls Barranquilla's streets. Los Sables dominate the "
            "south-west of the city and parts of neighbouring Soledad, one said.")
    assert ("Los Sables", "Soledad") in places(extractor, text)


@pytest.mark.parametrize("text", [
    "Los Gatos dominate the south of the city, the report said.",
    "Police in Cartagena said Los Halcones control the north of the city of Cúcuta.",
    "Los Zetas emerged in Cartagena. Los Halcones dominate the north of the city.",
])
def test_the_city_named_once_or_with_its_name_is_not_read_back(extractor: Any, text: str) -> None:
    assert not {p for g, p in places(extractor, text) if g != "Los Zetas" and p in ("Cartagena", "Barranquilla")}
