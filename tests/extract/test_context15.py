"""Facts whose other end is told in another sentence (session 15). Each reading is checked both ways: the
reading made, and a near case where it must not be made. Names are invented."""

from __future__ import annotations

from typing import Any

import pytest

from tests.extract.readout import said

pytestmark = pytest.mark.model


def _pairs(extractor: Any, text: str, predicate: str) -> set[tuple[str, str]]:
    return {(s.subject, s.object) for s in said(extractor, text, "2025-11-10") if s.predicate == predicate}


# --- the sides of a split named after it --------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "The Valdivia Cartel split in 2019. The faction loyal to Ramiro Vela, known as Los Halcones, kept the port.",
    "The Valdivia Cartel lost its founder in May, and the arrest tore the cartel apart. Los Halcones, the "
    "faction that stayed loyal to his widow, kept the port.",
    "The Valdivia Cartel has since splintered, and the faction known as Los Halcones is now the strongest heir to "
    "the brand.",
    "The Valdivia Cartel is far from united. A police report lists three rival factions: Los Halcones, based in "
    "Tuxpan; Los Buitres, who control the port; and Los Pumas.",
    "The Valdivia Cartel fractured after 2015. Ramiro Vela's loyalists, known as Los Halcones, took the port.",
    "The Valdivia Cartel ran the port for a decade. After the killing of its leader the organisation divided. The "
    "faction loyal to the family became Los Halcones, while others left.",
])
def test_a_faction_named_after_a_split_belongs_to_the_group_that_split(extractor: Any, text: str) -> None:
    assert ("Los Halcones", "Valdivia Cartel") in _pairs(extractor, text, "faction_of")


@pytest.mark.parametrize("text", [
    "The Valdivia Cartel controls the port. The faction known as Los Halcones operates in the hills.",
    "Los Buitres split from the Valdivia Cartel in 2019. The faction known as Los Halcones operates in the hills.",
    "The Valdivia Cartel and the Norte Cartel both split in 2019. The faction known as Los Halcones took the port.",
    "The Valdivia Cartel split in 2019. Prices rose. Exports fell. The faction known as Los Halcones took the port.",
    "The Valdivia Cartel split in 2019. The Norte Cartel's armed wing, known as Los Halcones, took the port.",
])
def test_no_split_or_another_owner_makes_no_side(extractor: Any, text: str) -> None:
    assert ("Los Halcones", "Valdivia Cartel") not in _pairs(extractor, text, "faction_of")


def test_breaking_into_a_place_is_no_split(extractor: Any) -> None:
    text = ("The Valdivia Cartel broke into the Tuxpan market in 2019. The faction known as Los Halcones took "
            "the port.")
    assert ("Los Halcones", "Valdivia Cartel") not in _pairs(extractor, text, "faction_of")


def test_breaking_into_open_war_is_a_split(extractor: Any) -> None:
    text = "Around 2004 the Valdivia Cartel broke into open war. Don Ramiro has his armed wing, Los Halcones."
    assert ("Los Halcones", "Valdivia Cartel") in _pairs(extractor, text, "faction_of")
